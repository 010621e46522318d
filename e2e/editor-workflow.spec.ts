/**
 * The newsroom workflow in three browser contexts (reporter, editor, a
 * signed-out reader, plus a second editor for the collision): write, submit,
 * return, publish, schedule, collide, correct, take down, restore; rights
 * refused on the server to direct POSTs; axe on every editor page.
 *
 * Reporter and editor accounts are created by the e2e admin in the user
 * management pages (/editor/nguoi-dung), as a newsroom would.
 */
import { type APIRequestContext, type BrowserContext, type Page, type Request, expect, request as playwrightRequest, test } from '@playwright/test';
import { e2eAdmin } from '../playwright.config';
import { gotoHydrated } from './hydration';
import { mdxSource } from './mdx-source';
import { vnLocal } from './vn-local';
import { expectAccessible, signIn } from './session';

const port = Number(process.env.E2E_PORT || 3210);
const baseURL = `http://localhost:${port}`;
const run = Date.now().toString(36);

type Person = { email: string; password: string; name: string; role: 'reporter' | 'editor' | 'admin' };

const people = {
  reporter: { email: `pv-${run}@bantin.test`, password: 'mat-khau-phong-vien-1', name: 'Nguyễn Phóng Viên', role: 'reporter' },
  reporter2: { email: `pv2-${run}@bantin.test`, password: 'mat-khau-phong-vien-2', name: 'Trần Phóng Viên', role: 'reporter' },
  editor: { email: `btv-${run}@bantin.test`, password: 'mat-khau-bien-tap-1', name: 'Lê Biên Tập', role: 'editor' },
  /** Signed in, then locked by the admin: a session the proxy lets through but the server no longer honours. */
  revoked: { email: `btv-khoa-${run}@bantin.test`, password: 'mat-khau-bien-tap-2', name: `Phạm Biên Tập Tạm ${run}`, role: 'editor' },
} satisfies Record<string, Person>;

/** The admin creates an account in the user management pages. */
async function createUser(admin: Page, p: Person) {
  await gotoHydrated(admin, '/editor/nguoi-dung/moi');
  await admin.getByLabel('Họ tên').fill(p.name);
  await admin.getByLabel('Email').fill(p.email);
  await admin.getByLabel('Vai trò').selectOption(p.role);
  await admin.getByLabel('Mật khẩu ban đầu').fill(p.password);
  await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(admin.getByRole('main').getByRole('status')).toContainText(`Đã tạo tài khoản cho ${p.name}`);
}



type Captured = { url: string; headers: Record<string, string>; body: Buffer };

/** Run `act` and return the server action POST it sends (the one whose body carries the form field `field`). */
async function captureAction(page: Page, field: string, act: () => Promise<void>): Promise<Captured> {
  const marker = new RegExp(`name="[^"]*_${field}"|"${field}":`);
  const [req] = await Promise.all([
    page.waitForRequest((r: Request) => r.method() === 'POST' && !!r.headers()['next-action'] && marker.test(r.postData() ?? '')),
    act(),
  ]);
  return { url: req.url(), headers: await req.allHeaders(), body: req.postDataBuffer() ?? Buffer.from('') };
}

/** Set a field of a captured multipart server-action body. */
function setField(body: string, field: string, value: string): string {
  return body.replace(new RegExp(`(name="[^"]*_${field}"\\r\\n\\r\\n)[^\\r]*`), (_m, head: string) => `${head}${value}`);
}

/** Fill the editor form of a new article. */
async function writeArticle(page: Page, a: { title: string; summary: string; body: string; tags?: string }) {
  await gotoHydrated(page, '/editor/bai/moi');
  await page.getByLabel('Tiêu đề').fill(a.title);
  await page.getByLabel('Sapo').fill(a.summary);
  if (a.tags) await page.getByLabel('Thẻ').fill(a.tags);
  await (await mdxSource(page)).fill(a.body);
}

const status = (page: Page) => page.getByTestId('article-status');

/** Wait until the article shows on the home page and in the RSS feed; returns how long each took (ms after `since`). */
test.describe.serial('editor workflow', () => {
  let reporter: BrowserContext;
  let reporter2: BrowserContext;
  let editor: BrowserContext;
  let admin: BrowserContext;
  let revoked: BrowserContext;
  let reader: APIRequestContext;
  /** Server action requests captured from real use, replayed later without a session. */
  const captured: Record<string, Captured> = {};
  let articleId = '';
  let slug = '';
  const title = `Đê biển Hội An được gia cố trước mùa mưa bão ${run}`;

  test.beforeAll(async ({ browser }) => {
    admin = await signIn(browser, e2eAdmin);
    const adminPage = await admin.newPage();
    for (const p of Object.values(people)) await createUser(adminPage, p);
    await adminPage.close();
    reporter = await signIn(browser, people.reporter);
    reporter2 = await signIn(browser, people.reporter2);
    editor = await signIn(browser, people.editor);
    revoked = await signIn(browser, people.revoked);
    reader = await playwrightRequest.newContext({ baseURL });
  });

  test.afterAll(async () => {
    for (const c of [reporter, reporter2, editor, admin, revoked]) await c?.close();
    await reader?.dispose();
  });

  test('a reporter writes a draft (autosaved), an unsafe body is refused with its line, and the draft is submitted', async () => {
    const page = await reporter.newPage();
    await writeArticle(page, {
      title,
      summary: 'Thành phố Hội An hoàn thành gia cố 2 km đê biển xung yếu trước mùa mưa bão năm nay.',
      tags: 'Đê biển, Mưa bão',
      body: 'Sáng nay, thành phố Hội An nghiệm thu 2 km đê biển.\n\n## Bảo vệ dân cư\n\nCông trình bảo vệ hơn 500 hộ dân.',
    });
    await expect(page.getByRole('status').filter({ hasText: 'Đã tự động lưu' })).toBeVisible({ timeout: 15_000 });
    await expect(page).toHaveURL(/\/editor\/bai\/[0-9a-f-]{36}$/);
    articleId = page.url().split('/').pop()!;
    slug = await page.getByLabel('Đường dẫn', { exact: true }).inputValue();
    expect(slug).toMatch(/^de-bien-hoi-an-duoc-gia-co-truoc-mua-mua-bao-/);
    // The preview is rendered by the server with the public page's components.
    await expect(page.locator('.article-body h2', { hasText: 'Bảo vệ dân cư' })).toBeVisible();

    // An unsafe body is refused, pointing at its line; the text stays in the form, the saved draft is unchanged.
    const body = await mdxSource(page);
    const unsafe = 'Sáng nay, thành phố Hội An nghiệm thu 2 km đê biển.\n\n<script>alert(1)</script>';
    await body.fill(unsafe);
    captured.save = await captureAction(page, 'intent', () => page.getByRole('button', { name: 'Lưu nháp' }).click());
    await expect(page.getByTestId('form-errors')).toContainText('Dòng 3');
    await expect(page.getByTestId('form-errors')).toContainText('<script>');
    await expect(body).toHaveValue(unsafe);
    const stored = await reader.get(`/bai/${slug}`);
    expect(stored.status()).toBe(404);
    await body.fill('Sáng nay, thành phố Hội An nghiệm thu 2 km đê biển.\n\n## Bảo vệ dân cư\n\nCông trình bảo vệ hơn 500 hộ dân ven biển.');

    // A reporter has no publish or schedule control.
    await expect(page.getByRole('button', { name: 'Đăng ngay' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Hẹn giờ đăng' })).toHaveCount(0);
    await expectAccessible(page, 'editor (reporter, draft)');

    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(status(page)).toHaveText('Chờ duyệt');
    await expect(page.getByLabel('Tiêu đề')).toBeDisabled();
    await page.close();

    // Not reachable publicly while in review.
    expect((await reader.get(`/bai/${slug}`)).status()).toBe(404);
  });

  test('another reporter cannot open it; the dashboard lists it for the editor, filterable', async () => {
    const other = await reporter2.newPage();
    const res = await gotoHydrated(other, `/editor/bai/${articleId}`);
    expect(res?.status()).toBe(404);
    await gotoHydrated(other, '/editor');
    await expect(other.getByRole('link', { name: title })).toHaveCount(0);
    // content/ articles are listed, read-only, kept in git.
    await expect(other.getByText('Lưu trong git').first()).toBeVisible();
    await expectAccessible(other, 'dashboard (reporter)');
    await other.close();

    const page = await editor.newPage();
    await gotoHydrated(page, '/editor?status=review');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await gotoHydrated(page, '/editor?status=published');
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
    await gotoHydrated(page, '/editor');
    await page.getByLabel('Trạng thái', { exact: true }).selectOption('review');
    await page.getByLabel('Chuyên mục').selectOption('thoi-su');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect(page).toHaveURL(/status=review/);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expectAccessible(page, 'dashboard (editor)');
    await page.close();
  });

  test('an editor returns it with a comment, the reporter sees it and resubmits, the editor publishes, readers see it at once', async () => {
    const ed = await editor.newPage();
    await gotoHydrated(ed, `/editor/bai/${articleId}`);
    await expect(status(ed)).toHaveText('Chờ duyệt');
    await expectAccessible(ed, 'editor (editor, review)');
    await ed.getByLabel('Nhận xét cho phóng viên').fill('Cần thêm ý kiến của người dân.');
    captured.return = await captureAction(ed, 'comment', () => ed.getByRole('button', { name: 'Trả bài' }).click());
    await expect(status(ed)).toHaveText('Bản nháp');

    const rep = await reporter.newPage();
    await gotoHydrated(rep, `/editor/bai/${articleId}`);
    // The editor's tab still has it open: the reporter sees who, and takes over (docs/editor.md).
    await expect(rep.getByRole('status').filter({ hasText: 'Lê Biên Tập đang sửa bài này' })).toBeVisible();
    await rep.getByRole('button', { name: 'Tôi sẽ sửa tiếp' }).click();
    await expect(rep.getByLabel('Tiêu đề')).toBeEnabled();
    await expect(rep.getByTestId('review-comment')).toContainText('Cần thêm ý kiến của người dân.');
    const body = await mdxSource(rep);
    await body.fill(`${await body.inputValue()}\n\n<Quote author="Bà Trần Thị Lan" role="người dân phường Cẩm An">\nNay chúng tôi yên tâm hơn mỗi mùa bão.\n</Quote>`);
    await rep.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(status(rep)).toHaveText('Chờ duyệt');
    await rep.close();

    // The reader's pages are cached before the publish (the article is not there).
    expect(await (await reader.get('/')).text()).not.toContain(title);
    expect(await (await reader.get('/rss.xml')).text()).not.toContain(title);

    await ed.reload();
    await expect(status(ed)).toHaveText('Chờ duyệt');
    await ed.getByRole('button', { name: 'Đăng ngay' }).click();
    await expect(status(ed)).toHaveText('Đã đăng');
    // The action expires the cached pages before it answers: the very next reader request has the article
    // (how fast is measured by bench/, not here).
    expect(await (await reader.get('/')).text()).toContain(title);
    expect(await (await reader.get('/rss.xml')).text()).toContain(title);
    const page = await reader.get(`/bai/${slug}`);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain('Nay chúng tôi yên tâm hơn mỗi mùa bão.');
    await ed.close();
  });

  test('a reporter cannot publish: the server refuses a direct POST of the publish step', async () => {
    // A fresh draft of the reporter's.
    const page = await reporter.newPage();
    const draftTitle = `Bản tin thử quyền đăng bài ${run}`;
    await writeArticle(page, { title: draftTitle, summary: 'Bài nháp của phóng viên dùng để thử quyền đăng bài trên máy chủ.', body: 'Nội dung nháp.' });
    const saveReq = await captureAction(page, 'intent', () => page.getByRole('button', { name: 'Lưu nháp' }).click());
    await expect(status(page)).toHaveText('Bản nháp');
    const draftSlug = await page.getByLabel('Đường dẫn', { exact: true }).inputValue();
    await expect(page.getByRole('button', { name: 'Đăng ngay' })).toHaveCount(0);

    // Replay the save with the reporter's own session, asking to publish (and for the new draft's id and version).
    const id = page.url().split('/').pop()!;
    let body = saveReq.body.toString('latin1');
    body = setField(setField(setField(body, 'intent', 'publish'), 'id', id), 'version', '1');
    expect(body).toContain('publish');
    const res = await page.request.fetch(saveReq.url, { method: 'POST', headers: saveReq.headers, data: Buffer.from(body, 'latin1') });
    const text = await res.text();
    expect(text).toContain('không có quyền');
    expect((await reader.get(`/bai/${draftSlug}`)).status()).toBe(404);
    await page.reload();
    await expect(status(page)).toHaveText('Bản nháp');
    await page.close();
  });

  test('two editors collide: the second gets the conflict with both versions, nothing is lost', async () => {
    // An editor's own draft.
    const a = await editor.newPage();
    await writeArticle(a, { title: `Lịch tiếp công dân tháng 12 ${run}`, summary: 'Lịch tiếp công dân định kỳ của lãnh đạo tỉnh trong tháng 12.', body: 'Bản gốc của lịch tiếp công dân.' });
    await a.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(status(a)).toHaveText('Bản nháp');
    const id = a.url().split('/').pop()!;

    // A has it open, so B sees who and takes over; A (reloaded) sees B has it, takes it back and saves
    // (docs/editor.md, "Someone else is editing"). B, told in turn, takes it again on the old version.
    const b = await admin.newPage();
    await gotoHydrated(b, `/editor/bai/${id}`);
    await expect(b.getByRole('status').filter({ hasText: 'Lê Biên Tập đang sửa bài này' })).toBeVisible();
    await b.getByRole('button', { name: 'Tôi sẽ sửa tiếp' }).click();
    await expect(b.getByLabel('Tiêu đề')).toBeEnabled();
    await a.reload();
    await expect(a.getByRole('status').filter({ hasText: 'đang sửa bài này' })).toBeVisible();
    await a.getByRole('button', { name: 'Tôi sẽ sửa tiếp' }).click();
    await expect(a.getByLabel('Tiêu đề')).toBeEnabled();

    await (await mdxSource(a)).fill('Bản của biên tập viên A: tiếp công dân vào thứ Năm.');
    await a.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(a.getByRole('status').filter({ hasText: 'Đã lưu bản nháp' })).toBeVisible();

    // B's tab is told at its next heartbeat (every 15 s); taking it back, it is warned the article moved on.
    await expect(b.getByRole('alert').filter({ hasText: 'Lê Biên Tập đã tiếp quản bài này' })).toBeVisible({ timeout: 40_000 });
    await b.getByRole('button', { name: 'Tôi sẽ sửa tiếp' }).click();
    await expect(b.getByRole('status').filter({ hasText: 'bài đã được lưu thành phiên bản' })).toBeVisible();
    const mine = 'Bản của quản trị B: tiếp công dân vào thứ Sáu, tại trụ sở tiếp dân.';
    await (await mdxSource(b)).fill(mine);
    await b.getByRole('button', { name: 'Lưu nháp' }).click();
    const conflict = b.getByRole('alert').filter({ hasText: 'Xung đột phiên bản' });
    await expect(conflict).toBeVisible();
    await expect(b.getByLabel('Nội dung — bản đã lưu (của Lê Biên Tập)')).toHaveValue('Bản của biên tập viên A: tiếp công dân vào thứ Năm.');
    await expect(b.getByLabel('Nội dung — bản của bạn (chưa lưu)')).toHaveValue(mine);
    await expect(await mdxSource(b)).toHaveValue(mine);
    await expectAccessible(b, 'editor (conflict)');

    // The first save is intact on the server.
    await a.reload();
    await expect(await mdxSource(a)).toHaveValue('Bản của biên tập viên A: tiếp công dân vào thứ Năm.');

    // B keeps their version on purpose, and saves it over.
    await b.getByRole('button', { name: /Giữ bản của tôi/ }).click();
    await b.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(b.getByRole('status').filter({ hasText: 'Đã lưu bản nháp' })).toBeVisible();
    await a.reload();
    await expect(await mdxSource(a)).toHaveValue(mine);
    await a.close();
    await b.close();
  });

  test('closing the tab loses nothing: the change is saved on leaving', async () => {
    const page = await editor.newPage();
    await writeArticle(page, { title: `Thông báo lịch cắt điện ${run}`, summary: 'Điện lực thông báo lịch tạm ngừng cấp điện để bảo trì lưới điện.', body: 'Bản đầu.' });
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(status(page)).toHaveText('Bản nháp');
    const id = page.url().split('/').pop()!;
    const typed = 'Khu vực phường Minh An mất điện từ 7 giờ đến 11 giờ.';
    await (await mdxSource(page)).fill(typed);
    // Close well before the autosave delay: the page-leave beacon has to carry it.
    await page.close({ runBeforeUnload: true });
    const again = await editor.newPage();
    await expect
      .poll(async () => {
        await gotoHydrated(again, `/editor/bai/${id}`);
        return (await mdxSource(again)).inputValue();
      })
      .toBe(typed);
    await again.close();
  });

  test('an edit of a live article is autosaved as the editor’s own copy: readers do not see it, another device offers it back', async ({ browser }) => {
    const page = await editor.newPage();
    await gotoHydrated(page, `/editor/bai/${articleId}`);
    await expect(status(page)).toHaveText('Đã đăng');
    const original = await (await mdxSource(page)).inputValue();
    const added = 'Đoạn đang viết dở: số hộ dân được bảo vệ sẽ được cập nhật.';
    await (await mdxSource(page)).fill(`${original}\n\n${added}`);
    await expect(page.getByRole('status').filter({ hasText: 'Đã tự lưu bản sửa của bạn' })).toBeVisible({ timeout: 15_000 });
    await expect(status(page)).toHaveText('Đã đăng');
    expect(await (await reader.get(`/bai/${slug}`)).text()).not.toContain(added);
    await page.close();

    // The same editor on another device: the copy is offered back, the form still shows the live text.
    const device = await signIn(browser, people.editor);
    const other = await device.newPage();
    await gotoHydrated(other, `/editor/bai/${articleId}`);
    const offer = other.getByRole('region', { name: 'Bản tạm chưa lưu' });
    await expect(offer).toContainText('bản sửa chưa đăng');
    await expect(await mdxSource(other)).toHaveValue(original);
    await expectAccessible(other, 'editor (pending copy offered)');
    // Another editor is not offered it.
    const adminPage = await admin.newPage();
    await gotoHydrated(adminPage, `/editor/bai/${articleId}`);
    await expect(adminPage.getByRole('region', { name: 'Bản tạm chưa lưu' })).toHaveCount(0);
    await adminPage.close();

    await offer.getByRole('button', { name: 'Khôi phục bản tạm' }).click();
    await expect(await mdxSource(other)).toHaveValue(`${original}\n\n${added}`);
    await other.getByRole('button', { name: 'Cập nhật bài' }).click();
    await expect(other.getByRole('status').filter({ hasText: 'Đã cập nhật bài' })).toBeVisible();
    await expect.poll(async () => (await reader.get(`/bai/${slug}`)).text()).toContain(added);
    // Saved: nothing is offered any more.
    await gotoHydrated(other, `/editor/bai/${articleId}`);
    await expect(await mdxSource(other)).toHaveValue(`${original}\n\n${added}`);
    await expect(other.getByRole('region', { name: 'Bản tạm chưa lưu' })).toHaveCount(0);

    // Restoring the version before, while live: it goes into the editor's copy, not to readers.
    await other.getByRole('link', { name: 'Lịch sử phiên bản' }).click();
    await other.getByRole('link', { name: /^Xem và khôi phục phiên bản \d+$/ }).first().click();
    await expect(other.getByText('sẽ được chép vào bản sửa riêng của bạn')).toBeVisible();
    await expectAccessible(other, 'restore confirm (live)');
    await other.getByRole('button', { name: 'Chép vào bản sửa của tôi' }).click();
    // Back in the editor, on the copy (the one-time marker leaves the address, so a reload does not apply it again).
    await expect(other.getByRole('status').filter({ hasText: 'Đã chép phiên bản cũ vào bản sửa của bạn' })).toBeVisible();
    await expect(other).toHaveURL(/\/editor\/bai\/[0-9a-f-]{36}$/);
    await expect(status(other)).toHaveText('Đã đăng');
    await expect(await mdxSource(other)).toHaveValue(original);
    expect(await (await reader.get(`/bai/${slug}`)).text()).toContain(added);
    await device.close();
  });

  test('an editor corrects, takes down, and restores; history shows the diff first', async () => {
    const page = await editor.newPage();
    await gotoHydrated(page, `/editor/bai/${articleId}`);
    await expect(status(page)).toHaveText('Đã đăng');
    await expect(page.getByLabel('Đường dẫn', { exact: true })).toHaveAttribute('readonly', '');

    await page.getByLabel('Nội dung đính chính').fill('Chiều dài đê được gia cố là 2,2 km.');
    captured.correct = await captureAction(page, 'text', () => page.getByRole('button', { name: 'Đăng đính chính' }).click());
    await expect(page.getByText('Đã đăng đính chính dưới bài.')).toBeVisible();
    await expect.poll(async () => (await reader.get(`/bai/${slug}`)).text()).toContain('Chiều dài đê được gia cố là 2,2 km.');

    await page.getByLabel('Lý do gỡ bài (bắt buộc)').fill('Cần xác minh lại số hộ dân.');
    captured.unpublish = await captureAction(page, 'reason', () => page.getByRole('button', { name: 'Gỡ bài' }).click());
    await expect(status(page)).toHaveText('Đã gỡ');
    // Taken down is gone (410), not unknown (404): issue 11, proxy.ts.
    expect((await reader.get(`/bai/${slug}`)).status()).toBe(410);
    expect(await (await reader.get('/')).text()).not.toContain(title);

    await page.getByRole('link', { name: 'Lịch sử phiên bản' }).click();
    await expect(page.getByRole('heading', { name: 'Lịch sử phiên bản' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Gỡ bài/ })).toBeVisible();
    // The correction is in the history, between the publish and the takedown; the takedown's status change reads spaced.
    const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Đính chính (đăng dưới bài)' }) });
    await expect(entry).toContainText('Chiều dài đê được gia cố là 2,2 km.');
    await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('Đã đăng → Đã gỡ');
    await expect(page.locator('ins').first()).toBeVisible();
    await expectAccessible(page, 'history');

    // Restore the first revision: the diff is shown first; confirming makes a draft, nothing is published.
    await page.getByRole('link', { name: /Xem và khôi phục phiên bản 1$/ }).click();
    await expect(page.getByRole('heading', { name: 'Khôi phục phiên bản 1' })).toBeVisible();
    await expect(page.locator('del', { hasText: 'ven biển' }).first()).toBeVisible();
    await expectAccessible(page, 'restore confirm');
    captured.restore = await captureAction(page, 'revisionId', () => page.getByRole('button', { name: 'Khôi phục thành bản nháp mới' }).click());
    await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục phiên bản cũ thành bản nháp mới.' })).toBeVisible();
    await expect(page).toHaveURL(/\/editor\/bai\/[0-9a-f-]{36}$/);
    await expect(status(page)).toHaveText('Bản nháp');
    await expect(await mdxSource(page)).toHaveValue(/Công trình bảo vệ hơn 500 hộ dân\.$/);
    expect((await reader.get(`/bai/${slug}`)).status()).toBe(404);
    await page.close();
  });

  test('content/ articles are read-only in the editor', async () => {
    const page = await admin.newPage();
    await gotoHydrated(page, '/editor?status=published');
    const row = page.getByTestId('article-row').filter({ hasText: 'Lưu trong git' }).first();
    await row.getByRole('link').click();
    await expect(page.getByText('Lưu trong git.')).toBeVisible();
    await expect(page.getByLabel('Tiêu đề')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Lưu nháp' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Gỡ bài' })).toHaveCount(0);
    await expectAccessible(page, 'editor (content/ article)');
    await gotoHydrated(page, '/editor/bai/moi');
    await expectAccessible(page, 'new article');
    await page.close();
  });

  test('a scheduled article appears after its time, without anyone in the editor', async () => {
    test.setTimeout(180_000);
    const page = await editor.newPage();
    const schedTitle = `Lễ hội đèn lồng Hội An tháng Chạp ${run}`;
    await writeArticle(page, { title: schedTitle, summary: 'Phố cổ tổ chức đêm rằm đèn lồng với nhiều hoạt động văn hóa truyền thống.', body: 'Đêm rằm tháng Chạp, phố cổ tắt đèn điện.' });
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(status(page)).toHaveText('Bản nháp');
    const schedSlug = await page.getByLabel('Đường dẫn', { exact: true }).inputValue();
    // The next full minute at least 25 s away (the form takes minutes, GMT+7).
    const at = Math.ceil((Date.now() + 25_000) / 60_000) * 60_000;
    await page.getByLabel('Giờ đăng (giờ Việt Nam, GMT+7)').fill(vnLocal(at));
    await page.getByRole('button', { name: 'Hẹn giờ đăng' }).click();
    await expect(status(page)).toHaveText('Hẹn giờ');
    await page.close();

    // Readers do not see it yet, and these pages are now cached without it.
    expect((await reader.get(`/bai/${schedSlug}`)).status()).toBe(404);
    expect(await (await reader.get('/')).text()).not.toContain(schedTitle);
    expect(await (await reader.get('/rss.xml')).text()).not.toContain(schedTitle);

    while (Date.now() < at - 2000) {
      expect(await (await reader.get('/')).text()).not.toContain(schedTitle);
      await new Promise((r) => setTimeout(r, 5000));
    }
    // It goes live without a rebuild or a publish: bounded polling, not a timing assertion.
    for (const path of ['/', '/rss.xml']) {
      await expect.poll(async () => (await reader.get(path, { headers: { 'cache-control': 'no-cache' } })).text(), { timeout: 30_000, intervals: [250] }).toContain(schedTitle);
    }
    expect((await reader.get(`/bai/${schedSlug}`)).status()).toBe(200);

    // The dashboard and the editor read it as published now, not "Hẹn giờ …".
    const after = await editor.newPage();
    await gotoHydrated(after, `/editor?q=${encodeURIComponent(schedTitle)}`);
    const row = after.getByTestId('article-row').filter({ hasText: schedTitle });
    await expect(row).toContainText('Đã đăng');
    await expect(row).not.toContainText('Hẹn giờ');
    await row.getByRole('link', { name: schedTitle }).click();
    await expect(after).toHaveURL(/\/editor\/bai\/[^/]+$/);
    await expect(status(after)).toHaveText('Đã đăng');
    await after.close();
  });

  test('signed-out, revoked-session and cross-site POSTs to every mutating endpoint are refused', async () => {
    // Preview: captured from any editor page.
    const page = await editor.newPage();
    captured.preview = await captureAction(page, 'body', async () => {
      await gotoHydrated(page, '/editor/bai/moi');
      await (await mdxSource(page)).fill('Xem trước.');
    });
    await page.close();
    expect(Object.keys(captured).sort()).toEqual(['correct', 'preview', 'restore', 'return', 'save', 'unpublish']);

    // The admin locks an account that is signed in: its cookie still passes the proxy (a first gate that only
    // looks for a token), so what refuses it is the action's own session check.
    const adminPage = await admin.newPage();
    adminPage.on('dialog', (d) => void d.accept());
    await gotoHydrated(adminPage, '/editor/nguoi-dung');
    await adminPage.getByRole('link', { name: people.revoked.name }).click();
    await adminPage.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await expect(adminPage.getByText('Đã khóa tài khoản.')).toBeVisible();
    await adminPage.close();

    const anon = await playwrightRequest.newContext({ baseURL });
    // What readers see: the stories the home page links to, in order (a background re-render may
    // change a render time in the HTML, not what it shows).
    const homeStories = async () => [...(await (await reader.get('/')).text()).matchAll(/href="(\/bai\/[^"]+)"/g)].map((m) => m[1]);
    const homeBefore = await homeStories();
    const editorPage = await editor.newPage();
    await gotoHydrated(editorPage, `/editor/bai/${articleId}`);
    const versionBefore = await editorPage.locator('input[name="version"]').first().inputValue();

    for (const [name, req] of Object.entries(captured)) {
      const headers: Record<string, string> = { ...req.headers, 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' };
      delete headers.cookie;
      const data = req.body;
      // No session at all: stopped (the proxy sends it to sign in, or the action refuses).
      const a = await anon.fetch(req.url, { method: 'POST', headers, data, maxRedirects: 0 });
      const aText = await a.text();
      expect(a.status() >= 300 || aText.includes('Phiên đăng nhập đã hết'), `${name} signed out: ${a.status()} ${aText.slice(0, 200)}`).toBe(true);
      // A revoked session: the action itself refuses.
      const r = await revoked.request.fetch(req.url, { method: 'POST', headers, data, maxRedirects: 0 });
      const rText = await r.text();
      expect(rText, `${name} with a revoked session`).toContain('Phiên đăng nhập đã hết');
    }
    // Nothing changed: the article's version, and what readers see.
    await editorPage.reload();
    expect(await editorPage.locator('input[name="version"]').first().inputValue()).toBe(versionBefore);
    await expect(status(editorPage)).toHaveText('Bản nháp');
    await editorPage.close();
    expect(await homeStories()).toEqual(homeBefore);
    expect((await reader.get(`/bai/${slug}`)).status()).toBe(404);

    // The autosave route: no session → 401; a revoked one → 401; a live session but another site's Origin → 403.
    const form = { id: articleId, title: 'Bài lạ không được lưu', summary: 'Không được phép lưu bài này.', body: 'x', category: 'thoi-su', version: versionBefore, 'bylines.0.name': 'X', 'bylines.0.role': 'reporter' };
    expect((await anon.post('/api/editor/autosave', { multipart: form, headers: { origin: baseURL } })).status()).toBe(401);
    expect((await revoked.request.post('/api/editor/autosave', { multipart: form, headers: { origin: baseURL } })).status()).toBe(401);
    expect((await editor.request.post('/api/editor/autosave', { multipart: form, headers: { origin: 'https://evil.example' } })).status()).toBe(403);
    // Discarding a pending copy: the same three refusals.
    const discard = `/api/editor/autosave?id=${articleId}`;
    expect((await anon.delete(discard, { headers: { origin: baseURL } })).status()).toBe(401);
    expect((await revoked.request.delete(discard, { headers: { origin: baseURL } })).status()).toBe(401);
    expect((await editor.request.delete(discard, { headers: { origin: 'https://evil.example' } })).status()).toBe(403);
    // The editor's heartbeat (who is editing, take-over): the same three refusals.
    const beat = { form: { id: articleId, tab: 'tab-e2e-refused-1', intent: 'take' } };
    expect((await anon.post('/api/editor/presence', { ...beat, headers: { origin: baseURL } })).status()).toBe(401);
    expect((await revoked.request.post('/api/editor/presence', { ...beat, headers: { origin: baseURL } })).status()).toBe(401);
    expect((await editor.request.post('/api/editor/presence', { ...beat, headers: { origin: 'https://evil.example' } })).status()).toBe(403);
    await anon.dispose();
});
});
