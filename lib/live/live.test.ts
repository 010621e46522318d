import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, type Db } from '@/lib/db';
import { articleFields, insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { createArticle, publishArticle } from '@/lib/articles/workflow';
import { liveEntrySchema, type LiveEntryInput } from '@/lib/validations/live';
import { getLivePageArticle } from './editor-reads';
import { queryLiveCoverage } from './queries';
import { addLiveEntry, closeLive, editLiveEntry, liveEntryHistory, removeLiveEntry, startLive, type LiveWriteResult } from './writes';

afterAll(closeDb);

const text = (body: string): LiveEntryInput => liveEntrySchema.parse({ kind: 'text', body });
const at = (hhmm: string) => ({ now: new Date(`2026-12-03T${hhmm}:00Z`) });

function ok(r: LiveWriteResult) {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r;
}

async function insertMedia(db: Db): Promise<string> {
  const id = 'ab'.repeat(16);
  await db
    .insertInto('media')
    .values({ id, original_key: `originals/${id}`, mime: 'image/jpeg', width: 1600, height: 1067, variants: '[]', blur: '', alt: 'Đê biển', caption: 'Đê biển Tam Thanh', credit: 'T.C', search_text: '', uploader_id: null, origin: 'upload', bytes: 1, created_at: new Date().toISOString() })
    .execute();
  return id;
}

describe.each(testDialects)('live coverage (%s)', (dialect) => {
  async function setup() {
    const db = await freshDb(dialect);
    const editor = await insertUser(db, 'editor', 'Lê Biên Tập');
    const reporter = await insertUser(db, 'reporter', 'Nguyễn Phóng Viên');
    const reporter2 = await insertUser(db, 'reporter', 'Trần Phóng Viên');
    const created = await createArticle(reporter, articleFields());
    if (!created.ok) throw new Error(created.message);
    const pub = await publishArticle(editor, { id: created.article.id, version: created.article.version });
    if (!pub.ok) throw new Error(pub.message);
    return { db, editor, reporter, reporter2, id: created.article.id };
  }

  it('starts once, takes entries from reporters and editors, lists them newest first and hides removed ones', async () => {
    const { db, editor, reporter, reporter2, id } = await setup();
    expect(await queryLiveCoverage(db, id)).toBeNull();
    expect(await addLiveEntry(reporter, id, text('Trước khi bắt đầu'))).toMatchObject({ ok: false, code: 'not-found' });
    // Another reporter may not start coverage of someone else's article; its own reporter may.
    expect(await startLive(reporter2, id)).toMatchObject({ ok: false, code: 'forbidden' });
    ok(await startLive(reporter, id, at('01:00')));
    expect(await startLive(editor, id)).toMatchObject({ ok: false, code: 'invalid' });

    const first = ok(await addLiveEntry(reporter, id, text('Hội nghị khai mạc.'), at('01:05')));
    ok(await addLiveEntry(reporter2, id, liveEntrySchema.parse({ kind: 'quote', body: 'Phải xong đê trước mùa bão.', quoteAuthor: 'Chủ tịch tỉnh' }), at('01:20')));
    const mediaId = await insertMedia(db);
    ok(await addLiveEntry(editor, id, liveEntrySchema.parse({ kind: 'photo', mediaId, caption: 'Đại biểu dự hội nghị', credit: 'T.C' }), at('01:10')));
    expect(await addLiveEntry(editor, id, liveEntrySchema.parse({ kind: 'photo', mediaId: 'cd'.repeat(16), credit: 'T.C' }))).toMatchObject({ ok: false, code: 'invalid' });

    const cov = (await queryLiveCoverage(db, id))!;
    expect(cov.endedAt).toBeNull();
    expect(cov.entries.map((e) => e.kind)).toEqual(['quote', 'photo', 'text']);
    expect(cov.entries[0]).toMatchObject({ authorName: 'Trần Phóng Viên', quoteAuthor: 'Chủ tịch tỉnh' });
    expect(cov.entries[1].photo).toMatchObject({ mediaId, width: 1600, height: 1067, caption: 'Đại biểu dự hội nghị', credit: 'T.C' });

    ok(await removeLiveEntry(reporter, first.entryId!, at('01:30')));
    expect((await queryLiveCoverage(db, id))!.entries.map((e) => e.kind)).toEqual(['quote', 'photo']);
    expect(await removeLiveEntry(reporter, first.entryId!)).toMatchObject({ ok: false, code: 'not-found' });
    // The removed entry's text stays in its history.
    const history = await liveEntryHistory(first.entryId!, db);
    expect(history.map((h) => h.action)).toEqual(['live.entry-add', 'live.entry-delete']);
    expect(JSON.parse(history[1].detail!).before.body).toBe('Hội nghị khai mạc.');
  });

  it('lets a reporter change only their own entries, an editor any, keeping the old text in the history', async () => {
    const { db, editor, reporter, reporter2, id } = await setup();
    ok(await startLive(editor, id));
    const mine = ok(await addLiveEntry(reporter, id, text('Bản đầu')));
    expect(await editLiveEntry(reporter2, mine.entryId!, text('Sửa của người khác'))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await removeLiveEntry(reporter2, mine.entryId!)).toMatchObject({ ok: false, code: 'forbidden' });
    ok(await editLiveEntry(reporter, mine.entryId!, text('Bản hai'), at('02:00')));
    ok(await editLiveEntry(editor, mine.entryId!, text('Bản ba')));
    const entry = (await queryLiveCoverage(db, id))!.entries[0];
    expect(entry).toMatchObject({ body: 'Bản ba', authorName: 'Nguyễn Phóng Viên' });
    expect(entry.editedAt).not.toBeNull();
    const history = await liveEntryHistory(mine.entryId!, db);
    expect(history.map((h) => JSON.parse(h.detail!).before?.body ?? null)).toEqual([null, 'Bản đầu', 'Bản hai']);
  });

  it('freezes a closed coverage: no new entry, no edit, no removal, no restart', async () => {
    const { db, editor, reporter, reporter2, id } = await setup();
    ok(await startLive(editor, id, at('03:00')));
    const e = ok(await addLiveEntry(reporter, id, text('Cập nhật cuối')));
    expect(await closeLive(reporter2, id)).toMatchObject({ ok: false, code: 'forbidden' });
    ok(await closeLive(reporter, id, at('04:00')));
    expect(await closeLive(editor, id)).toMatchObject({ ok: false, code: 'closed' });
    expect(await addLiveEntry(editor, id, text('Sau khi kết thúc'))).toMatchObject({ ok: false, code: 'closed' });
    expect(await editLiveEntry(editor, e.entryId!, text('Sửa sau khi kết thúc'))).toMatchObject({ ok: false, code: 'closed' });
    expect(await removeLiveEntry(editor, e.entryId!)).toMatchObject({ ok: false, code: 'closed' });
    expect(await startLive(editor, id)).toMatchObject({ ok: false, code: 'invalid' });
    const cov = (await queryLiveCoverage(db, id))!;
    expect(cov).toMatchObject({ startedAt: '2026-12-03T03:00:00.000Z', endedAt: '2026-12-03T04:00:00.000Z' });
    // Closing moved the row's updated_at (feeds and sitemaps show when the article last changed).
    expect((await db.selectFrom('articles').select('updated_at').where('id', '=', id).executeTakeFirstOrThrow()).updated_at).toBe('2026-12-03T04:00:00.000Z');
    expect(cov.entries.map((x) => x.body)).toEqual(['Cập nhật cuối']);
  });

  it('opens a covered article’s live page to every reporter, and an uncovered one only to those who may see it', async () => {
    const { editor, reporter, reporter2, id } = await setup();
    expect(await getLivePageArticle(reporter2, id)).toBeNull();
    expect(await getLivePageArticle(reporter, id)).toMatchObject({ id });
    ok(await startLive(editor, id));
    expect(await getLivePageArticle(reporter2, id)).toMatchObject({ id });
    expect(await getLivePageArticle(reporter2, 'khong-co')).toBeNull();
  });

  it('refuses content/ articles and unknown ids', async () => {
    const { db, editor } = await setup();
    await db.updateTable('articles').set({ source: 'content' }).execute();
    const row = await db.selectFrom('articles').select('id').executeTakeFirstOrThrow();
    expect(await startLive(editor, row.id)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await startLive(editor, 'khong-co')).toMatchObject({ ok: false, code: 'not-found' });
    expect(await editLiveEntry(editor, 'khong-co', text('x'))).toMatchObject({ ok: false, code: 'not-found' });
  });
});

describe('the live entry schema', () => {
  it('asks each kind for what it needs, in Vietnamese', () => {
    const msg = (v: unknown) => liveEntrySchema.safeParse(v).error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(msg({ kind: 'text', body: '  ' })).toEqual(['body: Hãy nhập nội dung cập nhật.']);
    expect(msg({ kind: 'quote', body: 'Câu nói' })).toEqual(['quoteAuthor: Hãy ghi ai đã nói câu này.']);
    expect(msg({ kind: 'photo', mediaId: 'x' })).toEqual(['mediaId: Hãy chọn một ảnh trong thư viện.', 'credit: Ảnh cần tên người chụp.']);
    expect(msg({ kind: 'video', body: 'x' })?.[0]).toMatch(/^kind: /);
  });
});
