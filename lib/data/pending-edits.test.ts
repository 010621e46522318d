import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { articleFields, insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { type WorkflowResult, createArticle, publishArticle, saveArticle } from './article-workflow';
import { getEditorArticle } from './editor-articles';
import { discardPendingEdit, getPendingEdit, savePendingEditIfLive } from './pending-edits';

afterAll(closeDb);

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

    // A draft is saved as usual: no pending copy.
    const draft = ok(await createArticle(reporter, articleFields()));
    expect(await savePendingEditIfLive(editor, { id: draft.article.id, version: draft.article.version, fields: draft.article })).toBeNull();

    // Published: the editor's autosave becomes their pending copy; the article is untouched.
    const live = ok(await publishArticle(editor, { id: draft.article.id, version: draft.article.version }));
    const typed = { ...articleFields({ slug: live.article.slug }), body: 'Đoạn đang viết dở: số liệu sẽ được cập nhật.' };
    const saved = await savePendingEditIfLive(editor, { id: live.article.id, version: live.article.version, fields: typed }, new Date('2026-11-29T02:00:00Z'));
    expect(saved).toEqual({ ok: true, savedAt: '2026-11-29T02:00:00.000Z' });
    const stored = await getEditorArticle(editor, live.article.id);
    expect(stored!.version).toBe(live.article.version);
    expect(stored!.body).toBe(live.article.body);
    expect(await getPendingEdit(editor, live.article.id)).toEqual({ fields: typed, baseVersion: live.article.version, savedAt: '2026-11-29T02:00:00.000Z' });

    // A later autosave replaces it; nobody else sees it; a reporter may not write one on a live article.
    const typed2 = { ...typed, body: `${typed.body}\n\nĐoạn thứ hai.` };
    expect((await savePendingEditIfLive(editor, { id: live.article.id, version: live.article.version, fields: typed2 }))?.ok).toBe(true);
    expect((await getPendingEdit(editor, live.article.id))!.fields.body).toBe(typed2.body);
    expect(await getPendingEdit(editor2, live.article.id)).toBeNull();
    expect(await savePendingEditIfLive(reporter, { id: live.article.id, version: live.article.version, fields: typed })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await getPendingEdit(reporter, live.article.id)).toBeNull();
    expect(await savePendingEditIfLive(editor, { id: 'khong-co', version: 1, fields: typed })).toMatchObject({ ok: false, code: 'not-found' });

    // Another editor's save does not take the first editor's copy away; the first editor's own save does.
    const edited = ok(await saveArticle(editor2, { id: live.article.id, version: live.article.version, fields: { ...live.article, title: `${live.article.title} (sửa)` } }));
    expect(await getPendingEdit(editor, live.article.id)).not.toBeNull();
    // An autosave typed on the older version is not kept as a copy: the caller's usual save answers with the conflict.
    expect(await savePendingEditIfLive(editor, { id: live.article.id, version: live.article.version, fields: typed })).toBeNull();
    expect((await getPendingEdit(editor, live.article.id))!.fields.body).toBe(typed2.body);
    ok(await saveArticle(editor, { id: live.article.id, version: edited.article.version, fields: { ...edited.article, body: typed2.body } }));
    expect(await getPendingEdit(editor, live.article.id)).toBeNull();

    // Discard removes only the person's own copy.
    await savePendingEditIfLive(editor, { id: live.article.id, version: edited.article.version + 1, fields: typed });
    await savePendingEditIfLive(editor2, { id: live.article.id, version: edited.article.version + 1, fields: typed2 });
    await discardPendingEdit(editor, live.article.id);
    expect(await getPendingEdit(editor, live.article.id)).toBeNull();
    expect((await getPendingEdit(editor2, live.article.id))!.fields.body).toBe(typed2.body);
  });
});
