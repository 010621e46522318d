import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { mdxSource } from './mdx-source';
import { dropFile, photo } from './photo-files';
import { signedInPage } from './session';

/**
 * Issue 9's whole scenario, as a person does it: on a 1366 px desktop and on a 360 px phone, an
 * editor opens a new article, writes a bulletin with bold text and a link, pastes a Word paragraph,
 * drops two photos and types their alt text, captions and credits on the cards, and publishes
 * straight from the new article (no draft first). Readers then see it as written. Each step is
 * counted (clicks, keystrokes) and printed beside what the same bulletin costs typed as raw MDX.
 */

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
const editorPerson = { name: 'Trần Thu Cúc', email: `bt-kichban-${stamp}@bantin.test`, password: 'mat-khau-bien-tap-9' };
const baseURL = `http://localhost:${Number(process.env.E2E_PORT || 3210)}`;

test.beforeAll(() => {
  execFileSync('npx', ['tsx', 'scripts/user-create.ts', '--email', editorPerson.email, '--role', 'editor', '--name', editorPerson.name, '--password', editorPerson.password], {
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}) },
    stdio: 'pipe',
  });
});

const body = (page: Page) => page.getByRole('textbox', { name: 'Nội dung', exact: true });


/** What a person does, counted: each click, and each key (a shortcut chord is one). */
class Tally {
  clicks = 0;
  keys = 0;
  constructor(private page: Page) {}
  async click(target: { click: () => Promise<void> }) {
    this.clicks++;
    await target.click();
  }
  async fill(target: { fill: (v: string) => Promise<void> }, text: string) {
    this.clicks++;
    this.keys += text.length;
    await target.fill(text);
  }
  async type(text: string) {
    this.keys += text.length;
    await this.page.keyboard.type(text);
  }
  async press(key: string, times = 1) {
    this.keys += times;
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }
}


/** Clipboard HTML from Word, as the browser delivers a paste (Ctrl+V: one keystroke). */
async function pasteWord(page: Page): Promise<string> {
  const html = fs.readFileSync(path.resolve('e2e', 'fixtures', 'paste-word.html'), 'utf8');
  const plain = html.replace(/<[^>]*>/g, '');
  await body(page).evaluate(
    (el, data) => {
      const dt = new DataTransfer();
      dt.setData('text/html', data.html);
      dt.setData('text/plain', data.plain);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    { html, plain },
  );
  return plain;
}

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 360, height: 740 },
]) {
  test(`at ${viewport.width} px an editor writes a bulletin with bold, a link, a Word paragraph and two dropped photos, and publishes it from the new article`, async ({ browser }) => {
    const page = await signedInPage(browser, editorPerson, '/editor/bai/moi', { viewport, isMobile: viewport.width < 400, hasTouch: viewport.width < 400 });
    const t = new Tally(page);
    const title = `Ra quân phòng chống bão số 13 tại Tam Kỳ ${stamp} ${viewport.width}`;
    const summary = 'Lực lượng vũ trang và người dân thành phố Tam Kỳ ra quân gia cố nhà cửa, sơ tán dân vùng thấp.';
    await t.fill(page.getByLabel('Tiêu đề'), title);
    await t.fill(page.getByLabel('Sapo'), summary);
    t.clicks += 2;
    await page.getByLabel('Chuyên mục', { exact: true }).selectOption('thoi-su');

    const first = 'Sáng nay, Ban Chỉ huy Quân sự tỉnh ra quân, xem cổng tỉnh.';
    const second = 'Chiều cùng ngày, các xã ven biển hoàn thành sơ tán.';
    await t.click(body(page));
    await t.type('Sáng nay, ');
    await t.press('ControlOrMeta+b');
    await t.type('Ban Chỉ huy Quân sự tỉnh');
    await t.press('ControlOrMeta+b');
    await t.type(' ra quân, xem cổng tỉnh');
    await t.press('Shift+ArrowLeft', 'cổng tỉnh'.length);
    await t.press('ControlOrMeta+k');
    await t.fill(page.getByLabel('Địa chỉ liên kết'), 'quangnam.gov.vn');
    await t.press('Enter');
    await expect(body(page).getByRole('link', { name: 'cổng tỉnh' })).toBeVisible();
    await t.press('End');
    await t.type('.');
    await t.press('Enter');
    await t.type(second);
    await t.press('Enter');
    t.keys++;
    const pastedPlain = await pasteWord(page);
    await expect(body(page)).toContainText('Hòa Thuận');

    // Two photos from the desktop, each dropped where it belongs; each card gets its words.
    const cards = body(page).locator('figure');
    const photos = [
      { at: second, name: 'so-tan-ven-bien.jpg', alt: 'Người dân xã ven biển lên xe sơ tán', caption: 'Sơ tán dân vùng thấp chiều nay.', credit: 'T.C', rgb: [40, 90, 150] as const },
      { at: first, name: 'ra-quan-tam-ky.jpg', alt: 'Lực lượng vũ trang xếp hàng ra quân', caption: 'Lễ ra quân sáng nay tại Tam Kỳ.', credit: 'Minh Hải', rgb: [150, 60, 40] as const },
    ];
    for (const [i, p] of photos.entries()) {
      t.clicks++;
      await dropFile(page, p.at, { name: p.name, type: 'image/jpeg', base64: await photo(p.rgb[0], p.rgb[1], p.rgb[2]) });
      await expect(cards).toHaveCount(i + 1, { timeout: 30_000 });
      await expect(body(page).getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
    }
    // The second drop went above the first paragraph: cards in page order are photo 2, then photo 1.
    for (const [i, p] of [photos[1]!, photos[0]!].entries()) {
      const card = cards.nth(i);
      await t.fill(card.getByLabel('Mô tả ảnh cho người khiếm thị'), p.alt);
      await t.fill(card.getByLabel('Chú thích ảnh'), p.caption);
      await t.fill(card.getByLabel('Người chụp'), p.credit);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

    const mdx = await (await mdxSource(page)).inputValue();
    expect(mdx).toContain('**Ban Chỉ huy Quân sự tỉnh**');
    expect(mdx).toContain('[cổng tỉnh](https://quangnam.gov.vn)');
    expect(mdx).toContain('**phường** Hòa Thuận');
    expect(mdx.match(/<Figure src="\/media\/[0-9a-f]{32}"/g)).toHaveLength(2);
    // The source view was only looked at for the check: back to the visual editor, then publish.
    await page.getByRole('button', { name: 'Soạn thảo', exact: true }).click();

    await t.click(page.getByRole('button', { name: 'Đăng ngay' }));
    await expect(page.getByText('Đã đăng bài. Bạn đọc thấy bài ngay bây giờ.')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('article-status')).toHaveText('Đã đăng');
    await expect(page).toHaveURL(/\/editor\/bai\/[0-9a-f-]{36}$/);

    // Readers see it as written: bold, the link, both photos with their captions and credits.
    const slug = await page.getByLabel('Đường dẫn', { exact: true }).inputValue();
    const reader = await playwrightRequest.newContext({ baseURL });
    const html = await (await reader.get(`/bai/${slug}`)).text();
    expect(html).toContain('<strong>Ban Chỉ huy Quân sự tỉnh</strong>');
    expect(html).toMatch(/<a [^>]*href="https:\/\/quangnam\.gov\.vn"[^>]*>cổng tỉnh<\/a>/);
    for (const p of photos) {
      expect(html).toContain(p.caption);
      expect(html).toContain(`Ảnh: ${p.credit}`);
    }
    await reader.dispose();

    // The same bulletin in the old editor: every character of the MDX typed in the textarea (a Word paste
    // there carries plain text only, so the marks are typed by hand), and each photo uploaded in the photo
    // panel (pick, choose the file, insert) before its caption and credit are typed into the attribute text.
    const oldKeys = title.length + summary.length + (mdx.length - pastedPlain.trim().length) + 1;
    const oldClicks = 2 + 2 + 1 + photos.length * 3 + 1;
    console.log(`bulletin at ${viewport.width} px: ${t.clicks} clicks, ${t.keys} keystrokes (old textarea editor, same bulletin: about ${oldClicks} clicks, ${oldKeys} keystrokes)`);
    await page.context().close();
  });
}
