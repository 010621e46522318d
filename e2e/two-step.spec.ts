import { type Browser, expect, type Page, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { e2eAdmin } from '../playwright.config';
import { gotoHydrated, hydrated } from './hydration';

/**
 * Two-step sign-in as a person meets it (lib/users/two-step.ts, docs/auth.md):
 * an editor turns it on with a code computed from the key the page shows, is
 * asked "Mã xác thực" at the next sign-in, a wrong code is refused in
 * Vietnamese, a right one lets them in, a recovery code works once, and an
 * admin turns it off for a lost phone (audited).
 */

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const person = { name: `Biên Tập Hai Bước ${run}`, email: `btv-2b-${run}@bantin.test`, password: 'mat-khau-hai-buoc-1' };
// The enrolment code and the sign-in code must be of different 30 s steps (a code works once):
// the sign-in uses the next step's code, which the server accepts (one step of clock drift).
const codeAt = (secret: string, ms: number) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: ms });

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function signIn(page: Page, email: string, password: string) {
  await gotoHydrated(page, `/dang-nhap?callbackUrl=${encodeURIComponent('/editor/tai-khoan')}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function signOut(page: Page) {
  await hydrated(page);
  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
}

const alert = (page: Page) => page.getByRole('main').getByRole('alert');

let secret = '';
let recovery: string[] = [];

test('an admin creates the editor', async ({ browser }) => {
  const admin = await newPage(browser);
  await signIn(admin, e2eAdmin.email, e2eAdmin.password);
  await expect(admin).toHaveURL(/\/editor\/tai-khoan$/);
  await gotoHydrated(admin, '/editor/nguoi-dung');
  await admin.getByRole('link', { name: 'Thêm người dùng' }).click();
  await admin.getByLabel('Họ tên').fill(person.name);
  await admin.getByLabel('Email').fill(person.email);
  await admin.getByLabel('Vai trò').selectOption('editor');
  await admin.getByLabel('Mật khẩu ban đầu').fill(person.password);
  await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(admin.getByRole('main').getByRole('status')).toContainText(`Đã tạo tài khoản cho ${person.name}`);
});

test('the editor turns it on: a wrong code is refused, the right one shows ten recovery codes', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/editor\/tai-khoan$/);
  await gotoHydrated(page, '/editor/tai-khoan/xac-thuc-hai-buoc');
  await page.getByRole('button', { name: 'Bắt đầu bật xác thực hai bước' }).click();
  const key = page.getByRole('main').locator('code');
  await expect(key).toBeVisible();
  secret = (await key.textContent())!.replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByRole('img', { name: /Mã QR/ })).toBeVisible();

  await hydrated(page);
  const code = page.getByLabel('Mã xác thực (6 chữ số)');
  await code.fill(codeAt(secret, Date.now() + 10 * 60_000));
  await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
  // Said at the field itself (its description), and nothing is turned on.
  await expect(code).toHaveAccessibleDescription('Mã xác thực không đúng. Hãy nhập mã 6 chữ số đang hiện trong ứng dụng.');
  await expect(page.getByRole('list', { name: 'Mã khôi phục' })).toHaveCount(0);

  await code.fill(codeAt(secret, Date.now()));
  await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Đã bật xác thực hai bước' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Mã khôi phục' }).getByRole('listitem');
  await expect(list).toHaveCount(10);
  recovery = (await list.allTextContents()).map((c) => c.trim());
  await gotoHydrated(page, '/editor/tai-khoan/xac-thuc-hai-buoc');
  await expect(page.getByRole('main')).toContainText('Còn 10 mã khôi phục chưa dùng');

  await signOut(page);
  await page.context().close();
});

test('signing in asks "Mã xác thực": a wrong code is refused in Vietnamese, the right one signs in', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page, person.email, person.password);
  await expect(alert(page)).toContainText('Tài khoản này bật xác thực hai bước');
  const code = page.getByLabel('Mã xác thực');
  await expect(code).toBeVisible();
  await expect(page).toHaveURL(/\/dang-nhap/);
  // Without the code nothing opens.
  await gotoHydrated(page, '/editor/tai-khoan');
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=/);

  await signIn(page, person.email, person.password);
  await expect(code).toBeVisible();
  const right = codeAt(secret, Date.now() + 30_000);
  await code.fill(right === '000000' ? '000001' : '000000');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(alert(page)).toHaveText('Mã xác thực không đúng hoặc đã dùng. Hãy nhập mã mới đang hiện trong ứng dụng.');
  await expect(page).toHaveURL(/\/dang-nhap/);

  await code.fill(right);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/editor\/tai-khoan$/);
  await expect(page.getByRole('heading', { name: 'Tài khoản của tôi' })).toBeVisible();
  await signOut(page);
  await page.context().close();
});

test('a recovery code signs in once', async ({ browser }) => {
  const page = await newPage(browser);
  const once = recovery[0]!;
  for (const attempt of [1, 2]) {
    await signIn(page, person.email, person.password);
    const code = page.getByLabel('Mã xác thực');
    await expect(code).toBeVisible();
    await code.fill(once);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    if (attempt === 1) {
      await expect(page).toHaveURL(/\/editor\/tai-khoan$/);
      await gotoHydrated(page, '/editor/tai-khoan/xac-thuc-hai-buoc');
      await expect(page.getByRole('main')).toContainText('Còn 9 mã khôi phục chưa dùng');
      await signOut(page);
    } else {
      await expect(alert(page)).toHaveText('Mã xác thực không đúng hoặc đã dùng. Hãy nhập mã mới đang hiện trong ứng dụng.');
      await expect(page).toHaveURL(/\/dang-nhap/);
    }
  }
  await page.context().close();
});

test('an admin turns it off for a lost phone (audited); the editor then signs in with the password alone', async ({ browser }) => {
  const admin = await newPage(browser);
  await signIn(admin, e2eAdmin.email, e2eAdmin.password);
  await expect(admin).toHaveURL(/\/editor\/tai-khoan$/);
  await gotoHydrated(admin, '/editor/nguoi-dung');
  await admin.getByRole('link', { name: person.name }).click();
  await hydrated(admin);
  admin.once('dialog', (d) => void d.accept());
  await admin.getByRole('button', { name: 'Tắt xác thực hai bước (mất điện thoại)' }).click();
  // The page renders again without the reset button: the person's two-step is off.
  await expect(admin.getByRole('region', { name: 'Xác thực hai bước' })).toContainText('Chưa bật.');
  await expect(admin.getByRole('button', { name: 'Tắt xác thực hai bước (mất điện thoại)' })).toHaveCount(0);
  await gotoHydrated(admin, '/editor/nhat-ky');
  await expect(admin.getByRole('main')).toContainText('Quản trị viên tắt xác thực hai bước (mất điện thoại)');

  const page = await newPage(browser);
  await signIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/editor\/tai-khoan$/);
  await gotoHydrated(page, '/editor/tai-khoan/xac-thuc-hai-buoc');
  await expect(page.getByRole('button', { name: 'Bắt đầu bật xác thực hai bước' })).toBeVisible();
});
