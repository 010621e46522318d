import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { mdxSource } from './mdx-source';
import { signedInPage } from './session';

/**
 * The visual body editor as a reporter uses it: toolbar and shortcuts, the
 * "Mã nguồn (MDX)" view and back with nothing lost, photo and quote cards edited
 * in place, and the whole page at 360 px.
 */

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
const reporter = { name: 'Nguyễn Minh Hải', email: `pv-soan-${stamp}@bantin.test`, password: 'mat-khau-phong-vien-2' };

test.beforeAll(() => {
  execFileSync('npx', ['tsx', 'scripts/user-create.ts', '--email', reporter.email, '--role', 'reporter', '--name', reporter.name, '--password', reporter.password], {
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}) },
    stdio: 'pipe',
  });
});


const body = (page: Page) => page.getByRole('textbox', { name: 'Nội dung', exact: true });
const tool = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Định dạng nội dung' }).getByRole('button', { name, exact: true });

test('toolbar and shortcuts write the MDX a reporter would have typed by hand', async ({ browser }) => {
  const page = await signedInPage(browser, reporter, '/editor/bai/moi');
  await page.getByLabel('Tiêu đề').fill(`Soạn thảo trực quan ${stamp}`);
  const text = body(page);
  await text.click();
  await page.keyboard.type('Sáng nay tại ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('Quảng Nam');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type(', người dân ');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type('phường');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type(' xem cổng tỉnh');
  for (let i = 0; i < 'cổng tỉnh'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByLabel('Địa chỉ liên kết').fill('quangnam.gov.vn');
  await page.keyboard.press('Enter');
  await expect(text).toBeFocused();
  await expect(text.getByRole('link', { name: 'cổng tỉnh' })).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.type('.');

  // Undo and redo by keyboard (Ctrl+Y as on Windows) and by the toolbar. Typing within half a
  // second is one undo step (ProseMirror's history groups by time), so pause as a person would.
  await page.waitForTimeout(700);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Dòng thừa');
  await expect(text).toContainText('Dòng thừa');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(text).not.toContainText('Dòng thừa');
  await page.keyboard.press('ControlOrMeta+y');
  await expect(text).toContainText('Dòng thừa');
  await tool(page, 'Hoàn tác').click();
  await expect(text).not.toContainText('Dòng thừa');

  await page.keyboard.press('Enter');
  await tool(page, 'Tiêu đề mục').click();
  await page.keyboard.type('Diễn biến');
  await page.keyboard.press('Enter');
  await tool(page, 'Danh sách').click();
  await expect(tool(page, 'Danh sách')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Sơ tán dân');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Gia cố nhà cửa');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await tool(page, 'Trích dẫn').click();
  await page.keyboard.type('Trích một văn bản.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await tool(page, 'Trích lời có người nói').click();
  await page.keyboard.type('Không để dân thiếu ăn.');
  await page.getByLabel('Người được trích lời').fill('Ông Lê Văn Dũng');
  await page.getByLabel('Chức danh').fill('Chủ tịch UBND tỉnh');
  await expect(page.getByText(/^\d+ từ · khoảng 1 phút đọc$/)).toHaveText(/^3\d từ/);

  const expected = [
    'Sáng nay tại **Quảng Nam**, người dân _phường_ xem [cổng tỉnh](https://quangnam.gov.vn).',
    '## Diễn biến',
    '- Sơ tán dân\n- Gia cố nhà cửa',
    '> Trích một văn bản.',
    '<Quote author="Ông Lê Văn Dũng" role="Chủ tịch UBND tỉnh">\n  Không để dân thiếu ăn.\n</Quote>',
  ].join('\n\n');
  const source = await mdxSource(page);
  await expect(source).toHaveValue(expected);

  // Source → visual → source: an edit made in the source shows, and nothing else changes.
  await source.fill(`${await source.inputValue()}\n\nĐoạn viết trong mã nguồn.`);
  const written = await source.inputValue();
  await page.getByRole('button', { name: 'Soạn thảo', exact: true }).click();
  await expect(text).toContainText('Đoạn viết trong mã nguồn.');
  await expect(text.locator('strong')).toHaveText('Quảng Nam');
  await expect(text.getByRole('link', { name: 'cổng tỉnh' })).toHaveAttribute('href', 'https://quangnam.gov.vn');
  await expect(await mdxSource(page)).toHaveValue(written);
});

test('photo, gallery and quote cards are edited in place; what the editor cannot show is kept word for word', async ({ browser }) => {
  const page = await signedInPage(browser, reporter, '/editor/bai/moi');
  const original = [
    'Diện tích 10 km<sup>2</sup>, <abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh.',
    '<Figure src="/media/0123456789abcdef0123456789abcdef" alt="Cầu Cửa Đại" caption="Cầu Cửa Đại." credit="T.C" />',
    '<Gallery caption="Lễ ra quân">\n  <Figure src="a.jpg" alt="Một" caption="Ảnh một." credit="T.C" />\n  <Figure src="b.jpg" alt="Hai" caption="Ảnh hai." credit="Minh Hải" />\n</Gallery>',
    '<Quote author="Ban Biên tập">Mỗi bài ghi rõ nguồn.</Quote>',
  ].join('\n\n');
  await (await mdxSource(page)).fill(original);
  await page.getByRole('button', { name: 'Soạn thảo', exact: true }).click();
  // Opening in the visual editor changes nothing until someone edits.
  await expect(body(page)).toBeVisible();
  await expect(page.getByLabel('Đoạn MDX giữ nguyên', { exact: false })).toHaveValue(original.split('\n\n')[0]!);
  const captions = page.getByLabel('Chú thích ảnh', { exact: true });
  await expect(captions).toHaveCount(3);
  await expect(page.getByLabel('Người chụp', { exact: true })).toHaveCount(3);
  await expect(page.getByLabel('Chú thích bộ ảnh')).toHaveValue('Lễ ra quân');
  await expect(page.getByLabel('Người được trích lời')).toHaveValue('Ban Biên tập');
  await expect(await mdxSource(page)).toHaveValue(original);

  await page.getByRole('button', { name: 'Soạn thảo', exact: true }).click();
  await captions.first().fill('Cầu Cửa Đại nối Hội An với Duy Xuyên.');
  await page.getByLabel('Người chụp', { exact: true }).nth(2).fill('Minh Hải (Báo Quảng Nam)');
  await page.getByLabel('Mô tả ảnh cho người khiếm thị').first().fill('Cầu Cửa Đại nhìn từ trên cao');
  await expect(await mdxSource(page)).toHaveValue(
    original
      .replace('alt="Cầu Cửa Đại" caption="Cầu Cửa Đại."', 'alt="Cầu Cửa Đại nhìn từ trên cao" caption="Cầu Cửa Đại nối Hội An với Duy Xuyên."')
      .replace('credit="Minh Hải"', 'credit="Minh Hải (Báo Quảng Nam)"'),
  );
});

test('at 360 px the editor has no horizontal scroll and no serious accessibility problem', async ({ browser }) => {
  const page = await signedInPage(browser, reporter, '/editor/bai/moi', { viewport: { width: 360, height: 740 } });
  await body(page).click();
  await page.keyboard.type('Một đoạn rất dài không có dấu cách: https://quangnam.gov.vn/vi/tin-tuc/thoi-su/mot-duong-dan-rat-dai-khong-xuong-dong');
  await expect(tool(page, 'Làm lại')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

/** Paste clipboard HTML as the browser delivers it (a paste event carrying text/html and text/plain). */
async function pasteHtml(page: Page, file: string) {
  const html = fs.readFileSync(path.resolve('e2e', 'fixtures', file), 'utf8');
  await body(page).evaluate((el, data) => {
    const dt = new DataTransfer();
    dt.setData('text/html', data);
    dt.setData('text/plain', data.replace(/<[^>]*>/g, ''));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
}

test('paste from Word, Google Docs and a web page keeps the writing and drops the rest', async ({ browser }) => {
  const page = await signedInPage(browser, reporter, '/editor/bai/moi');
  const expected: Record<string, string> = {
    'paste-word.html':
      '**(QNO) –** Sáng nay, Ban Chỉ huy Quân sự **phường** Hòa Thuận, thành phố Tam Kỳ, tỉnh _Quảng Nam_ tổ chức ra quân dọc tuyến [đường Bạch Đằng](https://baoquangnam.vn/duong-bach-dang.html).\n\n- Sơ tán 120 hộ dân\n- Gia cố nhà cửa',
    'paste-gdocs.html': '## Diễn biến\n\nNgười dân **Quảng Nam** ở _phường_ xem [cổng tỉnh](https://quangnam.gov.vn/tin-tuc).\n\n1. Kiểm tra **đường** cứu hộ\n2. Báo cáo trước 17 giờ',
    'paste-web.html':
      'Theo Ban Chỉ huy phòng chống thiên tai tỉnh, mưa lớn làm ngập nhiều tuyến **đường** ở _Quảng Nam_.\n\n## Sơ tán khẩn cấp\n\nXem tin trên [Báo Quảng Nam](https://baoquangnam.vn/thoi-su/so-tan.html?id=7) và chia sẻ.\n\n- Sơ tán dân vùng thấp\n- Chuẩn bị lương thực\n\n> Không để dân thiếu ăn, thiếu mặc.',
  };
  for (const [file, mdx] of Object.entries(expected)) {
    await page.getByRole('button', { name: 'Soạn thảo', exact: true }).click();
    await (await mdxSource(page)).fill('');
    await page.getByRole('button', { name: 'Soạn thảo', exact: true }).click();
    await body(page).click();
    await pasteHtml(page, file);
    await expect(page.getByRole('status').filter({ hasText: 'ảnh không được chép theo' })).toBeVisible();
    const source = await mdxSource(page);
    await expect(source, file).toHaveValue(mdx);
  }
  // Nothing from the clipboard's markup reached the body, and no photo is hot-linked.
  expect(await (await mdxSource(page)).inputValue()).not.toMatch(/span|style|class|font|script|iframe|utm_|fbclid|<img|!\[|cdn\.example|googleusercontent|javascript/);
});

test('Vietnamese typed through an input method (Telex) is neither doubled nor dropped, and autosave waits for the word', async ({ browser }) => {
  const page = await signedInPage(browser, reporter, '/editor/bai/moi');
  await page.getByLabel('Tiêu đề').fill(`Gõ tiếng Việt ${stamp}`);
  const autosaves: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/editor/autosave') && r.method() === 'POST') autosaves.push(r.postData() ?? '');
  });
  await body(page).click();
  const cdp = await page.context().newCDPSession(page);
  // What ibus-unikey / EVKey send for Telex: the word is composed in place, then committed.
  const compose = async (steps: string[], word: string, pauseMs = 0) => {
    for (const [i, text] of steps.entries()) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      if (pauseMs && i === steps.length - 1) await page.waitForTimeout(pauseMs);
    }
    await cdp.send('Input.insertText', { text: word });
  };
  // A reporter thinking mid-word for longer than the autosave pause (3 s): nothing half-typed is sent.
  await compose(['Q', 'Qu', 'Qua', 'Quả', 'Quản', 'Quảng'], 'Quảng', 4_500);
  expect(autosaves).toEqual([]);
  await cdp.send('Input.insertText', { text: ' ' });
  await compose(['N', 'Na', 'Nam'], 'Nam');
  await cdp.send('Input.insertText', { text: ', ' });
  await compose(['p', 'ph', 'phu', 'phuo', 'phươ', 'phươn', 'phương', 'phường'], 'phường');
  await cdp.send('Input.insertText', { text: ' ' });
  await compose(['d', 'dd', 'đ', 'đu', 'đuo', 'đươ', 'đươn', 'đương', 'đường'], 'đường');
  await expect(body(page)).toHaveText('Quảng Nam, phường đường');
  await expect.poll(() => autosaves.length, { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => autosaves.some((b) => b.includes('Quảng Nam, phường đường')), { timeout: 15_000 }).toBe(true);
  await expect(await mdxSource(page)).toHaveValue('Quảng Nam, phường đường');
});
