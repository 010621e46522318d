import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type APIRequestContext, expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { e2eAdmin, e2eProxy } from '../playwright.config';
import { gotoHydrated, hydrated } from './hydration';
import { mdxSource } from './mdx-source';

/**
 * The shipped reverse proxy (deploy/nginx.conf) in front of the production
 * server under test: pages are served and micro-cached through it, a publish
 * shows through it within seconds, and the editor area is never cached.
 */

test.describe.configure({ mode: 'serial' });

const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const appPort = Number(process.env.E2E_PORT || 3210);
const proxyPort = e2eProxy.port;
const proxyUrl = `http://localhost:${proxyPort}`;
const run = Date.now().toString(36);
const title = `Hội nghị triển khai kế hoạch phòng chống bão lũ năm ${run}`;
let prefix = '';
let reader: APIRequestContext;

// A developer without nginx skips this spec; CI installs nginx (.ci/run), so there a missing one fails instead of hiding the spec.
test.skip(!fs.existsSync(NGINX) && !process.env.CI, `nginx not found at ${NGINX} (set NGINX=/path/to/nginx): the proxy spec needs it`);

test.beforeAll(async () => {
  prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-e2e-nginx-'));
  // The shipped renderer, run as operators run it.
  const render = ['deploy/render-nginx-conf.mjs', '--listen', `127.0.0.1:${proxyPort}`, '--upstream', `127.0.0.1:${appPort}`, '--prefix', prefix, '--workers', '1', '--refresh-secret', e2eProxy.refreshSecret];
  const conf = execFileSync(process.execPath, render, { encoding: 'utf8' }).trim();
  execFileSync(NGINX, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')]);
  reader = await playwrightRequest.newContext({ baseURL: proxyUrl });
});

test.afterAll(async () => {
  await reader?.dispose();
  const pidFile = path.join(prefix, 'nginx.pid');
  if (fs.existsSync(pidFile)) process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGTERM');
});

async function signInAsAdmin(page: Page, at: string) {
  await gotoHydrated(page, `/dang-nhap?callbackUrl=${encodeURIComponent(at)}`);
  await page.getByLabel('Email').fill(e2eAdmin.email);
  await page.getByLabel('Mật khẩu').fill(e2eAdmin.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === at);
  await hydrated(page);
}

test('public pages and feeds are served and micro-cached through the proxy; static files from the build', async () => {
  const statuses: string[] = [];
  for (let i = 0; i < 4; i++) {
    const res = await reader.get('/');
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('public, max-age=0, s-maxage=1');
    statuses.push(res.headers()['x-cache'] ?? '');
  }
  // The first request fills the cache; the next ones, within the second, are answered by nginx.
  expect(statuses.slice(1)).toContain('HIT');

  // Feeds have a location of their own in the proxy (sendfile off); they are cached all the same.
  for (const address of ['/rss.xml', '/chuyen-muc/quoc-phong-an-ninh/rss.xml']) {
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const feed = await reader.get(address);
      expect(feed.status()).toBe(200);
      expect(feed.headers()['cache-control']).toContain('s-maxage=1');
      expect(await feed.text()).toContain('<rss');
      seen.push(feed.headers()['x-cache'] ?? '');
    }
    expect(seen.slice(1)).toContain('HIT');
  }

  // Phones get brotli when the module is installed (CI installs it: .ci/run), else gzip.
  const brotli = fs.existsSync('/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so');
  for (const [asked, expected] of [['gzip', 'gzip'], ['br, gzip', brotli ? 'br' : 'gzip']]) {
    const res = await reader.get('/', { headers: { 'accept-encoding': asked } });
    expect(res.headers()['content-encoding']).toBe(expected);
    expect(await res.text()).toContain('</html>');
  }

  const script = (await (await reader.get('/')).text()).match(/\/_next\/static\/[^"']+\.js/)?.[0];
  expect(script).toBeTruthy();
  const asset = await reader.get(script!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('a publish shows through the proxy at once: the portal refreshes the pages it changed', async ({ page }) => {
  // The proxy holds a home page and a feed without the article.
  expect(await (await reader.get('/')).text()).not.toContain(title);
  expect(await (await reader.get('/rss.xml')).text()).not.toContain(title);

  await signInAsAdmin(page, '/editor/bai/moi');
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Sapo').fill('Ban chỉ huy phòng chống thiên tai tỉnh triển khai phương án ứng phó mùa mưa bão.');
  await (await mdxSource(page)).fill('Các địa phương rà soát khu dân cư ven sông, chuẩn bị lương thực và phương tiện cứu hộ.');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/editor\/bai\/[0-9a-f-]{36}$/);
  await hydrated(page);
  await page.getByRole('button', { name: 'Đăng ngay' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Đã đăng');
  const since = Date.now();

  for (const address of ['/', '/rss.xml']) {
    await expect
      .poll(async () => (await (await reader.get(address)).text()).includes(title), { timeout: 5_000, intervals: [100] })
      .toBe(true);
    console.log(`through the proxy: ${address} shows the publish ${Date.now() - since} ms after "Đã đăng"`);
  }
});

test('the editor area and sign-in are never cached by the proxy', async ({ page }) => {
  // Signed in (the session cookie is per host, so it reaches the proxy's port too).
  await signInAsAdmin(page, '/editor');
  for (let i = 0; i < 2; i++) {
    const res = await page.goto(`${proxyUrl}/editor`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['x-cache']).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // A stranger asking right after gets the sign-in redirect, never the editor's page.
  for (let i = 0; i < 2; i++) {
    const res = await reader.get('/editor', { maxRedirects: 0 });
    expect(res.status()).toBeGreaterThanOrEqual(300);
    expect(res.status()).toBeLessThan(400);
    expect(res.headers()['location']).toContain('/dang-nhap');
    expect(res.headers()['x-cache']).toBeUndefined();
  }
  const signIn = await reader.get('/dang-nhap');
  expect(signIn.status()).toBe(200);
  expect(signIn.headers()['x-cache']).toBeUndefined();
  // A signed-in person's public pages come from Next, never from the shared cache.
  const home = await page.goto(`${proxyUrl}/`);
  expect(home?.headers()['x-cache']).toBe('BYPASS');
});
