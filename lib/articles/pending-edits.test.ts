import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { articleFields, insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import type { ArticleFields } from '@/lib/validations/article';
import type { Actor } from './access';
import { type WorkflowResult, createArticle, publishArticle, saveArticle } from './workflow';
import { getEditorArticle } from './editor-reads';
import { discardPendingEdit, getPendingEdit } from './pending-edits';

afterAll(closeDb);

/** The editor's autosave, as the autosave route calls it. */
const autosave = (actor: Actor, input: { id: string; version: number; fields: ArticleFields }, now?: Date) => saveArticle(actor, { ...input, autosave: true }, { now });

function ok(r: WorkflowResult) {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r;
}

describe.each(testDialects)('pending edits of live articles (%s)', (dialect) => {
  it('keeps an editor’s unfinished edit of a live article on the server, for them only, until they save or discard it', async () => {
    const db = await freshDb(dialect);
    const editor = await insertUser(db, 'editor', 'Lê Biên Tập');
    const editor2 = await insertUser(db, 'editor', 'Trần Biên Tập');
    const reporter = await insertUser(db, 'reporter', 'Nguyễn Phóng Viên');

    // A draft's autosave is saved as usual: no pending copy.
    const created = ok(await createArticle(reporter, articleFields()));
    const draft = ok(await autosave(editor, { id: created.article.id, version: created.article.version, fields: created.article }));
    expect(draft.pendingCopy).toBeUndefined();
    expect(await getPendingEdit(editor, draft.article.id)).toBeNull();

    // Published: the editor's autosave becomes their pending copy; the article is untouched.
    const live = ok(await publishArticle(editor, { id: draft.article.id, version: draft.article.version }));
    const typed = { ...articleFields({ slug: live.article.slug }), body: 'Đoạn đang viết dở: số liệu sẽ được cập nhật.' };
    const saved = await autosave(editor, { id: live.article.id, version: live.article.version, fields: typed }, new Date('2026-11-29T02:00:00Z'));
    expect(saved).toMatchObject({ ok: true, pendingCopy: true, revalidate: [] });
    const stored = await getEditorArticle(editor, live.article.id);
    expect(stored!.version).toBe(live.article.version);
    expect(stored!.body).toBe(live.article.body);
    expect(await getPendingEdit(editor, live.article.id)).toEqual({ fields: typed, baseVersion: live.article.version, savedAt: '2026-11-29T02:00:00.000Z' });

    // A body a save would refuse is refused here too, and the copy already kept stays as it was.
    const hostile = { ...typed, body: `${typed.body}\n\n<script>alert(1)</script>` };
    expect(await autosave(editor, { id: live.article.id, version: live.article.version, fields: hostile })).toMatchObject({ ok: false, code: 'invalid-body' });
    expect((await getPendingEdit(editor, live.article.id))!.fields.body).toBe(typed.body);

    // A later autosave replaces it; nobody else sees it; a reporter may not write one on a live article.
    const typed2 = { ...typed, body: `${typed.body}\n\nĐoạn thứ hai.` };
    expect((await autosave(editor, { id: live.article.id, version: live.article.version, fields: typed2 })).ok).toBe(true);
    expect((await getPendingEdit(editor, live.article.id))!.fields.body).toBe(typed2.body);
    expect(await getPendingEdit(editor2, live.article.id)).toBeNull();
    expect(await autosave(reporter, { id: live.article.id, version: live.article.version, fields: typed })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await getPendingEdit(reporter, live.article.id)).toBeNull();
    expect(await autosave(editor, { id: 'khong-co', version: 1, fields: typed })).toMatchObject({ ok: false, code: 'not-found' });

    // Another editor's save does not take the first editor's copy away; the first editor's own save does.
    const edited = ok(await saveArticle(editor2, { id: live.article.id, version: live.article.version, fields: { ...live.article, title: `${live.article.title} (sửa)` } }));
    expect(await getPendingEdit(editor, live.article.id)).not.toBeNull();
    // An autosave typed on the older version is not kept as a copy: it answers with the conflict, as for a draft.
    expect(await autosave(editor, { id: live.article.id, version: live.article.version, fields: typed })).toMatchObject({ ok: false, code: 'conflict' });
    expect((await getPendingEdit(editor, live.article.id))!.fields.body).toBe(typed2.body);
    ok(await saveArticle(editor, { id: live.article.id, version: edited.article.version, fields: { ...edited.article, body: typed2.body } }));
    expect(await getPendingEdit(editor, live.article.id)).toBeNull();

    // Discard removes only the person's own copy.
    await autosave(editor, { id: live.article.id, version: edited.article.version + 1, fields: typed });
    await autosave(editor2, { id: live.article.id, version: edited.article.version + 1, fields: typed2 });
    await discardPendingEdit(editor, live.article.id);
    expect(await getPendingEdit(editor, live.article.id)).toBeNull();
    expect((await getPendingEdit(editor2, live.article.id))!.fields.body).toBe(typed2.body);
  });
});
