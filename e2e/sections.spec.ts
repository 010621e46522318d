/**
 * Sections managed in the editor (issue 11): an admin adds a section and a
 * chuyên mục con, they appear in the menu, on the parent's page and in the
 * article form at once; moving by keyboard reorders the menu; renaming a slug
 * makes the old address answer 308 (pages) and 301 (feed); a section in use cannot be
 * deleted; a reporter and an editor cannot open the page (403).
 */
import { type BrowserContext, type Page, expect, test } from '@playwright/test';
import { e2eAdmin } from '../playwright.config';
import { gotoHydrated } from './hydration';
import { expectAccessible, signIn, createPeople } from './session';

const port = Number(process.env.E2E_PORT || 3210);
const baseURL = `http://localhost:${port}`;
const run = Date.now().toString(36);

const people = {
  editor: { email: `btv-cm-${run}@bantin.test`, password: 'mat-khau-bien-tap-cm', name: 'Lê Biên Tập', role: 'editor' },
  reporter: { email: `pv-cm-${run}@bantin.test`, password: 'mat-khau-phong-vien-cm', name: 'Phan Phóng Viên', role: 'reporter' },
} as const;



const menu = (page: Page) => page.getByRole('navigation', { name: 'Chuyên mục', exact: true });
const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test.describe.serial('sections managed by an admin', () => {
  let admin: BrowserContext;
  let editor: BrowserContext;
  let reporter: BrowserContext;

  test.beforeAll(async ({ browser }) => {
    admin = await signIn(browser, e2eAdmin);
    await createPeople(admin, people);
    editor = await signIn(browser, people.editor);
    reporter = await signIn(browser, people.reporter);
  });

  test.afterAll(async () => {
    await Promise.all([admin?.close(), editor?.close(), reporter?.close()]);
  });

  test('an admin adds a section and a chuyên mục con: the menu, the parent page and the article form show them at once', async () => {
    const page = await admin.newPage();
    await gotoHydrated(page, '/editor');
    await page.getByRole('navigation', { name: 'Khu vực biên tập' }).getByRole('link', { name: 'Chuyên mục' }).click();
    await expect(page).toHaveURL(/\/editor\/chuyen-muc$/);
    await gotoHydrated(page, '/editor/chuyen-muc');
    const add = card(page, 'Thêm chuyên mục');
    await add.getByLabel('Tên chuyên mục').fill('Thể thao');
    await add.getByRole('button', { name: 'Thêm chuyên mục' }).click();
    await expect(add.getByRole('status')).toContainText('Đã thêm chuyên mục "Thể thao" (/chuyen-muc/the-thao)');
    await expect(card(page, 'Thể thao')).toBeVisible();

    await add.getByLabel('Tên chuyên mục').fill('Bóng đá');
    await add.getByLabel('Chuyên mục cha').selectOption({ label: 'Thể thao' });
    await add.getByRole('button', { name: 'Thêm chuyên mục' }).click();
    await expect(add.getByRole('status')).toContainText('Đã thêm chuyên mục "Bóng đá"');
    await expectAccessible(page, '/editor/chuyen-muc');

    const reader = await page.context().browser()!.newPage({ baseURL });
    await reader.goto('/');
    await expect(menu(reader).getByRole('link', { name: 'Thể thao' })).toBeVisible();
    await reader.goto('/chuyen-muc/the-thao');
    await expect(reader.getByRole('heading', { level: 1, name: 'Thể thao' })).toBeVisible();
    await expect(reader.getByRole('navigation', { name: 'Chuyên mục con của Thể thao' }).getByRole('link', { name: 'Bóng đá' })).toBeVisible();
    expect((await reader.goto('/chuyen-muc/bong-da'))?.status()).toBe(200);
    await reader.close();

    await gotoHydrated(page, '/editor/bai/moi');
    const select = page.getByLabel('Chuyên mục', { exact: true });
    await expect(select.locator('option', { hasText: 'Thể thao' })).toHaveCount(1);
    await expect(select.locator('option', { hasText: '— Bóng đá' })).toHaveCount(1);
    await page.close();
  });

  test('moving a section up by keyboard reorders the menu', async () => {
    const page = await admin.newPage();
    await gotoHydrated(page, '/editor/chuyen-muc');
    await page.getByRole('button', { name: 'Chuyển "Thể thao" lên' }).focus();
    await page.keyboard.press('Enter');
    await expect(card(page, 'Thể thao').getByRole('status').filter({ hasText: 'Đã chuyển lên.' })).toBeVisible();
    const reader = await page.context().browser()!.newPage({ baseURL });
    await reader.goto('/');
    const names = await menu(reader).getByRole('link').allTextContents();
    expect(names.indexOf('Thể thao')).toBe(names.indexOf('Dịch vụ bạn đọc') - 1);
    await reader.close();
    await page.close();
  });

  test('renaming a slug: the old page and its pages answer 308, its feed 301, to the new address', async ({ request }) => {
    const page = await admin.newPage();
    await gotoHydrated(page, '/editor/chuyen-muc');
    const sport = card(page, 'Thể thao');
    await sport.getByLabel('Tên chuyên mục').fill('Thể thao – Vận động');
    await sport.getByLabel('Đường dẫn').fill('the-thao-van-dong');
    await sport.getByRole('button', { name: 'Lưu chuyên mục' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Địa chỉ cũ /chuyen-muc/the-thao chuyển sang /chuyen-muc/the-thao-van-dong' })).toBeVisible();
    await page.close();

    // The page answers itself (permanentRedirect, 308: no middleware on section pages); the feed route 301.
    for (const [from, to, status] of [
      ['/chuyen-muc/the-thao', '/chuyen-muc/the-thao-van-dong', 308],
      ['/chuyen-muc/the-thao/rss.xml', '/chuyen-muc/the-thao-van-dong/rss.xml', 301],
      ['/chuyen-muc/the-thao/trang/2', '/chuyen-muc/the-thao-van-dong/trang/2', 308],
    ] as const) {
      await expect.poll(async () => (await request.get(`${baseURL}${from}`, { maxRedirects: 0 })).status(), { message: from, timeout: 10_000 }).toBe(status);
      const res = await request.get(`${baseURL}${from}`, { maxRedirects: 0 });
      expect(new URL(res.headers().location!, baseURL).pathname).toBe(to);
    }
    const now = await request.get(`${baseURL}/chuyen-muc/the-thao-van-dong`);
    expect(now.status()).toBe(200);
    expect(await now.text()).toContain('Thể thao – Vận động');
  });

  test('a section in use is not deleted, with the reason; an unused one is', async () => {
    const page = await admin.newPage();
    page.on('dialog', (d) => void d.accept());
    await gotoHydrated(page, '/editor/chuyen-muc');
    const defence = card(page, 'Quốc phòng – An ninh');
    await defence.getByRole('button', { name: 'Xóa "Quốc phòng – An ninh"' }).click();
    await expect(defence.getByRole('alert')).toContainText('Chưa xóa được "Quốc phòng – An ninh": còn 1 bài');
    const sport = card(page, 'Thể thao – Vận động');
    await sport.getByRole('button', { name: 'Xóa "Thể thao – Vận động"' }).click();
    await expect(sport.getByRole('alert')).toContainText('còn chuyên mục con "Bóng đá"');
    await card(page, 'Bóng đá').getByRole('button', { name: 'Xóa "Bóng đá"' }).click();
    await expect(card(page, 'Bóng đá')).toHaveCount(0);
    await card(page, 'Thể thao – Vận động').getByRole('button', { name: 'Xóa "Thể thao – Vận động"' }).click();
    await expect(card(page, 'Thể thao – Vận động')).toHaveCount(0);
    await page.close();
  });

  test('a reporter and an editor cannot open the page, and see no link to it', async () => {
    for (const who of [reporter, editor]) {
      const page = await who.newPage();
      await gotoHydrated(page, '/editor');
      await expect(page.getByRole('navigation', { name: 'Khu vực biên tập' }).getByRole('link', { name: 'Chuyên mục' })).toHaveCount(0);
      expect((await page.goto('/editor/chuyen-muc'))?.status()).toBe(403);
      await page.close();
    }
  });

  test('the page is usable at 360 px', async () => {
    const page = await admin.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await gotoHydrated(page, '/editor/chuyen-muc');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, '/editor/chuyen-muc at 360 px');
    await page.close();
  });
});
