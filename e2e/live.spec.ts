/**
 * Live coverage (docs/live.md): an editor publishes an article and starts coverage; a reporter
 * adds entries from the live page; a signed-out reader's open page picks them up without a
 * reload, behind "N cập nhật mới"; JSON-LD is a LiveBlogPosting; closing freezes the coverage
 * (a reporter's form opened before the close is refused) and the reader's page stops polling.
 */
import { type BrowserContext, type Page, expect, test } from '@playwright/test';
import { e2eAdmin } from '../playwright.config';
import { gotoHydrated } from './hydration';
import { mdxSource } from './mdx-source';
import { expectAccessible, signIn, createPeople } from './session';

const port = Number(process.env.E2E_PORT || 3210);
const baseURL = `http://localhost:${port}`;
const run = Date.now().toString(36);
const people = {
  reporter: { email: `pv-live-${run}@bantin.test`, password: 'mat-khau-phong-vien-1', name: 'Hồ Phóng Viên', role: 'reporter' },
  editor: { email: `btv-live-${run}@bantin.test`, password: 'mat-khau-bien-tap-1', name: 'Võ Biên Tập', role: 'editor' },
} as const;
/** The page polls every 15 s; a poll, a cache refresh and a busy machine fit in this. */
const POLL_WAIT = 40_000;



async function liveLd(page: Page): Promise<Record<string, unknown>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const found = blocks.map((b) => JSON.parse(b) as Record<string, unknown>).find((d) => d['@type'] === 'LiveBlogPosting');
  expect(found, 'a LiveBlogPosting JSON-LD block').toBeTruthy();
  return found!;
}

/** Fill and post the entry form, then wait for the list to hold `count` entries (the same message shows after each). */
/** The "Cập nhật mới" form (entries below carry edit forms with the same labels). */
const addForm = (page: Page) => page.getByRole('region', { name: 'Cập nhật mới' });

async function addEntry(page: Page, count: number, fill: () => Promise<void>) {
  await fill();
  await addForm(page).getByRole('button', { name: 'Thêm cập nhật' }).click();
  await expect(page.getByRole('heading', { name: `Các cập nhật (${count})` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đăng cập nhật.' })).toBeVisible();
}

test.describe.serial('live coverage', () => {
  let reporter: BrowserContext;
  let editor: BrowserContext;
  let readerContext: BrowserContext;
  let reader: Page;
  let articleId = '';
  let slug = '';
  const title = `Trực tiếp: kỳ họp HĐND tỉnh cuối năm ${run}`;

  test.beforeAll(async ({ browser }) => {
    const admin = await signIn(browser, e2eAdmin);
    await createPeople(admin, people);
    await admin.close();
    reporter = await signIn(browser, people.reporter);
    editor = await signIn(browser, people.editor);
    readerContext = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  });

  test.afterAll(async () => {
    for (const c of [reporter, editor, readerContext]) await c?.close();
  });

  test('an editor publishes an article and starts its live coverage', async () => {
    const page = await editor.newPage();
    await gotoHydrated(page, '/editor/bai/moi');
    await page.getByLabel('Tiêu đề').fill(title);
    await page.getByLabel('Sapo').fill('Kỳ họp thứ 20 HĐND tỉnh khai mạc sáng nay; Báo tường thuật trực tiếp các phiên thảo luận.');
    await (await mdxSource(page)).fill('Kỳ họp diễn ra trong ba ngày tại hội trường tỉnh.');
    await expect(page.getByRole('status').filter({ hasText: 'Đã tự động lưu' })).toBeVisible({ timeout: 15_000 });
    await expect(page).toHaveURL(/\/editor\/bai\/[0-9a-f-]{36}$/);
    articleId = page.url().split('/').pop()!;
    slug = await page.getByLabel('Đường dẫn', { exact: true }).inputValue();
    await page.getByRole('button', { name: 'Đăng ngay' }).click();
    await expect(page.getByTestId('article-status')).toHaveText('Đã đăng');

    await page.getByRole('link', { name: 'Tường thuật trực tiếp' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tường thuật trực tiếp');
    await page.getByRole('button', { name: 'Bắt đầu tường thuật' }).click();
    await expect(page.getByText('Đang diễn ra')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Thêm cập nhật' })).toBeVisible();
    await page.close();
  });

  test('a reporter adds an entry; the reader’s open page shows “1 cập nhật mới” without reloading, and then the entry', async () => {
    reader = await readerContext.newPage();
    // A render that raced the start may be cached until the live tag expires again 3 s later (lib/cache/expire-now.ts).
    await expect(async () => {
      await reader.goto(`/bai/${slug}`);
      await expect(reader.getByRole('heading', { name: /Tường thuật trực tiếp/ })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 40_000, intervals: [3_000] });
    await expect(reader.getByText('Chưa có cập nhật nào.')).toBeVisible();
    const ld = await liveLd(reader);
    expect(ld.coverageStartTime).toMatch(/\+07:00$/);
    expect(ld.coverageEndTime).toBeUndefined();
    // A mark on this document: it is still there at the end only if the page was never reloaded.
    await reader.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));

    // The article is not the reporter's, yet the live desk is open to every reporter.
    const rep = await reporter.newPage();
    await gotoHydrated(rep, `/editor/bai/${articleId}/truc-tiep`);
    // Bad input is refused with a message, not a 500.
    await addForm(rep).getByRole('button', { name: 'Thêm cập nhật' }).click();
    await expect(rep.getByText('Hãy nhập nội dung cập nhật.')).toBeVisible();
    await addEntry(rep, 1, () => addForm(rep).getByLabel('Nội dung cập nhật').fill('9 giờ: Chủ tịch HĐND tỉnh khai mạc kỳ họp.'));
    await expectAccessible(rep, 'live editor page');

    const more = reader.getByRole('button', { name: '1 cập nhật mới' });
    await expect(more).toBeVisible({ timeout: POLL_WAIT });
    await expect(reader.getByText('9 giờ: Chủ tịch HĐND tỉnh khai mạc kỳ họp.')).toHaveCount(0);
    await more.click();
    await expect(reader.getByText('9 giờ: Chủ tịch HĐND tỉnh khai mạc kỳ họp.')).toBeVisible();
    await expect(more).toHaveCount(0);

    // Two more (a quote and a text): they wait behind one button, then show newest first.
    await addForm(rep).getByLabel('Trích dẫn', { exact: true }).check();
    await addEntry(rep, 2, async () => {
      await addForm(rep).getByLabel('Câu trích dẫn').fill('Phải giải ngân hết vốn đầu tư công trước 31/12.');
      await addForm(rep).getByLabel('Người nói').fill('Chủ tịch UBND tỉnh');
    });
    await addForm(rep).getByLabel('Chữ', { exact: true }).check();
    await addEntry(rep, 3, () => addForm(rep).getByLabel('Nội dung cập nhật').fill('10 giờ: Đại biểu thảo luận tổ.'));
    await rep.close();
    await reader.getByRole('button', { name: '2 cập nhật mới' }).click({ timeout: POLL_WAIT });
    const entries = reader.getByRole('list', { name: 'Các cập nhật, mới nhất trước' }).getByRole('listitem');
    await expect(entries).toHaveCount(3);
    await expect(entries.first()).toContainText('10 giờ: Đại biểu thảo luận tổ.');
    await expect(entries.nth(1)).toContainText('— Chủ tịch UBND tỉnh');
    await expect(entries.first().locator('time')).toHaveAttribute('datetime', /\+07:00$/);
    expect(await reader.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    // 360 px: no sideways scroll; no serious axe violation.
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(reader, 'article with live coverage');

    // The JSON API and the feed carry the entries.
    const api = await (await reader.request.get(`/api/v1/articles/${slug}`)).json();
    expect(api.live.status).toBe('open');
    expect(api.live.entries.map((e: { body: string }) => e.body)[0]).toBe('10 giờ: Đại biểu thảo luận tổ.');
    const rss = await (await reader.request.get('/rss.xml')).text();
    expect(rss).toContain('Tường thuật trực tiếp (đang diễn ra, 3 cập nhật)');
  });

  test('closing freezes the coverage: a form opened before is refused, readers see it ended, JSON-LD has its end', async () => {
    const rep = await reporter.newPage();
    await gotoHydrated(rep, `/editor/bai/${articleId}/truc-tiep`);
    await addForm(rep).getByLabel('Nội dung cập nhật').fill('Cập nhật gửi sau khi đã kết thúc.');

    const page = await editor.newPage();
    await gotoHydrated(page, `/editor/bai/${articleId}/truc-tiep`);
    await page.getByRole('button', { name: 'Kết thúc tường thuật' }).click();
    await page.getByRole('button', { name: 'Xác nhận kết thúc' }).click();
    await expect(page.getByText('Đã kết thúc', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Thêm cập nhật' })).toHaveCount(0);
    await page.close();

    await addForm(rep).getByRole('button', { name: 'Thêm cập nhật' }).click();
    await expect(rep.getByRole('alert').filter({ hasText: 'Tường thuật đã kết thúc' })).toBeVisible();
    await rep.close();

    // The open page learns of the close from its poll, without a reload, and nothing new appeared.
    await expect(reader.getByText(/^Đã kết thúc lúc/)).toBeVisible({ timeout: POLL_WAIT });
    await expect(reader.getByText('Trực tiếp', { exact: true })).toHaveCount(0);
    await expect(reader.getByRole('list', { name: 'Các cập nhật, mới nhất trước' }).getByRole('listitem')).toHaveCount(3);
    // And stops asking: no poll in the next interval and a half.
    let polls = 0;
    reader.on('request', (r) => void (r.url().endsWith(`/api/v1/articles/${slug}/live`) && polls++));
    await reader.waitForTimeout(23_000);
    expect(polls).toBe(0);
    await expect(async () => {
      await reader.reload();
      expect((await liveLd(reader)).coverageEndTime).toMatch(/\+07:00$/);
    }).toPass({ timeout: 40_000, intervals: [3_000] });
    const ld = await liveLd(reader);
    expect((ld.liveBlogUpdate as unknown[]).length).toBe(3);
    const live = await (await reader.request.get(`/api/v1/articles/${slug}/live`)).json();
    expect(live.status).toBe('closed');
    expect(live.entries).toHaveLength(3);
  });
});
