import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { e2eAdmin } from '../playwright.config';
import { gotoHydrated, hydrated } from './hydration';

/**
 * People and sign-in, as people use them: wrong passwords, throttling, an
 * admin creating a reporter, role change and deactivation taking effect on
 * the reporter's next request, the proxy being only a first gate.
 */

test.describe.configure({ mode: 'serial' });

// Unique per run: a retried serial file creates its reporter again, and the
// admin's list must not then hold two people of the same name.
const run = Date.now().toString(36);
const reporter = { name: `Phóng Viên Thử ${run}`, email: `pv-${run}@bantin.test`, password: 'mat-khau-phong-vien-1' };

async function signIn(page: Page, email: string, password: string, callbackUrl = '/editor/tai-khoan') {
  await gotoHydrated(page, `/dang-nhap?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function expectNoSeriousA11y(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a signed-out visitor of the editor area is sent to sign in', async ({ page }) => {
  await gotoHydrated(page, '/editor/nguoi-dung');
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Feditor%2Fnguoi-dung$/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await expectNoSeriousA11y(page);
});

test('a forged x-middleware-subrequest header changes nothing', async ({ request }) => {
  const forged = { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy', 'x-bantin-pathname': '//evil.example' };
  for (const path of ['/editor', '/editor/nguoi-dung', '/editor/nhat-ky']) {
    const res = await request.get(path, { headers: forged, maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    expect(res.headers().location, path).toContain(`/dang-nhap?callbackUrl=${encodeURIComponent(path)}`);
    const followed = await request.get(path, { headers: forged });
    const html = await followed.text();
    expect(html).toContain('Đăng nhập');
    expect(html).not.toContain(e2eAdmin.email);
  }
  // A signed-out POST to the sign-in endpoint without its CSRF token signs nobody in.
  const post = await request.post('/api/auth/callback/credentials', {
    form: { email: e2eAdmin.email, password: e2eAdmin.password, json: 'true' },
    headers: forged,
    maxRedirects: 0,
  });
  expect(post.headers()['set-cookie'] ?? '').not.toContain('session-token');
});

test('a wrong password gets a Vietnamese error that does not say whether the account exists', async ({ page }) => {
  await signIn(page, e2eAdmin.email, 'sai-mat-khau-1');
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('Email hoặc mật khẩu không đúng');
  const known = await alert.textContent();
  await signIn(page, 'khong-ai-ca@bantin.test', 'sai-mat-khau-1');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(known!);
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test('repeated failures are answered 429 with when to retry', async ({ page }) => {
  const email = 'doan-mo@bantin.test';
  let last429 = false;
  for (let i = 1; i <= 6 && !last429; i++) {
    const response = page.waitForResponse((r) => r.url().includes('/api/auth/callback/credentials'));
    await signIn(page, email, `doan-bua-${i}`);
    last429 = (await response).status() === 429;
  }
  expect(last429).toBe(true);
  await expect(page.getByRole('main').getByRole('alert')).toContainText(/thử lại sau \d{2}:\d{2} \(khoảng \d+ phút nữa\)/);
  // The right answer for someone else is not blocked by this account's lock.
  await signIn(page, e2eAdmin.email, e2eAdmin.password);
  await expect(page).toHaveURL(/\/editor\/tai-khoan$/);
});

test('admin creates a reporter; role change and deactivation take effect on the reporter’s next request', async ({ browser }) => {
  const admin = await newPage(browser);
  admin.on('dialog', (d) => void d.accept());
  await signIn(admin, e2eAdmin.email, e2eAdmin.password, '/editor/nguoi-dung');
  await expect(admin.getByRole('heading', { name: 'Người dùng' })).toBeVisible();
  await expect(admin.getByRole('link', { name: 'Nhật ký' })).toBeVisible();
  await expectNoSeriousA11y(admin);

  // Create the reporter; a bad password keeps what was typed.
  await admin.getByRole('link', { name: 'Thêm người dùng' }).click();
  await admin.getByLabel('Họ tên').fill(reporter.name);
  await admin.getByLabel('Email').fill(reporter.email);
  await admin.getByLabel('Vai trò').selectOption('reporter');
  await admin.getByLabel('Mật khẩu ban đầu').fill('ngan');
  await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(admin.getByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeVisible();
  await expect(admin.getByLabel('Email')).toHaveValue(reporter.email);
  await expectNoSeriousA11y(admin);
  await admin.getByLabel('Mật khẩu ban đầu').fill(reporter.password);
  const createRequest = admin.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(admin.getByRole('main').getByRole('status')).toContainText(`Đã tạo tài khoản cho ${reporter.name}`);
  // The server action's request, to replay later as other people (a direct POST, no UI).
  const captured = await createRequest;
  const replayCreate = async (page: Page, email: string) => {
    const body = captured.postDataBuffer()!.toString('utf8').replace(reporter.email, email);
    const res = await page.request.post(captured.url(), {
      headers: { ...captured.headers(), origin: new URL(captured.url()).origin },
      data: Buffer.from(body, 'utf8'),
      maxRedirects: 0,
    });
    return { status: res.status(), text: await res.text() };
  };

  // The reporter signs in, in their own browser.
  const pv = await newPage(browser);
  await signIn(pv, reporter.email, reporter.password);
  await expect(pv).toHaveURL(/\/editor\/tai-khoan$/);
  await expect(pv.getByRole('banner')).toContainText('Phóng viên');
  await expect(pv.getByRole('link', { name: 'Người dùng' })).toHaveCount(0);
  // Admin pages refuse a reporter with a 403 in Vietnamese.
  const forbidden = await gotoHydrated(pv, '/editor/nguoi-dung');
  expect(forbidden?.status()).toBe(403);
  await expect(pv.getByRole('heading', { name: 'Bạn không có quyền xem trang này' })).toBeVisible();
  await expect(pv.getByText(e2eAdmin.email)).toHaveCount(0);
  await expectNoSeriousA11y(pv);
  expect((await gotoHydrated(pv, '/editor/nhat-ky'))?.status()).toBe(403);
  // A reporter posting straight to the admin's server action is refused by the action itself.
  const byReporter = await replayCreate(pv, 'ke-mao-danh-1@bantin.test');
  expect(byReporter.text).toContain('Bạn không có quyền thực hiện việc này.');

  // The admin promotes the reporter: the old session ends at once.
  await gotoHydrated(admin, '/editor/nguoi-dung');
  await admin.getByRole('link', { name: reporter.name }).click();
  await expect(admin.getByRole('heading', { name: reporter.name })).toBeVisible();
  await expectNoSeriousA11y(admin);
  await admin.getByLabel('Vai trò mới').selectOption('editor');
  await admin.getByRole('button', { name: 'Đổi vai trò' }).click();
  await expect(admin.getByText('Đã đổi vai trò.')).toBeVisible();

  await gotoHydrated(pv, '/editor/tai-khoan');
  await expect(pv).toHaveURL(/\/dang-nhap\?callbackUrl=%2Feditor%2Ftai-khoan$/);
  await signIn(pv, reporter.email, reporter.password);
  await expect(pv.getByRole('banner')).toContainText('Biên tập viên');
  const pvCookies = pv.context().cookies();

  // The admin deactivates the account: the next request is refused, and so is signing in.
  await admin.getByRole('button', { name: 'Khóa tài khoản' }).click();
  await expect(admin.getByText('Đã khóa tài khoản.')).toBeVisible();
  await pv.reload();
  await expect(pv).toHaveURL(/\/dang-nhap/);
  await signIn(pv, reporter.email, reporter.password);
  await expect(pv.getByRole('main').getByRole('alert')).toContainText('Email hoặc mật khẩu không đúng');
  // The deactivated session's cookie still passes the proxy (it is a well-formed token), but not the action.
  const revoked = await newPage(browser);
  await revoked.context().addCookies(await pvCookies);
  const byRevoked = await replayCreate(revoked, 'ke-mao-danh-2@bantin.test');
  expect(byRevoked.text).toContain('Phiên đăng nhập đã hết');
  // Signed out: the proxy turns the post away before any page code runs.
  const signedOut = await newPage(browser);
  expect((await replayCreate(signedOut, 'ke-mao-danh-3@bantin.test')).status).toBe(307);
  // Nobody but the admin created anyone.
  await gotoHydrated(admin, '/editor/nguoi-dung');
  await expect(admin.getByRole('table')).not.toContainText('ke-mao-danh');
  await admin.goBack();

  // Reactivated, with a new password set by the admin.
  await admin.getByRole('button', { name: 'Mở lại tài khoản' }).click();
  await expect(admin.getByText('Đã mở lại tài khoản.')).toBeVisible();
  await admin.getByLabel('Mật khẩu mới').fill('mat-khau-dat-lai-2');
  await admin.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  await expect(admin.getByText('Đã đặt mật khẩu mới.')).toBeVisible();
  reporter.password = 'mat-khau-dat-lai-2';

  // The audit log shows all of it, newest first.
  await gotoHydrated(admin, '/editor/nhat-ky');
  const log = admin.getByRole('table');
  for (const action of ['Đặt lại mật khẩu', 'Mở lại tài khoản', 'Khóa tài khoản', 'Đổi vai trò', 'Tạo người dùng', 'Đăng nhập thất bại', 'Đăng nhập']) {
    await expect(log.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
  }
  await expect(log).not.toContainText('mat-khau');
  await expectNoSeriousA11y(admin);
  await admin.getByLabel('Loại hoạt động').selectOption('user.role-change');
  await admin.getByRole('button', { name: 'Lọc' }).click();
  await expect(admin).toHaveURL(/hanh-dong=user.role-change/);
  await expect(log.locator('tbody tr')).toHaveCount(1);
  await expect(log).toContainText('Thành: Biên tập viên');
  // The target links to the person's page, by name.
  await expect(log.locator('tbody tr').first().getByRole('link')).toHaveAttribute('href', /^\/editor\/nguoi-dung\/[^/]+$/);
});

test('a person changes their own password and signs in again with it', async ({ page }) => {
  await signIn(page, reporter.email, reporter.password);
  await expect(page.getByRole('heading', { name: 'Tài khoản của tôi' })).toBeVisible();
  await hydrated(page);
  await expectNoSeriousA11y(page);
  await page.getByLabel('Mật khẩu hiện tại').fill('khong-phai-mat-khau');
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-cua-toi-3');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-cua-toi-3');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByText('Mật khẩu hiện tại không đúng.').first()).toBeVisible();
  await page.getByLabel('Mật khẩu hiện tại').fill(reporter.password);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-cua-toi-3');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-cua-toi-3');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?/);
  await expect(page.getByRole('main').getByRole('status')).toContainText('Đã đổi mật khẩu');
  await page.getByLabel('Email').fill(reporter.email);
  await page.getByLabel('Mật khẩu').fill('mat-khau-cua-toi-3');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/editor\/tai-khoan$/);
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, e2eAdmin.email, e2eAdmin.password);
  await expect(page).toHaveURL(/\/editor\/tai-khoan$/);
  await hydrated(page);
  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await gotoHydrated(page, '/editor/tai-khoan');
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=/);
});

test('signing out works before the page has any JavaScript (a plain form)', async ({ page, browser }) => {
  await signIn(page, e2eAdmin.email, e2eAdmin.password);
  await expect(page).toHaveURL(/\/editor\/tai-khoan$/);
  // The same session in a browser with scripts off: what a click before hydration meets.
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const bare = await noJs.newPage();
  await bare.goto('/editor/tai-khoan');
  await expect(bare.getByRole('heading', { name: 'Tài khoản của tôi' })).toBeVisible();
  await bare.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(bare).toHaveURL(/\/dang-nhap$/);
  expect((await noJs.cookies()).filter((c) => c.name.includes('session-token'))).toEqual([]);
  await bare.goto('/editor/tai-khoan');
  await expect(bare).toHaveURL(/\/dang-nhap\?callbackUrl=/);
  await noJs.close();
  // The other browser held a copy of the same cookie: the session ended on the server, so it is out too.
  await gotoHydrated(page, '/editor/nhat-ky');
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=/);
  // The sign-out is in the audit log.
  await signIn(page, e2eAdmin.email, e2eAdmin.password, '/editor/nhat-ky');
  await expect(page.getByRole('main')).toContainText('Đăng xuất');
});

test('a copied session cookie stops working after sign-out (the session ends on the server)', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page, e2eAdmin.email, e2eAdmin.password);
  await expect(page).toHaveURL(/\/editor\/tai-khoan$/);
  const stolen = (await page.context().cookies()).filter((c) => c.name.includes('session-token'));
  expect(stolen.length).toBeGreaterThan(0);
  await hydrated(page);
  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  const attacker = await browser.newContext();
  await attacker.addCookies(stolen);
  const res = await attacker.request.get('/editor', { maxRedirects: 0 });
  // The proxy lets the signed token through (it is only a first gate); the page itself refuses it.
  expect([302, 303, 307, 308]).toContain(res.status());
  expect(res.headers()['location']).toMatch(/\/dang-nhap\?callbackUrl=/);
  await attacker.close();
  await page.context().close();
});

test('"Đăng xuất khỏi mọi thiết bị": from one’s own account page, and by an admin for someone else', async ({ browser }) => {
  const laptop = await newPage(browser);
  const phone = await newPage(browser);
  await signIn(laptop, reporter.email, 'mat-khau-cua-toi-3');
  await signIn(phone, reporter.email, 'mat-khau-cua-toi-3');
  await expect(phone).toHaveURL(/\/editor\/tai-khoan$/);
  await expect(laptop.getByText(/đang đăng nhập ở \d+ nơi/)).toBeVisible();
  await hydrated(laptop);
  await laptop.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }).click();
  await expect(laptop).toHaveURL(/\/dang-nhap\?da-dang-xuat-moi-noi=1/);
  await expect(laptop.getByRole('main').getByRole('status')).toContainText('Đã đăng xuất khỏi mọi thiết bị');
  await phone.goto('/editor/tai-khoan');
  await expect(phone).toHaveURL(/\/dang-nhap\?callbackUrl=/);

  // An admin ends the reporter's sessions from the reporter's page.
  await signIn(phone, reporter.email, 'mat-khau-cua-toi-3');
  await expect(phone).toHaveURL(/\/editor\/tai-khoan$/);
  const admin = await newPage(browser);
  await signIn(admin, e2eAdmin.email, e2eAdmin.password, '/editor/nguoi-dung');
  await admin.getByRole('link', { name: reporter.name }).click();
  await expect(admin.getByRole('heading', { name: 'Phiên đăng nhập' })).toBeVisible();
  await hydrated(admin);
  await admin.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }).click();
  await expect(admin.getByText('Đã đăng xuất người này khỏi mọi thiết bị.')).toBeVisible();
  await phone.reload();
  await expect(phone).toHaveURL(/\/dang-nhap\?callbackUrl=/);
  // The admin's own session is untouched.
  await admin.goto('/editor/nguoi-dung');
  await expect(admin).toHaveURL(/\/editor\/nguoi-dung$/);
  for (const p of [laptop, phone, admin]) await p.context().close();
});

test('a stranger’s wrong guesses lock the account for strangers, not for its owner’s own browser', async ({ browser }) => {
  const owner = await newPage(browser);
  await signIn(owner, reporter.email, 'mat-khau-cua-toi-3');
  await expect(owner).toHaveURL(/\/editor\/tai-khoan$/);
  expect((await owner.context().cookies()).some((c) => c.name === 'bantin_device' && c.httpOnly)).toBe(true);
  await hydrated(owner);
  await owner.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(owner).toHaveURL(/\/dang-nhap/);

  const stranger = await newPage(browser);
  let locked = false;
  for (let i = 1; i <= 6 && !locked; i++) {
    const response = stranger.waitForResponse((r) => r.url().includes('/api/auth/callback/credentials'));
    await signIn(stranger, reporter.email, `doan-mo-${i}`);
    locked = (await response).status() === 429;
  }
  expect(locked).toBe(true);
  // Even the right password is refused to an unknown browser now…
  await signIn(stranger, reporter.email, 'mat-khau-cua-toi-3');
  await expect(stranger.getByRole('main').getByRole('alert')).toContainText('thử lại sau');
  // …but the owner's browser signs in, and is told what happened.
  await signIn(owner, reporter.email, 'mat-khau-cua-toi-3');
  await expect(owner).toHaveURL(/\/editor\/tai-khoan$/);
  await expect(owner.getByRole('heading', { name: 'Tài khoản của bạn từng bị khoá tạm' })).toBeVisible();
  await expectNoSeriousA11y(owner);
  await owner.context().close();
  await stranger.context().close();
});
