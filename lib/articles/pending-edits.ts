/**
 * A person's unfinished edit of a live article, kept on the server instead of in front of
 * readers; offered back on any device, removed on save or discard (docs/architecture.md, "Workflow").
 */
import type { Kysely } from 'kysely';
import { db as getDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { ArticleFields } from '@/lib/validations/article';
import { articleFieldsSchema } from '@/lib/validations/article';
import { type Actor, canEdit } from './access';
import { parseJson } from '@/lib/db/json';
import { loadArticleRow } from './editor-reads';

export type PendingEdit = { fields: ArticleFields; baseVersion: number; savedAt: string };

export const pendingSavedMessage = 'Đã tự lưu bản sửa của bạn (bạn đọc chưa thấy; bấm “Cập nhật bài” để đăng)';

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
