import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const SEED = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';
const SEED_TITLE = /Tổng kết công tác phối hợp hoạt động giữa Bộ CHQS tỉnh/;

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('a reader goes from the home page to the seed article and sees both photos credited', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Bản tin/);
  await page.getByRole('link', { name: SEED_TITLE }).first().click();
  await expect(page).toHaveURL(new RegExp(`/bai/${SEED}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);

  // Date and time as Vietnamese readers expect, in GMT+7 whatever the server's TZ.
  await expect(page.locator('article time').first()).toHaveText('Thứ Sáu, 27/11/2020 08:30 (GMT+7)');
  await expect(page.locator('article time').first()).toHaveAttribute('datetime', '2020-11-27T08:30:00+07:00');
  // Sapo in bold with the dateline.
  await expect(page.locator('article p.font-bold').first()).toContainText('(QNO) - Sáng nay 27.11, Ban chỉ đạo phối hợp hoạt động');

  const figures = page.locator('article .article-body figure');
  await expect(figures).toHaveCount(2);
  await expect(figures.nth(0).locator('figcaption')).toHaveText('Ban chỉ đạo ký kết chương trình phối hợp hoạt động giai đoạn 2021 - 2025. Ảnh: T.C');
  await expect(figures.nth(1).locator('figcaption')).toHaveText('Trao bằng khen các tập thể có thành tích xuất sắc trong công tác phối hợp giai đoạn 2015 - 2020. Ảnh: T.C');
  for (const i of [0, 1]) {
    const img = figures.nth(i).locator('img');
    await expect(img).toHaveAttribute('alt', /.+/);
    await expect(img).toHaveAttribute('width', /^\d+$/);
    await expect(img).toHaveAttribute('height', /^\d+$/);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
  // The first photo is above the fold: eager and high priority; the second lazy.
  await expect(figures.nth(0).locator('img')).toHaveAttribute('loading', 'eager');
  await expect(figures.nth(1).locator('img')).toHaveAttribute('loading', 'lazy');

  await expect(page.getByText('phút đọc')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Phối hợp hoạt động' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Chia sẻ qua Facebook' })).toHaveAttribute('href', /facebook\.com\/sharer/);
  await expectNoSeriousA11yViolations(page);
});

test('the article page carries metadata, JSON-LD NewsArticle and feed links', async ({ page, baseURL }) => {
  await page.goto(`/bai/${SEED}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/bai/${SEED}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Sáng nay 27\.11, Ban chỉ đạo/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /^http/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').count()).toBeGreaterThan(0);

  const raw = await page.locator('script[type="application/ld+json"]').first().textContent();
  const ld = JSON.parse(raw ?? '{}');
  expect(ld['@type']).toBe('NewsArticle');
  expect(ld.headline).toMatch(SEED_TITLE);
  expect(ld.datePublished).toBe('2020-11-27T08:30:00+07:00');
  expect(ld.dateModified).toMatch(/\+07:00$/);
  expect(ld.author[0].name).toBe('T.C');
  expect(ld.image[0]).toMatch(/^http/);
  expect(ld.publisher.name).toBeTruthy();
  expect(ld.articleSection).toBe('Quốc phòng – An ninh');
});

test('section, tag and author pages list the seed article', async ({ page }) => {
  for (const [path, heading] of [
    ['/chuyen-muc/quoc-phong-an-ninh', 'Quốc phòng – An ninh'],
    ['/the/phoi-hop-hoat-dong', 'Phối hợp hoạt động'],
    ['/tac-gia/t-c', 'T.C'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);
  }
});

test('sample articles are labelled "Bài mẫu"', async ({ page }) => {
  await page.goto('/chuyen-muc/dich-vu');
  await expect(page.getByText('Bài mẫu').first()).toBeVisible();
});

test('unknown addresses and ../ tricks answer a Vietnamese 404', async ({ page, request }) => {
  for (const path of ['/bai/khong-co-bai-nay', '/bai/..%2F..%2Fetc%2Fpasswd', '/chuyen-muc/khong-co', '/the/khong-co-the-nay', '/tac-gia/khong-ai', '/chuyen-muc/quoc-phong-an-ninh/trang/99', '/chuyen-muc/quoc-phong-an-ninh/trang/1', '/trang-chu/khac', '/khong-co-trang-nay', '/media/../package.json', '/media/content/..%2F..%2Fpackage.json']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
  }
  const res = await page.goto('/bai/khong-co-bai-nay');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('links are big enough to tap (axe target-size, as Lighthouse checks) and /favicon.ico exists', async ({ page, request }) => {
  for (const address of ['/', `/bai/${SEED}`, '/chuyen-muc/quoc-phong-an-ninh']) {
    await page.goto(address);
    const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${address}: ${n.target.join(' ')} — ${n.failureSummary}`))).toEqual([]);
  }
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/');
});

test('the RSS feeds and the sitemaps hold the seed article', async ({ request, baseURL }) => {
  const rss = await request.get('/rss.xml');
  expect(rss.headers()['content-type']).toContain('application/rss+xml');
  const rssText = await rss.text();
  expect(rssText).toMatch(/<rss [^>]*version="2.0"/);
  expect(rssText).toContain(`${baseURL}/bai/${SEED}`);

  const sectionRss = await (await request.get('/chuyen-muc/quoc-phong-an-ninh/rss.xml')).text();
  expect(sectionRss).toContain(`${baseURL}/bai/${SEED}`);
  expect((await request.get('/chuyen-muc/khong-co/rss.xml')).status()).toBe(404);

  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`${baseURL}/bai/${SEED}`);
  expect(sitemap).toContain(`${baseURL}/chuyen-muc/quoc-phong-an-ninh`);

  const news = await request.get('/news-sitemap.xml');
  expect(news.status()).toBe(200);
  expect(await news.text()).toContain('xmlns:news');

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toContain('Disallow: /editor');
});

test('malformed percent-encoding answers 400, never 500, on every kind of route', async ({ request }) => {
  // Only paths with a `%` reach the middleware (proxy.ts's matcher); each of these answered 500 without it.
  const paths = ['/bai/%E0%A4%A', '/bai/%ff%fe', '/bai/%', '/the/%C0%AF', '/the/%C3%28', '/tac-gia/%E0', '/tac-gia/%ZZ', '/%'];
  paths.push('/chuyen-muc/%ff', '/chuyen-muc/%E0%A4%A', '/chuyen-muc/%ff/rss.xml', '/chuyen-muc/x/trang/%E0', '/media/a/%ff', '/editor/bai/%ff');
  for (const path of paths) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
    expect(await res.text(), path).toContain('Địa chỉ không hợp lệ');
  }
  const api = await request.get('/api/v1/articles/%E0%A4%A');
  expect(api.status()).toBe(400);
  expect((await api.json()).error.code).toBe('bad_request');
});

test('the masthead shows today in Vietnamese; on a 360 px phone the menu opens with a button and reaches every section', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByTestId('masthead-date')).toHaveText(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}\/\d{2}\/\d{4}$/);
  // The menu is one button on a phone; opened, every section is on the screen, none cut off.
  const nav = page.getByRole('navigation', { name: 'Chuyên mục' });
  const button = nav.getByRole('button', { name: 'Chuyên mục' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Trang chủ' })).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const links = nav.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(7);
  for (const link of await links.all()) await expect(link).toBeInViewport();
  // The search is a link to its page, not a row of its own.
  await expect(page.getByRole('searchbox', { name: 'Tìm kiếm' })).toBeHidden();
  await page.getByRole('banner').getByRole('link', { name: 'Tìm kiếm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem$/);
  await expect(page.getByRole('heading', { name: 'Tìm kiếm', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});

test('every public page announces the RSS feed and passes axe on a 360 px phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of ['/', `/bai/${SEED}`, '/chuyen-muc/dich-vu']) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', /\/rss\.xml$/);
    // Nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
  }
  await context.close();
});

test('on a short page the footer sits at the bottom of the screen, no white band under it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 1400 } });
  const page = await context.newPage();
  for (const path of ['/the/khong-co-the-nay', '/dang-nhap-khong-co']) {
    await page.goto(path);
    const gap = await page.evaluate(() => innerHeight - document.querySelector('footer')!.getBoundingClientRect().bottom);
    expect(gap, path).toBeLessThanOrEqual(1);
  }
  await context.close();
});

test('public pages are cached and never set cookies', async ({ request }) => {
  for (const path of ['/', `/bai/${SEED}`, '/chuyen-muc/quoc-phong-an-ninh']) {
    const res = await request.get(path);
    expect(res.headers()['set-cookie'], path).toBeUndefined();
    expect(res.headers()['cache-control'], path).toMatch(/s-maxage=\d+/);
  }
});

test('the print stylesheet hides navigation and share links', async ({ page }) => {
  await page.goto(`/bai/${SEED}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.share-links')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Chuyên mục' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
