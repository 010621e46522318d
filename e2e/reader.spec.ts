/**
 * What a reader gets beyond the pages themselves (issue 11): a taken-down
 * article answers 410 Gone with a Vietnamese notice (unknown slugs stay 404),
 * the JSON API agrees; the article page shares to Zalo without any
 * third-party script; the web app manifest and its icons; a <Video> loads
 * nothing from YouTube until the reader clicks.
 */
import { type BrowserContext, expect, test } from '@playwright/test';
import { e2eAdmin } from '../playwright.config';
import { gotoHydrated, hydrated } from './hydration';
import { mdxSource } from './mdx-source';
import { createPeople, expectAccessible, signIn } from './session';

const port = Number(process.env.E2E_PORT || 3210);
const baseURL = `http://localhost:${port}`;
const run = Date.now().toString(36);
// The seed article (content/articles), public on every fresh install.
const ARTICLE_PAGE = '/bai/tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';
const people = {
  editor: { email: `btv-bd-${run}@bantin.test`, password: 'mat-khau-bien-tap-bd', name: 'Lê Biên Tập', role: 'editor' },
} as const;

test.describe.serial('reader (issue 11)', () => {
  let editor: BrowserContext;
  let reader: BrowserContext;

  test.beforeAll(async ({ browser }) => {
    const admin = await signIn(browser, e2eAdmin);
    await createPeople(admin, people);
    await admin.close();
    editor = await signIn(browser, people.editor);
    reader = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  });

  test.afterAll(async () => {
    for (const c of [editor, reader]) await c?.close();
  });

  test('an article an editor takes down answers 410 with a Vietnamese page; an unknown slug stays 404', async () => {
    const title = `Thông báo lịch cắt điện khu vực trung tâm ${run}`;
    const page = await editor.newPage();
    await gotoHydrated(page, '/editor/bai/moi');
    await page.getByLabel('Tiêu đề').fill(title);
    await page.getByLabel('Sapo').fill('Điện lực tỉnh thông báo lịch tạm ngừng cấp điện để bảo trì lưới điện trong tuần tới.');
    await (await mdxSource(page)).fill('Khách hàng cần biết thêm chi tiết xin liên hệ tổng đài chăm sóc khách hàng.');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page).toHaveURL(/\/editor\/bai\/[0-9a-f-]{36}$/);
    const slug = await page.getByLabel('Đường dẫn', { exact: true }).inputValue();
    await hydrated(page);
    await page.getByRole('button', { name: 'Đăng ngay' }).click();
    await expect(page.getByTestId('article-status')).toHaveText('Đã đăng');

    const article = await reader.newPage();
    expect((await article.goto(`/bai/${slug}`))?.status()).toBe(200);
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(title);

    await page.getByLabel('Lý do gỡ bài (bắt buộc)').fill('Lịch đã thay đổi, chờ thông báo mới.');
    await page.getByRole('button', { name: 'Gỡ bài' }).click();
    await expect(page.getByTestId('article-status')).toHaveText('Đã gỡ');

    const gone = await article.goto(`/bai/${slug}`);
    expect(gone?.status()).toBe(410);
    await expect(article.getByRole('heading', { level: 1 })).toHaveText('Bài viết này đã được gỡ xuống');
    await expect(article.getByText('404')).toHaveCount(0);
    await article.getByRole('link', { name: 'Về trang chủ' }).click();
    await expect(article).toHaveURL(`${baseURL}/`);
    await article.goBack();
    await expectAccessible(article, 'trang bài đã gỡ');
    expect(await article.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    const api = await reader.request.get(`/api/v1/articles/${slug}`);
    expect(api.status()).toBe(410);
    expect(await api.json()).toEqual({ error: { code: 'gone', message: 'Bài viết này đã được gỡ xuống.' } });
    expect((await reader.request.get(`/api/v1/articles/${slug}/live`)).status()).toBe(410);

    const unknown = await article.goto(`/bai/khong-co-bai-nay-${run}`);
    expect(unknown?.status()).toBe(404);
    await expect(article.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    expect((await reader.request.get(`/api/v1/articles/khong-co-bai-nay-${run}`)).status()).toBe(404);
    await page.close();
  });

  test('the article page shares to Zalo, Facebook, X and email by plain links, and copies its address', async ({ browser }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const page = await context.newPage();
    const thirdParty: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) thirdParty.push(r.url());
    });
    await page.goto(ARTICLE_PAGE);
    const share = page.getByRole('group', { name: 'Chia sẻ bài viết' });
    const articleUrl = `${baseURL}${ARTICLE_PAGE}`;
    const zalo = share.getByRole('link', { name: 'Chia sẻ qua Zalo' });
    await expect(zalo).toHaveAttribute('href', `https://sp.zalo.me/share_to_zalo?url=${encodeURIComponent(articleUrl)}`);
    await expect(share.getByRole('link', { name: 'Chia sẻ qua Facebook' })).toHaveAttribute('href', /^https:\/\/www\.facebook\.com\/sharer\//);
    await expect(share.getByRole('link', { name: 'Chia sẻ qua X' })).toBeVisible();
    await expect(share.getByRole('link', { name: 'Gửi qua email' })).toHaveAttribute('href', /^mailto:/);
    for (const control of await share.locator('a, button').all()) {
      const box = (await control.boundingBox())!;
      expect(box.width >= 24 && box.height >= 24, `${await control.textContent()}: ${box.width}×${box.height}`).toBe(true);
    }
    // A click before hydration has no handler yet: retried until the status says it.
    await expect(async () => {
      await share.getByRole('button', { name: 'Chép đường dẫn' }).click();
      await expect(share.getByRole('status')).toHaveText('Đã chép đường dẫn', { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(articleUrl);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page, 'bài viết (chia sẻ)');
    expect(thirdParty).toEqual([]);
    await context.close();
  });

  test('the web app manifest answers in Vietnamese with icons that resolve, linked from every public page', async () => {
    const res = await reader.request.get('/manifest.webmanifest');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/manifest+json');
    const manifest = await res.json();
    expect(manifest).toMatchObject({ name: 'Bản tin', short_name: 'Bản tin', lang: 'vi', start_url: '/', theme_color: '#9f1239' });
    expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
    const page = await reader.newPage();
    await page.goto('/');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    const linked = await page.locator('link[rel="icon"][type="image/png"], link[rel="apple-touch-icon"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).getAttribute('href')!));
    expect(linked.length).toBeGreaterThanOrEqual(2);
    for (const src of [...manifest.icons.map((i: { src: string }) => i.src), ...linked]) {
      const icon = await reader.request.get(src);
      expect(icon.status(), src).toBe(200);
      expect(icon.headers()['content-type'], src).toBe('image/png');
    }
    await page.close();
  });

  test('a Video in a body: a bad link is refused in Vietnamese; a YouTube one asks nothing of YouTube until the reader clicks', async ({ browser }) => {
    const title = `Video đêm hội phố cổ ${run}`;
    const page = await editor.newPage();
    await gotoHydrated(page, '/editor/bai/moi');
    await page.getByLabel('Tiêu đề').fill(title);
    await page.getByLabel('Sapo').fill('Phố cổ thắp đèn lồng đón du khách trong đêm rằm tháng Giêng.');
    const body = await mdxSource(page);
    await body.fill('Mở đầu bài.\n\n<Video src="https://vimeo.com/123456" caption="Đêm hội" />');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page.getByTestId('form-errors')).toContainText('Dòng 3');
    await expect(page.getByTestId('form-errors')).toContainText('<Video> chỉ nhận liên kết video YouTube hoặc Facebook');
    await body.fill('Mở đầu bài.\n\n<Video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="Đêm hội phố cổ" caption="Phố cổ đêm rằm." credit="T.C" />\n\nKết bài.');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(page).toHaveURL(/\/editor\/bai\/[0-9a-f-]{36}$/);
    const slug = await page.getByLabel('Đường dẫn', { exact: true }).inputValue();
    await hydrated(page);
    await page.getByRole('button', { name: 'Đăng ngay' }).click();
    await expect(page.getByTestId('article-status')).toHaveText('Đã đăng');
    await page.close();

    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
    // Nothing may leave for another site; what tries is recorded (and never reaches the network here).
    const away: string[] = [];
    await context.route((url) => url.origin !== baseURL, (route) => {
      away.push(route.request().url());
      return route.abort();
    });
    const reading = await context.newPage();
    expect((await reading.goto(`/bai/${slug}`))?.status()).toBe(200);
    const play = reading.getByRole('button', { name: /Phát video: Đêm hội phố cổ/ });
    await expect(play).toBeVisible();
    await expect(reading.locator('figure.article-video figcaption')).toHaveText('Phố cổ đêm rằm. Video: T.C');
    await reading.waitForLoadState('networkidle');
    expect(away).toEqual([]);
    expect(await reading.locator('iframe').count()).toBe(0);
    await expectAccessible(reading, 'bài có video');
    expect(await reading.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // The click (retried: before hydration it has no handler) swaps in the youtube-nocookie player, which the CSP allows.
    const frameRequest = reading.waitForRequest((r) => r.url().startsWith('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'));
    await expect(async () => {
      if (await play.isVisible()) await play.click();
      await expect(reading.locator('iframe[title="Đêm hội phố cổ"]')).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ/, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await frameRequest;
    expect(away.every((u) => u.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    await context.close();
  });
});
