import { execFileSync } from 'node:child_process';
import { expect, type Page, test } from '@playwright/test';
import { mdxSource } from './mdx-source';
import { dropFile, photo } from './photo-files';
import { signedInPage } from './session';

/**
 * A photo file dropped on the visual body, or pasted into it, is uploaded through
 * /api/media with a progress card at that place and becomes a <Figure> card there; a file
 * the server refuses leaves the body as it was and says why in Vietnamese.
 */

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
const reporter = { name: 'Lê Thu Hà', email: `pv-tha-${stamp}@bantin.test`, password: 'mat-khau-phong-vien-3' };

test.beforeAll(() => {
  execFileSync('npx', ['tsx', 'scripts/user-create.ts', '--email', reporter.email, '--role', 'reporter', '--name', reporter.name, '--password', reporter.password], {
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}) },
    stdio: 'pipe',
  });
});


const body = (page: Page) => page.getByRole('textbox', { name: 'Nội dung', exact: true });
/** What the form posts and autosave sends. */
const postedBody = (page: Page) => page.locator('input[type="hidden"][name="body"]');



async function pasteFile(page: Page, file: { name: string; type: string; base64: string }) {
  await page.evaluate((file) => {
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], file.name, { type: file.type }));
    document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, file);
}

async function startWith(page: Page, mdx: string) {
  await (await mdxSource(page)).fill(mdx);
  await page.getByRole('button', { name: 'Soạn thảo', exact: true }).click();
  await expect(body(page)).toBeVisible();
}

test('a photo dropped between two paragraphs uploads with progress and becomes a Figure card there', async ({ browser }) => {
  const page = await signedInPage(browser, reporter, '/editor/bai/moi');
  await page.getByLabel('Tiêu đề').fill(`Thả ảnh vào bài ${stamp}`);
  await startWith(page, 'Đoạn một.\n\nĐoạn hai.');
  const before = await postedBody(page).inputValue();

  // The answer is held back a little so the progress card can be seen (on localhost it is instant).
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/media', async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  });

  await dropFile(page, 'Đoạn hai.', { name: 'le-ra-quan.jpg', type: 'image/jpeg', base64: await photo(40, 90, 150) });
  const bar = page.getByRole('progressbar', { name: 'Đang tải ảnh lên: le-ra-quan.jpg' });
  await expect(bar).toBeVisible();
  await expect(page.locator('[data-upload-card]')).toContainText(/Đang tải ảnh lên… \d+%|Đang xử lý ảnh…/);
  // The placeholder is no content: what the form would post (and autosave send) has not changed.
  expect(await postedBody(page).inputValue()).toBe(before);
  release();

  await expect(bar).toHaveCount(0, { timeout: 30_000 });
  const card = body(page).locator('figure');
  await expect(card).toHaveCount(1);
  const img = card.locator('img');
  await expect(img).toHaveAttribute('src', /^\/media\/[0-9a-f]{32}\//);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);

  // Alt text is typed on the card; the card sits where it was dropped.
  await card.getByLabel('Mô tả ảnh cho người khiếm thị').fill('Lực lượng ra quân');
  await card.getByLabel('Chú thích ảnh').fill('Lễ ra quân sáng nay.');
  const mdx = await (await mdxSource(page)).inputValue();
  expect(mdx).toMatch(/^Đoạn một\.\n\n<Figure src="\/media\/[0-9a-f]{32}" alt="Lực lượng ra quân" caption="Lễ ra quân sáng nay\."[^>]*\/>\n\nĐoạn hai\.$/);
});

test('a text file renamed .jpg is refused in Vietnamese and the body stays as it was', async ({ browser }) => {
  const page = await signedInPage(browser, reporter, '/editor/bai/moi');
  await startWith(page, 'Đoạn một.\n\nĐoạn hai.');
  const before = await postedBody(page).inputValue();
  await dropFile(page, 'Đoạn hai.', { name: 'khong-phai-anh.jpg', type: 'image/jpeg', base64: Buffer.from('Đây là chữ, không phải ảnh.\n').toString('base64') });
  const alert = page.getByRole('alert').filter({ hasText: 'Không chèn được ảnh' });
  await expect(alert).toContainText('khong-phai-anh.jpg: Tệp không phải ảnh JPEG, PNG, WebP hay AVIF/HEIF');
  await expect(page.locator('[data-upload-card]')).toHaveCount(0);
  await expect(body(page).locator('figure')).toHaveCount(0);
  expect(await postedBody(page).inputValue()).toBe(before);
  expect(await (await mdxSource(page)).inputValue()).toBe('Đoạn một.\n\nĐoạn hai.');
});

test('a photo file pasted from the clipboard is uploaded and put at the cursor', async ({ browser }) => {
  const page = await signedInPage(browser, reporter, '/editor/bai/moi');
  await startWith(page, 'Đoạn một.');
  await body(page).getByText('Đoạn một.').click();
  await page.keyboard.press('End');
  await pasteFile(page, { name: 'image.png', type: 'image/jpeg', base64: await photo(160, 60, 30) });
  await expect(body(page).locator('figure img')).toHaveAttribute('src', /^\/media\/[0-9a-f]{32}\//, { timeout: 30_000 });
  expect(await (await mdxSource(page)).inputValue()).toMatch(/^Đoạn một\.\n\n<Figure src="\/media\/[0-9a-f]{32}"[^>]*\/>$/);
});
