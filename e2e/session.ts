import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type BrowserContextOptions, expect, type Page } from '@playwright/test';
import { gotoHydrated, hydrated } from './hydration';

/** The specs' one way to sign in and to check accessibility, so a change to the sign-in form is one change here. */
type Who = { email: string; password: string };

const baseURL = `http://localhost:${Number(process.env.E2E_PORT || 3210)}`;

/** Sign in through the form and land, hydrated, on `callbackUrl`; the page stays open. */
export async function signedInPage(browser: Browser, who: Who, callbackUrl: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await gotoHydrated(page, `/dang-nhap?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Mật khẩu').fill(who.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === callbackUrl.split('?')[0]);
  await hydrated(page);
  return page;
}

/** A signed-in browser context (its sign-in page closed), for specs that open several pages as one person. */
export async function signIn(browser: Browser, who: Who): Promise<BrowserContext> {
  const page = await signedInPage(browser, who, '/editor', { baseURL });
  const context = page.context();
  await page.close();
  return context;
}

/** No serious or critical axe violation on the page as it is now. */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The admin creates these accounts through the people page (as an admin would). */
export async function createPeople(admin: BrowserContext, people: Record<string, Who & { name: string; role: string }>) {
  const page = await admin.newPage();
  for (const p of Object.values(people)) {
    await gotoHydrated(page, '/editor/nguoi-dung/moi');
    await page.getByLabel('Họ tên').fill(p.name);
    await page.getByLabel('Email').fill(p.email);
    await page.getByLabel('Vai trò').selectOption(p.role);
    await page.getByLabel('Mật khẩu ban đầu').fill(p.password);
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText(`Đã tạo tài khoản cho ${p.name}`);
  }
  await page.close();
}
