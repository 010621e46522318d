import { expect, type Page, test } from '@playwright/test';
import { e2eAdmin } from '../playwright.config';
import { gotoHydrated } from './hydration';
import { publicCsp } from '../lib/http/csp-policy.mjs';

/**
 * Content-Security-Policy in a real browser: the pages still work under it
 * (hydration, the view beacon, the editor), and a script from another origin,
 * or an inline script in the editor area, is refused.
 */

const SEED = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';

/** Records every CSP violation the page reports, from the first byte on. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Serves the real page with its real headers, plus a hostile script from another origin and an inline one. */
async function injectHostileScripts(page: Page, urlPart: string) {
  await page.route(`**${urlPart}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</body>',
      '<script src="http://127.0.0.1:9/evil.js"></script><script>window.__inlineRan = true</script></body>',
    );
    await route.fulfill({ response, body: html });
  });
}

test('every HTML page carries the policy, with the required directives', async ({ request }) => {
  for (const path of ['/', `/bai/${SEED}`, '/tim-kiem?q=hoi+nghi', '/dang-nhap']) {
    const res = await request.get(path);
    const csp = res.headers()['content-security-policy'] ?? '';
    for (const part of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'", "script-src 'self'"]) {
      expect(csp, `${path}: ${part}`).toContain(part);
    }
    expect(csp, path).not.toMatch(/script-src[^;]*(https?:|\*)/);
  }
  // Public pages run without the middleware: the policy is next.config.mjs's static header, exactly one copy,
  // on the pages, their 404s, the section's page 2, feeds and the API alike.
  const publicPaths = ['/', `/bai/${SEED}`, '/chuyen-muc/quoc-phong-an-ninh', '/chuyen-muc/quoc-phong-an-ninh/trang/2', '/the/phoi-hop-hoat-dong', '/tac-gia/khong-ai', '/tim-kiem?q=hoi+nghi', '/rss.xml', '/api/v1/articles', '/chuyen-muc/khong-co'];
  for (const path of publicPaths) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy').map((h) => h.value), path).toEqual([publicCsp]);
  }
  const signIn = (await request.get('/dang-nhap')).headers()['content-security-policy'] ?? '';
  expect(signIn).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(signIn.split('; ').find((d) => d.startsWith('script-src'))).not.toContain("'unsafe-inline'");
});

test('public pages work under the policy, and a script from another origin is blocked', async ({ page }) => {
  const violations = await watchViolations(page);
  const beacon = page.waitForRequest((r) => r.url().includes('/api/xem') && r.method() === 'POST');
  await page.goto(`/bai/${SEED}`);
  await beacon; // the view beacon's script ran
  expect(await violations()).toEqual([]);

  await injectHostileScripts(page, `/bai/${SEED}`);
  await page.goto(`/bai/${SEED}`);
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? http:\/\/127\.0\.0\.1:9\/evil\.js/));
});

test('the editor area works under the nonce policy, and an injected inline script is blocked there', async ({ page }) => {
  const violations = await watchViolations(page);
  await gotoHydrated(page, `/dang-nhap?callbackUrl=${encodeURIComponent('/editor/bai/moi')}`);
  await page.getByLabel('Email').fill(e2eAdmin.email);
  await page.getByLabel('Mật khẩu').fill(e2eAdmin.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/editor\/bai\/moi$/);
  await gotoHydrated(page, '/editor/bai/moi'); // hydrated: every nonce'd script ran
  expect(await violations()).toEqual([]);

  await injectHostileScripts(page, '/editor/bai/moi');
  await page.goto('/editor/bai/moi');
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? inline/));
  expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  await expect.poll(violations).toContainEqual(expect.stringMatching(/evil\.js/));
});
