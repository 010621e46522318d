import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { e2eAdmin } from '../playwright.config';
import { mdxSource } from './mdx-source';
import { signedInPage } from './session';

const SEED = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';

async function expectNoSeriousAxe(page: import('@playwright/test').Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a reader types "phoi hop hoat dong" in the header and reaches the seed article', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  await box.fill('phoi hop hoat dong');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\?q=phoi\+hop\+hoat\+dong/);
  await expect(page.getByRole('status')).toContainText('Tìm thấy');
  const first = page.getByRole('heading', { level: 3 }).first();
  // The words are highlighted with their real accents.
  await expect(first.locator('mark').first()).toHaveText(/phối hợp hoạt động/i);
  await first.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/bai/${SEED}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('phối hợp hoạt động');
});

test('the article page reports a view with a beacon after load and stays a cached page', async ({ page }) => {
  const beacon = page.waitForRequest((r) => r.url().endsWith('/api/xem') && r.method() === 'POST');
  const response = await page.goto(`/bai/${SEED}`);
  expect(response?.headers()['set-cookie']).toBeUndefined();
  const req = await beacon;
  // (A Blob body is not visible to Playwright; the unit tests check what the endpoint counts.)
  expect(req.headers()['content-type']).toContain('text/plain');
  expect((await req.response())?.status()).toBe(204);
});

test('nothing found: a clear message and ways to go on', async ({ page }) => {
  await page.goto('/tim-kiem?q=' + encodeURIComponent('phoi hop khủnglong'));
  await expect(page.getByRole('heading', { name: /Không tìm thấy bài viết nào cho “phoi hop khủnglong”/ })).toBeVisible();
  // One word fewer finds the seed article.
  await page.getByRole('link', { name: 'phoi hop', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Tìm thấy');
  await page.goBack();
  await expect(page.getByRole('navigation', { name: 'Xem theo chuyên mục' }).getByRole('link', { name: 'Thời sự' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tin mới nhất' })).toBeVisible();
  await expectNoSeriousAxe(page);
});

test('hostile input is searched as words, never an error', async ({ page }) => {
  for (const q of ['"phoi hop', "'; drop table articles; --", 'NEAR(phoi OR hop*)', '🎉'.repeat(50), 'x'.repeat(3000)]) {
    const response = await page.goto('/tim-kiem?q=' + encodeURIComponent(q));
    expect(response?.status(), q.slice(0, 20)).toBe(200);
    await expect(page.getByRole('heading', { name: 'Tìm kiếm', level: 1 })).toBeVisible();
  }
});

test('filter by section and dates (GMT+7)', async ({ page }) => {
  await page.goto('/tim-kiem?q=huong+dan');
  await expect(page.getByRole('status')).toContainText('Tìm thấy');
  const all = await page.locator('ol > li').count();
  expect(all).toBeGreaterThan(1);
  await page.getByRole('combobox', { name: 'Chuyên mục' }).selectOption({ label: 'Văn hóa' });
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
  await expect(page).toHaveURL(/section=van-hoa/);
  await expect(page.getByRole('status')).toContainText('chuyên mục Văn hóa');
  const items = page.locator('ol > li');
  expect(await items.count()).toBeGreaterThan(0);
  expect(await items.count()).toBeLessThan(all);
  for (const kicker of await items.locator('article > a').first().allTextContents()) expect(kicker).toBe('Văn hóa');

  await page.goto('/tim-kiem?q=bo+chqs+tinh&from=2020-11-27&to=2020-11-27');
  await expect(page.getByRole('link', { name: /Tổng kết công tác phối hợp/ })).toBeVisible();
  // A closed range after the seed's day (other specs publish articles today that may match too).
  await page.goto('/tim-kiem?q=bo+chqs+tinh&from=2020-11-28&to=2020-12-31');
  await expect(page.getByRole('heading', { name: /Không tìm thấy/ })).toBeVisible();
  await page.goto('/tim-kiem?q=phoi+hop&from=2020-13-45');
  await expect(page.getByText('Ngày bắt đầu không phải là một ngày có thật.')).toBeVisible();
  await expectNoSeriousAxe(page);
});

test('the search page has no serious accessibility problem', async ({ page }) => {
  await page.goto('/tim-kiem?q=phoi+hop');
  await expect(page.getByRole('status')).toContainText('Tìm thấy');
  await expectNoSeriousAxe(page);
  await page.goto('/tim-kiem');
  await expectNoSeriousAxe(page);
});

test('the JSON API answers with CORS, cache headers and Vietnamese errors', async ({ request }) => {
  const search = await request.get('/api/v1/search?q=phoi%20hop%20hoat%20dong', { headers: { Origin: 'https://example.org' } });
  expect(search.status()).toBe(200);
  expect(search.headers()['access-control-allow-origin']).toBe('*');
  expect(search.headers()['content-type']).toContain('application/json');
  expect(search.headers()['cache-control']).toContain('s-maxage=300');
  const found = await search.json();
  expect(found.items[0].slug).toBe(SEED);
  expect(found.items[0].titleHtml).toContain('<mark>phối hợp hoạt động</mark>');

  const one = await (await request.get(`/api/v1/articles/${SEED}`)).json();
  expect(one.title).toContain('phối hợp hoạt động');
  expect(one.bylines[0]).toMatchObject({ name: 'T.C', role: 'reporter' });
  expect(one.body.mdx).toContain('<Figure');
  expect(one.body.html).toContain('<figcaption>');
  expect(one.body.html).not.toContain('<script');
  expect(one.body.figures).toHaveLength(2);
  expect(one.body.figures[0]).toMatchObject({ credit: 'T.C', creditLine: 'Ảnh: T.C' });

  const list = await (await request.get('/api/v1/articles?section=quoc-phong-an-ninh&per_page=5')).json();
  expect(list.items.map((a: { slug: string }) => a.slug)).toContain(SEED);
  const byTag = await (await request.get('/api/v1/articles?tag=phoi-hop-hoat-dong&author=t-c')).json();
  expect(byTag.items.map((a: { slug: string }) => a.slug)).toEqual([SEED]);
  const sections = await (await request.get('/api/v1/sections')).json();
  expect(sections.items.length).toBeGreaterThan(3);

  const bad = await request.get('/api/v1/articles?page=abc');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain('Số trang phải là số nguyên dương');
  expect((await request.get('/api/v1/articles?section=khong-co')).status()).toBe(400);
  expect((await request.get('/api/v1/search')).status()).toBe(400);
  const missing = await request.get('/api/v1/articles/khong-co-bai-nay');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.message).toBe('Không tìm thấy bài viết.');
  expect((await request.get('/api/v1/khong-co')).status()).toBe(404);

  const preflight = await request.fetch('/api/v1/articles', { method: 'OPTIONS', headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-methods']).toContain('GET');
});

test('the search page suggests titles as the reader types, by keyboard: ↓ picks, Enter opens, Esc closes', async ({ page }) => {
  await page.goto('/tim-kiem');
  const box = page.getByRole('combobox', { name: 'Từ khóa' });
  const suggested = page.waitForResponse((r) => r.url().includes('/api/v1/search/suggest?q='));
  await box.pressSequentially('tong ket cong tac phoi ho', { delay: 20 });
  const response = await suggested;
  expect(response.headers()['cache-control']).toContain('s-maxage');
  const list = page.getByRole('listbox', { name: 'Gợi ý bài viết' });
  await expect(list.getByRole('option').first()).toContainText(/Tổng kết công tác phối hợp/i);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousAxe(page);
  await box.press('Escape');
  await expect(list).toBeHidden();
  await box.press('ArrowDown');
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/bai/${SEED}$`));
});

test('a search cached before a publish finds the new article right after it (the bounded cache follows the listings tag)', async ({ browser, page }) => {
  const word = `xq${Date.now().toString(36)}`;
  const find = async () => {
    await page.goto('/tim-kiem?q=' + word);
    return page.getByRole('heading', { name: new RegExp(`Không tìm thấy bài viết nào cho “${word}”`) });
  };
  // Asked twice: the second answer comes from the cache.
  await expect(await find()).toBeVisible();
  await expect(await find()).toBeVisible();

  const editor = await signedInPage(browser, e2eAdmin, '/editor/bai/moi');
  await editor.getByLabel('Tiêu đề').fill(`Khánh thành cầu ${word}`);
  await editor.getByLabel('Sapo').fill('Cây cầu mới nối hai bờ sông.');
  await (await mdxSource(editor)).fill('Người dân hai bờ vui mừng.');
  await editor.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Bản nháp');
  await editor.getByRole('button', { name: 'Đăng ngay' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã đăng');
  await editor.context().close();

  await page.goto('/tim-kiem?q=' + word.toUpperCase());
  await expect(page.getByRole('status')).toContainText('Tìm thấy');
  await expect(page.getByRole('heading', { level: 3 }).first()).toContainText(`Khánh thành cầu ${word}`);
});
