import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the production build (`next build` first; `npm test`
 * does it) in Debian's Chromium, with a fresh, empty DATA_DIR each run.
 */
const port = Number(process.env.E2E_PORT || 3210);
const dataDir = process.env.E2E_DATA_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
export const e2eAdmin = { email: 'admin@bantin.test', password: 'mat-khau-quan-tri-1' };
/** The shipped proxy that e2e/proxy.spec.ts starts; every server under test refreshes it on publish. */
export const e2eProxy = { port: Number(process.env.E2E_PROXY_PORT || port + 2), refreshSecret: 'e2e-proxy-refresh-secret-0123456789' };

/** The environment of a portal server under test (the two-instance spec starts a second one on the same data). */
export function e2eServerEnv(serverPort: number): Record<string, string> {
  return {
    PORT: String(serverPort),
    DATA_DIR: dataDir,
    SITE_URL: `http://localhost:${serverPort}`,
    NEXTAUTH_URL: `http://localhost:${serverPort}`,
    NEXTAUTH_SECRET: 'e2e-secret-not-for-production-0123456789',
    ADMIN_EMAIL: e2eAdmin.email,
    ADMIN_PASSWORD: e2eAdmin.password,
    NEXT_TELEMETRY_DISABLED: '1',
    TZ: 'America/New_York',
    // Until the proxy spec starts nginx these refreshes find nobody listening (one log line a minute).
    PROXY_REFRESH_URL: `http://127.0.0.1:${e2eProxy.port}`,
    PROXY_REFRESH_SECRET: e2eProxy.refreshSecret,
    ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
    // Both servers of the two-instance spec share one cache on this Redis (scripts/test.sh starts one).
    ...(process.env.E2E_REDIS_URL ? { REDIS_URL: process.env.E2E_REDIS_URL } : {}),
  };
}

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  // Generous: CI and developers run this on a busy 2-core machine; tests wait for visible states, not time.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `npx next start -p ${port}`,
    url: `http://localhost:${port}/robots.txt`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: e2eServerEnv(port),
  },
});
