import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDocs } from '@/lib/content/content-docs';
import { syncContent } from '@/lib/content/sync-content';
import { closeDb, type Db, withWriteTransaction } from '@/lib/db';
import { articleFields, insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import type { Actor } from './access';
import { writeIndexRecord } from './index-writer';
import { queryArticleBySlug, queryFeed, queryHome } from './queries';
import {
  type WorkflowResult,
  addCorrection,
  createArticle,
  publishArticle,
  restoreRevision,
  saveArticle,
  scheduleArticle,
  submitForReview,
  unpublishArticle,
} from './workflow';
import { listEditorArticles } from './dashboard';
import { getEditorArticle, getRevisions } from './editor-reads';
import { getPendingEdit } from './pending-edits';

afterAll(closeDb);

const CONTENT_SLUG = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';

function ok(r: WorkflowResult) {
  if (!r.ok) throw new Error(`${r.code}: ${r.message} ${JSON.stringify(r.fieldErrors ?? r.issues ?? '')}`);
  return r;
}

describe.each(testDialects)('editor workflow (%s)', (dialect) => {
  let db: Db;
  let reporter: Actor;
  let editor: Actor;
  let editor2: Actor;

  beforeAll(async () => {
    db = await freshDb(dialect);
    await syncContent(db, contentDocs());
    reporter = await insertUser(db, 'reporter', 'Phóng viên A');
    editor = await insertUser(db, 'editor', 'Biên tập viên 1');
    editor2 = await insertUser(db, 'editor', 'Biên tập viên 2');
  });

  it('refuses a save based on an old version, keeps the other save, and hands back both versions', async () => {
    const a = ok(await createArticle(reporter, articleFields())).article;
    const first = ok(await saveArticle(editor, { id: a.id, version: a.version, fields: { ...articleFields({ slug: a.slug }), title: 'Bản của biên tập viên một' } }));
    const second = await saveArticle(editor2, { id: a.id, version: a.version, fields: { ...articleFields({ slug: a.slug }), title: 'Bản của biên tập viên hai' } });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.code).toBe('conflict');
    expect(second.conflict?.version).toBe(first.article.version);
    expect(second.conflict?.snapshot.title).toBe('Bản của biên tập viên một');
    expect(second.conflict?.savedBy).toBe('Biên tập viên 1');
    const stored = await db.selectFrom('articles').select(['title', 'version']).where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ title: 'Bản của biên tập viên một', version: first.article.version });
  });

  it('applies the same rule to autosave, and to saves racing at the same moment', async () => {
    const a = ok(await createArticle(reporter, articleFields())).article;
    ok(await saveArticle(reporter, { id: a.id, version: a.version, fields: articleFields({ slug: a.slug }), autosave: true }));
    const stale = await saveArticle(reporter, { id: a.id, version: a.version, fields: articleFields({ slug: a.slug }), autosave: true });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });

    const b = ok(await createArticle(reporter, articleFields())).article;
    const results = await Promise.all(
      [editor, editor2, editor, editor2].map((who, i) => saveArticle(who, { id: b.id, version: b.version, fields: { ...articleFields({ slug: b.slug }), title: `Lưu song song số ${i}` } })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'conflict')).toHaveLength(3);
    const row = await db.selectFrom('articles').select('version').where('id', '=', b.id).executeTakeFirstOrThrow();
    expect(row.version).toBe(b.version + 1);
  });

  it('never merges an autosave into version 1: the article as first autosaved stays restorable', async () => {
    const t0 = new Date('2026-11-28T09:00:00Z');
    const a = ok(await createArticle(reporter, articleFields({ title: 'Bản tự lưu đầu tiên' }), { now: t0 }, { autosave: true })).article;
    ok(await saveArticle(reporter, { id: a.id, version: a.version, fields: articleFields({ slug: a.slug, title: 'Bản tự lưu thứ hai' }), autosave: true }, { now: new Date(t0.getTime() + 5000) }));
    const revs = (await getRevisions(editor, a.id))!;
    expect(revs.map((r) => r.version)).toEqual([2, 1]);
    expect(revs[1]!.data.title).toBe('Bản tự lưu đầu tiên');
  });

  it('writes a revision for every save (who, when, what), one for a run of autosaves', async () => {
    const t0 = new Date('2026-11-28T08:00:00Z');
    const a = ok(await createArticle(reporter, articleFields({ title: 'Bản đầu tiên của bài' }), { now: t0 })).article;
    let v = a.version;
    for (let i = 1; i <= 3; i++) {
      const r = ok(await saveArticle(reporter, { id: a.id, version: v, fields: articleFields({ slug: a.slug, title: `Tự lưu lần ${i} của bài` }), autosave: true }, { now: new Date(t0.getTime() + i * 5000) }));
      v = r.article.version;
    }
    v = ok(await saveArticle(reporter, { id: a.id, version: v, fields: articleFields({ slug: a.slug, title: 'Lưu tay sau khi tự lưu' }) }, { now: new Date(t0.getTime() + 60_000) })).article.version;
    v = ok(await submitForReview(reporter, { id: a.id, version: v })).article.version;

    const revs = (await getRevisions(editor, a.id))!;
    expect(revs.map((r) => r.note)).toEqual(['submit', 'save', 'autosave', 'create']);
    expect(revs[0]!.version).toBe(v);
    // The merged run keeps its first version (2): every number in the history stays there.
    expect(revs.map((r) => r.version)).toEqual([6, 5, 2, 1]);
    expect(revs[2]!.data.title).toBe('Tự lưu lần 3 của bài');
    expect(revs[3]!.data.title).toBe('Bản đầu tiên của bài');
    expect(revs.every((r) => r.userName === 'Phóng viên A')).toBe(true);
    expect(revs[0]!.data.status).toBe('review');
  });

  it('refuses an unsafe body with the line, and keeps the last good draft', async () => {
    const a = ok(await createArticle(reporter, articleFields({ body: 'Bản tốt.' }))).article;
    const cases: [string, RegExp][] = [
      ['Dòng một.\n\nDòng ba <script>alert(1)</script>', /Dòng 3: .*<script>/],
      ['Một\n\n<Figure src="/a.jpg" alt="a" credit="b" onError="x()" />', /Dòng 3: .*onError/],
      ['[bấm](javascript:alert(1))', /Dòng 1: Liên kết không an toàn/],
      ['import x from "y"\n\nChữ', /Dòng 1: .*import/],
      ['Chữ\n\n{1 + 1}', /Dòng 3: .*biểu thức/],
      ['Chữ\n\n<Quote author="A">\nchưa đóng', /Lỗi cú pháp MDX/],
    ];
    for (const [body, message] of cases) {
      const r = await saveArticle(reporter, { id: a.id, version: a.version, fields: articleFields({ slug: a.slug, body }) });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.code).toBe('invalid-body');
      expect(r.issues!.join('\n')).toMatch(message);
    }
    const stored = await getEditorArticle(reporter, a.id);
    expect(stored?.body).toBe('Bản tốt.');
    expect(stored?.version).toBe(a.version);
    expect((await getRevisions(reporter, a.id))!).toHaveLength(1);
  });

  it('refuses to publish while a photo lacks alt text or a credit, listing each', async () => {
    const fields = articleFields({
      body: 'Mở đầu\n\n<Figure src="/anh/1.jpg" alt="" credit="T.C" />\n\n<Gallery>\n<Figure src="/anh/2.jpg" alt="Hai" />\n</Gallery>',
      cover: { src: '/anh/bia.jpg', alt: 'Bìa', caption: '', credit: '' },
    });
    const a = ok(await createArticle(reporter, fields)).article;
    const r = await publishArticle(editor, { id: a.id, version: a.version });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('not-ready');
    expect(r.problems!.map((p) => [p.where, p.line, p.missing])).toEqual([
      ['cover', null, ['credit']],
      ['body', 3, ['alt']],
      ['body', 6, ['credit']],
    ]);
    expect((await getEditorArticle(editor, a.id))?.status).toBe('draft');
  });

  it('keeps slugs unique across both sources and frozen once published', async () => {
    const taken = await createArticle(reporter, articleFields({ slug: CONTENT_SLUG }));
    expect(taken).toMatchObject({ ok: false, code: 'slug-taken' });

    const a = ok(await createArticle(reporter, articleFields())).article;
    const renamed = ok(await saveArticle(reporter, { id: a.id, version: a.version, fields: articleFields({ slug: `${a.slug}-moi` }) })).article;
    expect(renamed.slug).toBe(`${a.slug}-moi`);
    const published = ok(await publishArticle(editor, { id: a.id, version: renamed.version })).article;
    const locked = await saveArticle(editor, { id: a.id, version: published.version, fields: articleFields({ slug: `${a.slug}-lan-ba` }) });
    expect(locked).toMatchObject({ ok: false, code: 'slug-locked' });
    const sameSlug = await saveArticle(editor, { id: a.id, version: published.version, fields: articleFields({ slug: renamed.slug, title: 'Sửa tiêu đề sau khi đăng' }) });
    expect(sameSlug.ok).toBe(true);
  });

  it('treats a published row written by another path (no first_published_at) as frozen too', async () => {
    const fields = articleFields();
    const now = new Date().toISOString();
    const id = crypto.randomUUID();
    await withWriteTransaction((tx) =>
      writeIndexRecord(tx, { ...fields, id, source: 'db', contentHash: null, status: 'published', publishedAt: now, updatedAt: now, createdAt: now, authorId: reporter.id, version: 1, sample: false }),
    );
    const r = await saveArticle(editor, { id, version: 1, fields: { ...fields, slug: `${fields.slug}-khac` } });
    expect(r).toMatchObject({ ok: false, code: 'slug-locked' });
  });

  it('publishes at once into every public listing, and reports the tags to refresh', async () => {
    const a = ok(await createArticle(reporter, articleFields({ tags: ['Đê biển Hội An'] }))).article;
    expect(await queryArticleBySlug(db, a.slug, new Date().toISOString())).toBeNull();
    const r = ok(await publishArticle(editor, { id: a.id, version: a.version }));
    const now = new Date(Date.now() + 1000).toISOString();
    expect((await queryArticleBySlug(db, a.slug, now))?.title).toBe(a.title);
    const home = await queryHome(db, now);
    expect([home.lead, ...home.latest].map((x) => x?.slug)).toContain(a.slug);
    expect((await queryFeed(db, now)).map((x) => x.slug)).toContain(a.slug);
    expect(r.revalidate).toEqual([{ slug: a.slug, category: 'thoi-su', tagSlugs: ['de-bien-hoi-an'], authorSlugs: ['tran-cong'] }]);
    const audit = await db.selectFrom('audit_log').select(['action', 'user_id', 'target']).where('target', '=', a.id).execute();
    expect(audit).toContainEqual({ action: 'article.publish', user_id: editor.id, target: a.id });
  });

  it('shows a scheduled article only from its time (decided at read time)', async () => {
    const t0 = new Date();
    const at = new Date(t0.getTime() + 3600_000);
    const a = ok(await createArticle(reporter, articleFields())).article;
    const past = await scheduleArticle(editor, { id: a.id, version: a.version, at: new Date(t0.getTime() - 60_000) });
    expect(past).toMatchObject({ ok: false, code: 'bad-time' });
    const s = ok(await scheduleArticle(editor, { id: a.id, version: a.version, at }));
    expect(s.article.status).toBe('scheduled');
    expect(s.article.publishedAt).toBe(at.toISOString());
    expect(await queryArticleBySlug(db, a.slug, new Date(at.getTime() - 1000).toISOString())).toBeNull();
    expect((await queryHome(db, new Date(at.getTime() - 1000).toISOString())).latest.map((x) => x.slug)).not.toContain(a.slug);
    expect((await queryArticleBySlug(db, a.slug, at.toISOString()))?.slug).toBe(a.slug);
    const later = new Date(at.getTime() + 1000).toISOString();
    const home = await queryHome(db, later);
    expect([home.lead, ...home.latest].map((x) => x?.slug)).toContain(a.slug);
    // Before its time the slug may still change; from its time it is frozen.
    const before = await saveArticle(editor, { id: a.id, version: s.article.version, fields: articleFields({ slug: `${a.slug}-doi` }) }, { now: new Date(at.getTime() - 1000) });
    expect(before.ok).toBe(true);
    const after = await saveArticle(editor, { id: a.id, version: s.article.version + 1, fields: articleFields({ slug: `${a.slug}-doi-nua` }) }, { now: new Date(at.getTime() + 1000) });
    expect(after).toMatchObject({ ok: false, code: 'slug-locked' });
  });

  it('takes an article down with a required reason and corrects a published one', async () => {
    const a = ok(await createArticle(reporter, articleFields())).article;
    const p = ok(await publishArticle(editor, { id: a.id, version: a.version })).article;
    const corrected = ok(await addCorrection(editor, { id: a.id, text: 'Số liệu đúng là 12 xã.' }));
    expect(corrected.article.corrections.map((c) => c.text)).toEqual(['Số liệu đúng là 12 xã.']);
    expect((await queryArticleBySlug(db, a.slug, new Date(Date.now() + 1000).toISOString()))?.corrections.map((c) => c.text)).toEqual(['Số liệu đúng là 12 xã.']);
    const noReason = await unpublishArticle(editor, { id: a.id, version: p.version, reason: '  ' });
    expect(noReason).toMatchObject({ ok: false, code: 'invalid' });
    const down = ok(await unpublishArticle(editor, { id: a.id, version: p.version, reason: 'Thông tin chưa được xác minh.' }));
    expect(down.article).toMatchObject({ status: 'unpublished', takedownReason: 'Thông tin chưa được xác minh.' });
    expect(down.revalidate.map((t) => t.slug)).toEqual([a.slug]);
    expect(await queryArticleBySlug(db, a.slug, new Date(Date.now() + 1000).toISOString())).toBeNull();
    const actions = (await db.selectFrom('audit_log').select('action').where('target', '=', a.id).execute()).map((x) => x.action);
    expect(actions).toEqual(expect.arrayContaining(['article.publish', 'article.correction', 'article.unpublish']));
  });

  it('restores an old revision as a new draft revision, never publishing', async () => {
    const a = ok(await createArticle(reporter, articleFields({ title: 'Tiêu đề gốc của bài viết' }))).article;
    const edited = ok(await saveArticle(reporter, { id: a.id, version: a.version, fields: articleFields({ slug: a.slug, title: 'Tiêu đề sửa lại của bài viết' }) })).article;
    const revs = (await getRevisions(reporter, a.id))!;
    const original = revs.find((r) => r.note === 'create')!;
    const restored = ok(await restoreRevision(reporter, { id: a.id, version: edited.version, revisionId: original.id }));
    expect(restored.article).toMatchObject({ title: 'Tiêu đề gốc của bài viết', status: 'draft', version: edited.version + 1 });
    expect(restored.revalidate).toEqual([]);
    const after = (await getRevisions(reporter, a.id))!;
    expect(after).toHaveLength(3);
    expect(after[0]!.note).toBe(`restore:${original.version}`);

    // A live article is not restored over (that would publish old text by itself): the old text
    // becomes the editor's pending copy, and readers keep the live one.
    const p = ok(await publishArticle(editor, { id: a.id, version: restored.article.version })).article;
    const edited0 = after.find((r) => r.note === 'save')!;
    const intoCopy = ok(await restoreRevision(editor, { id: a.id, version: p.version, revisionId: edited0.id }));
    expect(intoCopy.pendingCopy).toBe(true);
    expect(intoCopy.revalidate).toEqual([]);
    const still = await getEditorArticle(editor, a.id);
    expect(still).toMatchObject({ status: 'published', version: p.version, title: p.title });
    expect((await getPendingEdit(editor, a.id))?.fields.title).toBe(edited0.data.title);
    expect(await getPendingEdit(reporter, a.id)).toBeNull();
  });

  it('lists what each person may see on the dashboard, filterable and newest first', async () => {
    const other = await insertUser(db, 'reporter', 'Phóng viên C');
    const mine = ok(await createArticle(other, articleFields({ category: 'van-hoa' }))).article;
    const list = await listEditorArticles(other, {});
    const sources = new Set(list.items.map((i) => (i.source === 'content' ? 'content' : i.authorId)));
    expect([...sources].sort()).toEqual([other.id, 'content'].sort());
    expect(list.items[0]!.id).toBe(mine.id);
    const filtered = await listEditorArticles(editor, { category: 'van-hoa', status: 'draft', author: other.id });
    expect(filtered.items.map((i) => i.id)).toEqual([mine.id]);
    const all = await listEditorArticles(editor, {});
    expect(all.total).toBeGreaterThan(list.total);
    // Another reporter's article is invisible to a reporter.
    expect(await getEditorArticle(reporter, mine.id)).toBeNull();
  });
});
