/**
 * A person's unfinished edit of a live article, kept on the server.
 *
 * Saving a live (published or scheduled) article puts the change in front of
 * readers, so its autosave must not write the article. It writes here
 * instead: one copy per person and article, replaced by each autosave,
 * removed when that person saves the article (commitChange in
 * article-workflow.ts) or discards it. Opening the article again, on any
 * device, offers the copy back. Nobody else sees it, and it never reaches
 * readers by itself.
 */
import type { Kysely } from 'kysely';
import { db as getDb, withWriteTransaction } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { ArticleFields } from '@/lib/validations/article';
import { articleFieldsSchema } from '@/lib/validations/article';
import { type Actor, canEdit, isLive } from './article-access';
import { parseJson } from './articles-query';
import { loadArticleRow } from './editor-articles';

export type PendingEdit = { fields: ArticleFields; baseVersion: number; savedAt: string };

export type PendingSaveResult = { ok: true; savedAt: string } | { ok: false; message: string; code: 'not-found' | 'forbidden' };

export const pendingMessages = {
  saved: 'Đã tự lưu bản sửa của bạn (bạn đọc chưa thấy; bấm “Cập nhật bài” để đăng)',
  notFound: 'Không tìm thấy bài viết.',
  forbidden: 'Bạn không có quyền sửa bài này.',
} as const;

/**
 * Autosave of a live article: keep the person's edit as their pending copy.
 * Returns null when the caller should save the article as usual: it is not
 * live, or the edit was typed on an older version (the usual save then
 * answers with the conflict and both versions, as for a draft, instead of
 * keeping a copy that could only end in one later; a keepalive autosave that
 * lands after "Cập nhật bài" is refused the same way).
 */
export async function savePendingEditIfLive(
  actor: Actor,
  input: { id: string; version: number; fields: ArticleFields },
  now: Date = new Date(),
): Promise<PendingSaveResult | null> {
  const conn = await getDb();
  return withWriteTransaction(async (tx) => {
    const row = await loadArticleRow(tx, input.id);
    if (!row) return { ok: false, code: 'not-found', message: pendingMessages.notFound } as const;
    const access = { source: row.source, status: row.status, authorId: row.author_id, publishedAt: row.published_at };
    if (!isLive(access)) return null;
    if (!canEdit(actor, access)) return { ok: false, code: 'forbidden', message: pendingMessages.forbidden } as const;
    if (row.version !== input.version) return null;
    const savedAt = now.toISOString();
    await writePendingEdit(tx, { articleId: row.id, userId: actor.id, baseVersion: input.version, fields: input.fields, savedAt });
    return { ok: true, savedAt } as const;
  }, conn);
}

/** Store (or replace) a person's pending copy. The caller has checked their right to edit. */
export async function writePendingEdit(
  conn: Kysely<Database>,
  p: { articleId: string; userId: string; baseVersion: number; fields: ArticleFields; savedAt: string },
): Promise<void> {
  const data = JSON.stringify(p.fields);
  await conn
    .insertInto('article_pending_edits')
    .values({ article_id: p.articleId, user_id: p.userId, base_version: p.baseVersion, data, saved_at: p.savedAt })
    .onConflict((oc) => oc.columns(['article_id', 'user_id']).doUpdateSet({ base_version: p.baseVersion, data, saved_at: p.savedAt }))
    .execute();
}

/** The person's pending copy of an article, if they may still edit it. */
export async function getPendingEdit(actor: Actor, articleId: string): Promise<PendingEdit | null> {
  const conn = await getDb();
  const row = await loadArticleRow(conn, articleId);
  if (!row || !canEdit(actor, { source: row.source, status: row.status, authorId: row.author_id, publishedAt: row.published_at })) return null;
  const pending = await conn
    .selectFrom('article_pending_edits')
    .select(['base_version', 'data', 'saved_at'])
    .where('article_id', '=', articleId)
    .where('user_id', '=', actor.id)
    .executeTakeFirst();
  if (!pending) return null;
  const fields = articleFieldsSchema.safeParse(parseJson<unknown>(pending.data, null));
  if (!fields.success) return null;
  return { fields: fields.data, baseVersion: pending.base_version, savedAt: pending.saved_at };
}

/** Drop the person's pending copy (they chose not to keep it). Only ever their own. */
export async function discardPendingEdit(actor: Actor, articleId: string): Promise<void> {
  const conn = await getDb();
  await conn.deleteFrom('article_pending_edits').where('article_id', '=', articleId).where('user_id', '=', actor.id).execute();
}
