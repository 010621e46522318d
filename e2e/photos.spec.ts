import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { gotoHydrated } from './hydration';
import { mdxSource } from './mdx-source';
import { signedInPage } from './session';

/**
 * Photos as a newsroom uses them: a reporter uploads two photos (one with a
 * GPS position in its EXIF) into a draft, gives each a caption and a credit,
 * inserts them into the body; a file that is not a photo gets its own
 * message. An editor publishes. A reader sees both figures with "Ảnh: …"
 * under them, and the bytes the reader gets carry no EXIF.
 */

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
const reporter = { name: 'Trần Công', email: `pv-anh-${stamp}@bantin.test`, password: 'mat-khau-phong-vien-1' };
const editor = { name: 'Biên Tập Viên', email: `btv-anh-${stamp}@bantin.test`, password: 'mat-khau-bien-tap-1' };
const title = `Ra quân mùa mưa bão ${stamp}: lực lượng vũ trang tỉnh sẵn sàng ứng cứu`;
let articleUrl = '';
let slug = '';

function createUser(u: { name: string; email: string; password: string }, role: string) {
  execFileSync('npx', ['tsx', 'scripts/user-create.ts', '--email', u.email, '--role', role, '--name', u.name, '--password', u.password], {
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}) },
    stdio: 'pipe',
  });
}


async function expectNoSeriousA11y(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function cameraPhoto(color: string, withGps: boolean): Promise<Buffer> {
  const img = sharp({ create: { width: 2400, height: 1600, channels: 3, background: color, noise: { type: 'gaussian', mean: 120, sigma: 30 } } });
  const exif = withGps
    ? img.withExif({ IFD0: { Make: 'Canon', Model: 'EOS R6' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '15/1 34/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '108/1 28/1 30/1' } })
    : img;
  return exif.jpeg({ quality: 85 }).toBuffer();
}

test.beforeAll(() => {
  createUser(reporter, 'reporter');
  createUser(editor, 'editor');
});

test('a reporter uploads two photos with captions and credits into a draft', async ({ browser }) => {
  const page = await signedInPage(browser, reporter, '/editor/bai/moi');
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Sapo').fill('Sáng nay, lực lượng vũ trang tỉnh tổ chức lễ ra quân ứng phó mùa mưa bão, sẵn sàng phương tiện cứu hộ cứu nạn.');
  await (await mdxSource(page)).fill('Sáng nay, Bộ CHQS tỉnh tổ chức lễ ra quân.\n\nCác đơn vị kiểm tra phương tiện, vật tư cứu hộ.');

  const panel = page.getByRole('region', { name: 'Ảnh của bài' });
  await panel.getByLabel(/Chọn ảnh từ máy/).setInputFiles([
    { name: 'ra-quan.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto('#335577', true) },
    { name: 'kiem-tra-xuong.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto('#775533', false) },
    { name: 'khong-phai-anh.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') },
  ]);
  const uploads = panel.getByRole('list', { name: 'Ảnh đang tải lên' });
  await expect(uploads.locator('[data-upload-state="done"]')).toHaveCount(2, { timeout: 30_000 });
  const refused = uploads.locator('[data-upload-state="error"]');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText('khong-phai-anh.jpg');
  await expect(refused.getByRole('alert')).toContainText('không phải ảnh JPEG, PNG, WebP hay AVIF');

  // The credit is prefilled with the uploader's byline initials (the photos name no photographer).
  await expect(panel.getByLabel('Người chụp — ảnh 1')).toHaveValue('T.C');
  await expect(panel.getByLabel('Người chụp — ảnh 2')).toHaveValue('T.C');
  const photos = [
    { alt: 'Bộ đội xếp hàng trong lễ ra quân', caption: 'Lễ ra quân ứng phó mùa mưa bão.', credit: 'T.C' },
    { alt: 'Kiểm tra xuồng cứu hộ', caption: 'Kiểm tra phương tiện cứu hộ trước mùa bão.', credit: 'Lê Văn Dũng' },
  ];
  for (const [i, p] of photos.entries()) {
    await panel.getByLabel(`Mô tả ảnh cho người khiếm thị — ảnh ${i + 1}`).fill(p.alt);
    await panel.getByLabel(`Chú thích — ảnh ${i + 1}`).fill(p.caption);
    await panel.getByLabel(`Người chụp — ảnh ${i + 1}`).fill(p.credit);
    await (await mdxSource(page)).press('ControlOrMeta+End');
    await panel.getByRole('button', { name: 'Chèn vào nội dung' }).nth(i).click();
  }
  const body = await (await mdxSource(page)).inputValue();
  expect(body.match(/<Figure src="\/media\/[0-9a-f]{32}"/g)).toHaveLength(2);
  expect(body).toContain('caption="Kiểm tra phương tiện cứu hộ trước mùa bão." credit="Lê Văn Dũng"');

  // Grouping both into a <Gallery> keeps each photo's caption and credit (then undone: this article keeps two figures).
  await panel.getByRole('checkbox', { name: 'Đưa vào bộ ảnh' }).nth(0).check();
  await panel.getByRole('checkbox', { name: 'Đưa vào bộ ảnh' }).nth(1).check();
  await panel.getByLabel('Chú thích chung của bộ ảnh (không bắt buộc)').fill('Toàn cảnh lễ ra quân');
  await panel.getByRole('button', { name: 'Chèn bộ 2 ảnh' }).click();
  const withGallery = await (await mdxSource(page)).inputValue();
  expect(withGallery).toMatch(/<Gallery caption="Toàn cảnh lễ ra quân">\n<Figure [^\n]*credit="T.C" \/>\n<Figure [^\n]*caption="Kiểm tra phương tiện cứu hộ trước mùa bão." credit="Lê Văn Dũng" \/>\n<\/Gallery>/);
  await (await mdxSource(page)).fill(body);

  // The first photo is also the cover.
  await panel.getByRole('button', { name: 'Đặt làm ảnh bìa' }).first().click();
  // Picked, not typed: the cover shows the photo, and no path box is left to type into.
  await expect(page.locator('input[name="cover.src"]')).toHaveValue(/^\/media\/[0-9a-f]{32}$/);
  await expect(page.getByRole('img', { name: 'Ảnh bìa đã chọn' })).toBeVisible();
  await expect(page.getByLabel('Người chụp ảnh bìa')).toHaveValue('T.C');

  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/editor\/bai\/[^/]+$/);
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu/ }).first()).toBeVisible();
  articleUrl = new URL(page.url()).pathname;
  slug = await page.getByLabel('Đường dẫn', { exact: true }).inputValue();
  expect(slug).toMatch(/^ra-quan-mua-mua-bao/);
  await expectNoSeriousA11y(page);
  // The reporter is done: closing the tab lets the editor open it with no "… đang sửa bài này".
  await page.close({ runBeforeUnload: true });
});

test('the library lists both photos, finds them without accents, and says where they are used', async ({ browser }) => {
  const page = await signedInPage(browser, reporter, '/editor/anh');
  await page.getByLabel(/Tìm theo chú thích hoặc người chụp/).fill('le van dung');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page).toHaveURL(/q=le\+van\+dung/);
  // The library keeps the upload's own details (initials); articles carry their own captions.
  await expect(page.locator('[data-media-id]')).toHaveCount(0);
  await page.getByLabel(/Tìm theo chú thích hoặc người chụp/).fill('t.c');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  // Other specs of the same run upload photos credited T.C too (same byline initials): count this article's.
  const items = page.locator('[data-media-id]').filter({ has: page.getByRole('link', { name: title }) });
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(`Tải lên bởi ${reporter.name}`);
  await expect(items.first().getByRole('link', { name: title })).toBeVisible();

  // Edit a photo's library details.
  const first = items.first();
  await first.getByText('Sửa thông tin ảnh').click();
  await first.getByLabel('Chú thích').fill('Lực lượng vũ trang tỉnh ra quân');
  await first.getByRole('button', { name: 'Lưu thông tin ảnh' }).click();
  await expect(first.getByRole('status')).toHaveText('Đã lưu thông tin ảnh.');
  await gotoHydrated(page, '/editor/anh?q=LUC+LUONG');
  await expect(page.locator('[data-media-id]')).toHaveCount(1);
  await expectNoSeriousA11y(page);
});

test('an editor publishes; a reader sees both figures with their credits, and no EXIF', async ({ browser }) => {
  const page = await signedInPage(browser, editor, articleUrl);
  await page.getByRole('button', { name: 'Đăng ngay' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Đã đăng/ }).first()).toBeVisible();

  const reader = await (await browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 2 })).newPage();
  await reader.goto(`/bai/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  const figures = reader.locator('article figure');
  await expect(figures).toHaveCount(2);
  await expect(figures.nth(0).locator('figcaption')).toHaveText('Lễ ra quân ứng phó mùa mưa bão. Ảnh: T.C');
  await expect(figures.nth(1).locator('figcaption')).toHaveText('Kiểm tra phương tiện cứu hộ trước mùa bão. Ảnh: Lê Văn Dũng');

  for (let i = 0; i < 2; i++) {
    const img = figures.nth(i).locator('img');
    await expect(img).toHaveAttribute('alt', i === 0 ? 'Bộ đội xếp hàng trong lễ ra quân' : 'Kiểm tra xuồng cứu hộ');
    await expect(img).toHaveAttribute('width', '1600');
    await expect(img).toHaveAttribute('height', '1067');
    // The first is the cover (above the fold): eager, high priority. The second waits until it is near.
    await expect(img).toHaveAttribute('loading', i === 0 ? 'eager' : 'lazy');
    if (i === 0) await expect(img).toHaveAttribute('fetchpriority', 'high');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    const src = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
    // A 360px phone at DPR 2 gets the 960 variant, in AVIF.
    expect(src).toMatch(/\/media\/[0-9a-f]{32}\/960\.avif$/);
    const res = await reader.request.get(src);
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers()['content-type']).toBe('image/avif');
    const bytes = await res.body();
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('Exif\0\0'))).toBe(false);
    expect(bytes.includes(Buffer.from('Canon'))).toBe(false);
    const webp = await reader.request.get(src.replace('.avif', '.webp'));
    expect((await sharp(await webp.body()).metadata()).exif).toBeUndefined();
  }
  // Originals are never served, and no path leaves the media root.
  const id = /\/media\/([0-9a-f]{32})\//.exec(await figures.nth(0).locator('img').getAttribute('src') ?? '')![1]!;
  for (const path of [`/media/originals/${id}`, '/media/..%2f..%2fbantin.sqlite', '/media/%2e%2e/%2e%2e/etc/passwd', `/media/${id}/..%2f..%2foriginals%2f${id}`]) {
    expect((await reader.request.get(path)).status(), path).toBe(404);
  }
  await expectNoSeriousA11y(reader);
});

test('the upload API checks the origin and the session itself', async ({ request, baseURL }) => {
  const file = { name: 'a.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto('#123456', false) };
  const crossSite = await request.post('/api/media', { multipart: { file }, headers: { Origin: 'https://evil.example' } });
  expect(crossSite.status()).toBe(403);
  expect((await crossSite.json()).error).toMatch(/không đến từ trang biên tập/);
  const signedOut = await request.post('/api/media', { multipart: { file }, headers: { Origin: baseURL! } });
  expect(signedOut.status()).toBe(401);
  expect((await signedOut.json()).error).toMatch(/đăng nhập/i);
  expect((await request.get('/api/media?q=x')).status()).toBe(401);
});

test('every pick gets its rows: a second pick shows its photo done and a disguised SVG refused with the reason', async ({ browser }) => {
  const page = await signedInPage(browser, reporter, '/editor/bai/moi');
  const panel = page.getByRole('region', { name: 'Ảnh của bài' });
  const input = panel.getByLabel('Chọn ảnh từ máy (được chọn nhiều ảnh)');
  // A styled button, not the browser's "Choose Files": the input is hidden from sight but still takes the keyboard focus.
  await expect(panel.locator('label', { hasText: 'Chọn ảnh từ máy' })).toBeVisible();
  expect((await input.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await input.focus();
  await expect(input).toBeFocused();

  const uploads = panel.getByRole('list', { name: 'Ảnh đang tải lên' });
  await input.setInputFiles([{ name: 'lan-dau.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto('#225533', false) }]);
  await expect(uploads.locator('li', { hasText: 'lan-dau.jpg' })).toHaveAttribute('data-upload-state', 'done', { timeout: 30_000 });

  await input.setInputFiles([
    { name: 'lan-hai.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto('#553322', false) },
    { name: 'svg-doi-ten.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9"/></svg>') },
  ]);
  await expect(uploads.locator('li')).toHaveCount(3);
  await expect(uploads.locator('li', { hasText: 'lan-hai.jpg' })).toHaveAttribute('data-upload-state', 'done', { timeout: 30_000 });
  await expect(uploads.locator('li', { hasText: 'lan-hai.jpg' })).toContainText('Xong');
  const refused = uploads.locator('li', { hasText: 'svg-doi-ten.jpg' });
  await expect(refused).toHaveAttribute('data-upload-state', 'error');
  await expect(refused.getByRole('alert')).toContainText('không phải ảnh JPEG, PNG, WebP hay AVIF');
  await expectNoSeriousA11y(page);
});
