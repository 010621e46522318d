/**
 * The front page a newsroom steers (issue 11): an editor pins the lead and
 * reorders the featured stories by keyboard, and the home page shows them in
 * that order at once with no story twice; the Tin nóng banner is raised and
 * lowered on the home page and on an article page; a reporter can neither
 * open the page (403) nor call its action.
 */
import { type BrowserContext, type Page, type Request, expect, test } from '@playwright/test';
import { e2eAdmin } from '../playwright.config';
import { gotoHydrated } from './hydration';
import { expectAccessible, signIn, createPeople } from './session';

const port = Number(process.env.E2E_PORT || 3210);
const baseURL = `http://localhost:${port}`;
const run = Date.now().toString(36);

const people = {
  editor: { email: `btv-tn-${run}@bantin.test`, password: 'mat-khau-bien-tap-tn', name: 'Võ Biên Tập', role: 'editor' },
  reporter: { email: `pv-tn-${run}@bantin.test`, password: 'mat-khau-phong-vien-tn', name: 'Đỗ Phóng Viên', role: 'reporter' },
} as const;

// Articles kept in git (content/articles), public on every fresh install.
const LEAD = 'Giờ tiếp bạn đọc của tòa soạn';
const FIRST = 'Hướng dẫn gửi bài cộng tác';
const SECOND = 'Cách đọc bản tin thời tiết trên báo';
const BANNER_ARTICLE = 'Hướng dẫn sử dụng cổng Bản tin';
const ARTICLE_PAGE = '/bai/tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';



/** Pick the option of a labelled select whose text starts with this title. */
async function pick(page: Page, label: string, title: string) {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator('option', { hasText: title }).first().getAttribute('value');
  await select.selectOption(value!);
}

/** The stories the home page places (every card's title link; "Đọc nhiều" is a ranking, not a placement). */
async function placedTitles(page: Page): Promise<string[]> {
  return page.locator('main article h2 a, main article h3 a').allTextContents();
}

type Captured = { url: string; headers: Record<string, string>; body: Buffer };

test.describe.serial('front page (Tiêu điểm, Tin nóng)', () => {
  let editor: BrowserContext;
  let reporter: BrowserContext;
  let reader: BrowserContext;
  let saveRequest: Captured;

  test.beforeAll(async ({ browser }) => {
    const admin = await signIn(browser, e2eAdmin);
    await createPeople(admin, people);
    await admin.close();
    editor = await signIn(browser, people.editor);
    reporter = await signIn(browser, people.reporter);
    reader = await browser.newContext({ baseURL });
  });

  test.afterAll(async () => {
    for (const c of [editor, reporter, reader]) await c?.close();
  });

  test('an editor pins the lead, reorders the featured stories by keyboard, and the home page shows them at once, none twice', async () => {
    const home = await reader.newPage();
    await home.goto('/');
    // Cached before the change: the reader must still get the new front page at once.
    await expect(home.getByRole('region', { name: 'Tin chính' }).getByRole('heading', { level: 3 }).first().getByRole('link')).not.toHaveText(LEAD);

    const page = await editor.newPage();
    await gotoHydrated(page, '/editor');
    await page.getByRole('navigation', { name: 'Khu vực biên tập' }).getByRole('link', { name: 'Trang nhất' }).click();
    await expect(page).toHaveURL(/\/editor\/trang-nhat$/);
    await gotoHydrated(page, '/editor/trang-nhat');
    await expectAccessible(page, 'trang nhất');

    await pick(page, 'Bài làm tin chính', LEAD);
    for (const title of [FIRST, SECOND]) {
      await pick(page, 'Thêm tin nổi bật', title);
      await page.getByRole('button', { name: 'Thêm vào tin nổi bật' }).click();
    }
    const list = page.getByRole('list', { name: 'Tin nổi bật đã ghim, theo thứ tự' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('listitem').first()).toContainText(FIRST);

    // By keyboard only: focus "Lên" of the second story and press Enter; focus follows the row.
    const up = page.getByRole('button', { name: `Đưa “${SECOND}” lên` });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(list.getByRole('listitem').first()).toContainText(SECOND);
    await expect(page.getByRole('button', { name: `Đưa “${SECOND}” xuống` })).toBeFocused();
    await expect(page.getByText(`Đã chuyển “${SECOND}” tới vị trí 1.`)).toBeAttached();
    await expectAccessible(page, 'trang nhất, sau khi sắp xếp');
    // Usable on a 360 px phone: no sideways scroll, the move buttons on screen.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const upFirst = page.getByRole('button', { name: `Đưa “${FIRST}” lên` });
    await upFirst.scrollIntoViewIfNeeded();
    await expect(upFirst).toBeInViewport({ ratio: 1 });
    await page.setViewportSize({ width: 1280, height: 800 });

    const [req] = await Promise.all([
      page.waitForRequest((r: Request) => r.method() === 'POST' && !!r.headers()['next-action'] && /name="[^"]*_featured"/.test(r.postData() ?? '')),
      page.getByRole('button', { name: 'Lưu trang nhất' }).click(),
    ]);
    saveRequest = { url: req.url(), headers: await req.allHeaders(), body: req.postDataBuffer() ?? Buffer.from('') };
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trang nhất' })).toBeVisible();

    await home.reload();
    await expect(home.getByRole('region', { name: 'Tin chính' }).getByRole('heading', { level: 3 }).first().getByRole('link')).toHaveText(LEAD);
    const featured = await home.getByRole('region', { name: 'Tin nổi bật' }).locator('h3 a').allTextContents();
    expect(featured.slice(0, 2)).toEqual([SECOND, FIRST]);
    const titles = await placedTitles(home);
    expect(titles.filter((t) => t === LEAD)).toHaveLength(1);
    expect(titles.length).toBeGreaterThan(4);
    expect(new Set(titles).size, `placed twice: ${titles.join(' | ')}`).toBe(titles.length);
    await page.close();
    await home.close();
  });

  test('raising and lowering Tin nóng shows and hides it on the home page and an article page', async () => {
    const home = await reader.newPage();
    const article = await reader.newPage();
    await home.goto('/');
    await article.goto(ARTICLE_PAGE);
    await expect(home.getByRole('region', { name: 'Tin nóng' })).toHaveCount(0);

    const page = await editor.newPage();
    await gotoHydrated(page, '/editor/trang-nhat');
    const text = `Mưa lớn, sạt lở trên quốc lộ 40B: hạn chế đi lại ${run}`;
    await page.getByLabel('Dòng tin nóng').fill(text);
    await pick(page, 'Bài dẫn tới', BANNER_ARTICLE);
    await page.getByRole('button', { name: 'Bật tin nóng' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã bật tin nóng' })).toBeVisible();

    for (const p of [home, article]) {
      await p.reload();
      const banner = p.getByRole('region', { name: 'Tin nóng' });
      await expect(banner).toContainText(text);
      await expect(banner.getByRole('link', { name: text })).toHaveAttribute('href', /\/bai\/huong-dan/);
    }
    // Readable on a 360 px phone: no sideways scroll, the whole line visible.
    await home.setViewportSize({ width: 360, height: 740 });
    await expect(home.getByRole('region', { name: 'Tin nóng' })).toBeVisible();
    expect(await home.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(home, 'trang chủ có tin nóng, 360 px');

    await gotoHydrated(page, '/editor/trang-nhat');
    await page.getByRole('button', { name: 'Tắt tin nóng' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã tắt tin nóng' })).toBeVisible();
    for (const p of [home, article]) {
      await p.reload();
      await expect(p.getByRole('region', { name: 'Tin nóng' })).toHaveCount(0);
    }
    await page.close();
  });

  test('a reporter can neither open the page (403) nor call its action', async () => {
    const page = await reporter.newPage();
    await gotoHydrated(page, '/editor');
    await expect(page.getByRole('navigation', { name: 'Khu vực biên tập' }).getByRole('link', { name: 'Trang nhất' })).toHaveCount(0);
    expect((await page.goto('/editor/trang-nhat'))?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Bạn không có quyền xem trang này' })).toBeVisible();

    // The editor's own save, replayed with the reporter's session but another order: refused, nothing changes.
    // What the home page places, not its bytes: a re-render for any other reason (the re-expiry after the last
    // test's change, a background refresh) carries a new render time.
    const home = await reader.newPage();
    const placed = async () => (await home.goto('/'), placedTitles(home));
    const homeBefore = await placed();
    expect(homeBefore.length).toBeGreaterThan(1);
    const headers = { ...saveRequest.headers };
    delete headers.cookie;
    const body = saveRequest.body.toString('latin1').replace(/(name="[^"]*_lead"\r\n\r\n)[^\r]*/, '$1');
    const res = await reporter.request.fetch(saveRequest.url, { method: 'POST', headers, data: Buffer.from(body, 'latin1'), maxRedirects: 0 });
    expect(await res.text()).toContain('Bạn không có quyền thực hiện việc này.');
    expect(await placed()).toEqual(homeBefore);
    await home.close();
    await page.close();
  });

  test("the sections' top stories offer the sections an admin added, not only the initial six", async ({ browser }) => {
    const name = `Lễ hội ${run}`;
    const admin = await signIn(browser, e2eAdmin);
    const sections = await admin.newPage();
    sections.on('dialog', (d) => void d.accept());
    await gotoHydrated(sections, '/editor/chuyen-muc');
    const add = sections.getByRole('region', { name: 'Thêm chuyên mục', exact: true });
    await add.getByLabel('Tên chuyên mục').fill(name);
    await add.getByLabel('Chuyên mục cha').selectOption({ label: 'Văn hóa' });
    await add.getByRole('button', { name: 'Thêm chuyên mục' }).click();
    await expect(add.getByRole('status')).toContainText(`Đã thêm chuyên mục "${name}"`);

    const page = await editor.newPage();
    await gotoHydrated(page, '/editor/trang-nhat');
    await expect(page.getByLabel(`Tin đầu chuyên mục ${name} (thuộc Văn hóa)`, { exact: true })).toBeVisible();
    await expect(page.getByLabel('Tin đầu chuyên mục Văn hóa', { exact: true })).toBeVisible();
    await expectAccessible(page, 'trang nhất, có chuyên mục mới');
    await page.close();

    // Leave the menu as it was for the other specs.
    await gotoHydrated(sections, '/editor/chuyen-muc');
    await sections.getByRole('button', { name: `Xóa "${name}"` }).click();
    await expect(sections.getByRole('button', { name: `Xóa "${name}"` })).toHaveCount(0);
    await admin.close();
  });
});
