import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type APIRequestContext, expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { e2eAdmin, e2eServerEnv } from '../playwright.config';
import { gotoHydrated, hydrated } from './hydration';
import { mdxSource } from './mdx-source';

/**
 * Issue 10: a backup taken while the portal serves restores into a fresh DATA_DIR, and a portal
 * started on it has every acknowledged article, revision, user, photo and audit line. The restored
 * portal is SQLite whatever the source engine (an archive restores across engines, docs/backup.md).
 */
const run = promisify(execFile);
const portA = Number(process.env.E2E_PORT || 3210);
const portC = portA + 3; // +1: the two-instance spec, +2: the proxy spec
const baseC = `http://localhost:${portC}`;
const stamp = Date.now().toString(36);
const title = `Khánh thành cầu treo thôn Ka Dăng sau mùa lũ ${stamp}`;
const SEED = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';

let serverC: ChildProcess | undefined;
let serverLog = '';
let workDir = '';

async function signIn(page: Page, base: string, callback: string) {
  await gotoHydrated(page, `${base}/dang-nhap?callbackUrl=${encodeURIComponent(callback)}`);
  await page.getByLabel('Email').fill(e2eAdmin.email);
  await page.getByLabel('Mật khẩu').fill(e2eAdmin.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === callback);
  await hydrated(page);
}

async function waitForServer(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (serverC?.exitCode != null) throw new Error(`the restored portal exited (${serverC.exitCode}):\n${serverLog}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the restored portal did not start within ${ms} ms:\n${serverLog}`);
}

test.afterAll(async () => {
  if (serverC?.pid) {
    try {
      process.kill(-serverC.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

test('a backup taken while serving restores into a fresh DATA_DIR, and a portal started on it has everything', async ({ page, browser }) => {
  test.setTimeout(420_000);
  // An article written, saved and published through the editor: rows, revisions and audit lines.
  await signIn(page, '', '/editor');
  await gotoHydrated(page, '/editor/bai/moi');
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Sapo').fill('Cây cầu treo dài 120 mét nối thôn Ka Dăng với trung tâm xã, thay chiếc cầu bị lũ cuốn trôi.');
  await (await mdxSource(page)).fill('Sáng nay, người dân thôn Ka Dăng đã đi trên cây cầu mới.');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Bản nháp');
  await page.getByRole('button', { name: 'Đăng ngay' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Đã đăng');
  const editUrl = new URL(page.url()).pathname;
  const slug = await page.getByLabel('Đường dẫn', { exact: true }).inputValue();

  // The seed article's photo, as served by the running portal.
  const seedHtml = await (await page.request.get(`/bai/${SEED}`)).text();
  const photo = seedHtml.match(/\/media\/[^"?\s]+\.(?:avif|webp)/)?.[0];
  expect(photo, 'the seed article links a photo').toBeTruthy();

  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-restore-'));
  const archive = path.join(workDir, 'sao-luu.tar.gz');
  const source = { ...process.env, ...e2eServerEnv(portA) };
  await run('npm', ['run', '-s', 'backup', '--', archive], { env: source, timeout: 180_000 });
  expect(fs.statSync(archive).size).toBeGreaterThan(0);

  const target: NodeJS.ProcessEnv = { ...process.env, ...e2eServerEnv(portC), DATA_DIR: path.join(workDir, 'data') };
  delete target.DATABASE_URL;
  delete target.REDIS_URL;
  fs.mkdirSync(target.DATA_DIR!, { recursive: true });
  await run('npm', ['run', '-s', 'restore', '--', archive], { env: target, timeout: 180_000 });
  // A second restore into the now full target is refused: nothing is overwritten by mistake.
  const again = await run('npm', ['run', '-s', 'restore', '--', archive], { env: target, timeout: 180_000 }).catch((e: { stderr: string }) => e);
  expect('stderr' in again ? again.stderr : '').toContain('không trống');

  serverC = spawn('npx', ['next', 'start', '-p', String(portC)], { env: target, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  serverC.stdout?.on('data', (d: Buffer) => (serverLog += d.toString()));
  serverC.stderr?.on('data', (d: Buffer) => (serverLog += d.toString()));
  await waitForServer(`${baseC}/robots.txt`, 150_000);

  const readerC: APIRequestContext = await playwrightRequest.newContext({ baseURL: baseC });
  const restored = await readerC.get(`/bai/${slug}`);
  expect(restored.status()).toBe(200);
  expect(await restored.text()).toContain(title);
  expect(await (await readerC.get('/')).text()).toContain(title);
  const img = await readerC.get(photo!);
  expect(img.status()).toBe(200);
  expect(img.headers()['content-type']).toMatch(/^image\//);
  await readerC.dispose();

  // The same person signs in on the restored portal with the same password, and finds the history and the audit line.
  const c = await browser.newContext({ baseURL: baseC });
  const pc = await c.newPage();
  await signIn(pc, baseC, '/editor');
  await gotoHydrated(pc, `${baseC}${editUrl}/lich-su`);
  await expect(pc.getByRole('heading', { name: /^Phiên bản \d+/ })).not.toHaveCount(0);
  await gotoHydrated(pc, `${baseC}/editor/nhat-ky`);
  const articleId = editUrl.split('/').pop()!;
  await expect(pc.getByRole('row').filter({ hasText: 'Đăng bài' }).filter({ has: pc.locator(`a[href="/editor/bai/${articleId}"]`) })).toHaveCount(1);
  await c.close();
});
