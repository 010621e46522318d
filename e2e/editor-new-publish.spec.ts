import { expect, type Page, test } from '@playwright/test';
import { e2eAdmin } from '../playwright.config';
import { mdxSource } from './mdx-source';
import { gotoHydrated } from './hydration';
import { expectAccessible, signedInPage } from './session';

/**
 * An editor writes a new article, saves the draft, then publishes (or schedules) it from the same
 * page: the confirmation shows, and nothing typed is lost, even what was typed while the answer
 * was on its way (the first save rewrote the address to /editor/bai/<id>; the publish's refresh
 * renders that page in place of the new-article page).
 */

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
const status = (page: Page) => page.getByRole('status').filter({ hasText: /Đã (đăng|hẹn giờ)/ });

async function newDraft(page: Page, title: string, body: string) {
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Sapo').fill('Sáng nay, tuyến đường ven biển được thông xe sau ba tháng thi công.');
  await (await mdxSource(page)).fill(body);
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Bản nháp');
  await expect(page).toHaveURL(/\/editor\/bai\/(?!moi$)[^/]+$/);
}

/** Hold the next server action on this page until `release` is called, so typing can happen during the round trip. */
async function holdNextAction(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let once = false;
  await page.route('**/editor/bai/**', async (route) => {
    const req = route.request();
    if (!once && req.method() === 'POST' && req.headers()['next-action']) {
      once = true;
      await held;
    }
    await route.continue();
  });
  return release;
}

test('new article → Lưu nháp → Đăng ngay: "Đã đăng bài" shows and what was typed stays', async ({ browser }) => {
  const page = await signedInPage(browser, e2eAdmin, '/editor/bai/moi');
  const title = `Thông xe đường ven biển Quảng Nam ${stamp}`;
  const body = 'Đoạn một của bài.\n\nĐoạn hai của bài.';
  await newDraft(page, title, body);

  const release = await holdNextAction(page);
  await page.getByRole('button', { name: 'Đăng ngay' }).click();
  // Typed while the publish is on its way: not in what was published, but must not be lost.
  await page.getByLabel('Tiêu đề').fill(`${title} (cập nhật)`);
  release();

  await expect(status(page)).toContainText('Đã đăng bài. Bạn đọc thấy bài ngay bây giờ.');
  await expect(page.getByTestId('article-status')).toHaveText('Đã đăng');
  await expect(page.getByLabel('Tiêu đề')).toHaveValue(`${title} (cập nhật)`);
  await expect(await mdxSource(page)).toHaveValue(body);
  await expectAccessible(page, 'sau khi đăng bài mới');
});

test('new article → Lưu nháp → Hẹn giờ đăng: "Đã hẹn giờ đăng bài" shows', async ({ browser }) => {
  const page = await signedInPage(browser, e2eAdmin, '/editor/bai/moi');
  const title = `Hẹn giờ bài mới ${stamp}`;
  await newDraft(page, title, 'Nội dung hẹn giờ.');
  await page.getByRole('button', { name: 'Hẹn giờ đăng' }).click();
  await expect(status(page)).toContainText('Đã hẹn giờ đăng bài.');
  await expect(page.getByTestId('article-status')).toHaveText('Hẹn giờ');
  await expect(page.getByLabel('Tiêu đề')).toHaveValue(title);
});

test('the dashboard finds them without accents, counts each status as a link, and prefetches no row', async ({ browser }) => {
  const page = await signedInPage(browser, e2eAdmin, '/editor');
  const rsc: string[] = [];
  page.on('request', (r) => {
    // "Viết bài mới" may prefetch its one page; no article row may.
    if (/[?&]_rsc=/.test(r.url()) && /\/editor\/bai\/(?!moi\?)/.test(r.url())) rsc.push(r.url());
  });
  await page.getByLabel('Tìm theo tiêu đề').fill(`thong xe duong ven bien quang nam ${stamp}`);
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/[?&]q=thong\+xe/);
  const rows = page.getByTestId('article-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('link', { name: `Thông xe đường ven biển Quảng Nam ${stamp}` })).toBeVisible();
  await expect(rows.first()).toContainText('Đã đăng');

  const counts = page.getByRole('navigation', { name: 'Số bài theo trạng thái' });
  await expect(counts.getByRole('link', { name: 'Đã đăng 1' })).toBeVisible();
  await counts.getByRole('link', { name: 'Bản nháp 0' }).click();
  await expect(page).toHaveURL(/status=draft/);
  await expect(page).toHaveURL(/q=thong/);
  await expect(rows).toHaveCount(0);

  // Every row's link was on screen, and hovered: none fetched its editor page ahead.
  await gotoDashboard(page);
  await rows.first().getByRole('link').hover();
  await page.waitForLoadState('networkidle');
  expect(rsc).toEqual([]);
  await expectAccessible(page, 'bảng bài viết');
  // The search box and the counts fit a phone.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByLabel('Tìm theo tiêu đề')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the audit log names the publish in Vietnamese, in GMT+7, and links the article by its title', async ({ browser }) => {
  const page = await signedInPage(browser, e2eAdmin, '/editor/nhat-ky?hanh-dong=article.publish');
  const title = `Thông xe đường ven biển Quảng Nam ${stamp}`;
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: 'Đăng bài', exact: true })).toBeVisible();
  await expect(row).toContainText('(GMT+7)');
  await expect(page.getByRole('columnheader', { name: 'Thời gian (GMT+7)' })).toBeVisible();
  // No action shows by its code name.
  await gotoHydrated(page, '/editor/nhat-ky');
  const actions = await page.locator('tbody tr td:nth-child(3)').allInnerTexts();
  expect(actions.length).toBeGreaterThan(0);
  expect(actions.filter((a) => /\b[a-z]+\.[a-z-]+\b/.test(a))).toEqual([]);
  await expectAccessible(page, 'nhật ký');
  await gotoHydrated(page, '/editor/nhat-ky?hanh-dong=article.publish');
  await row.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/editor\/bai\/[^/]+$/);
  // The published title (the later edit is that person's pending copy, not the article).
  await expect(page.getByLabel('Tiêu đề')).toHaveValue(title);
});

async function gotoDashboard(page: Page) {
  await page.goto('/editor');
  await expect(page.getByTestId('article-row').first()).toBeVisible();
}
