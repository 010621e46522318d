/**
 * Who has an article open in the editor (docs/editor.md, "Someone else is editing"). Each tab
 * beats every 15 s; the tab that holds the article is the one named in its row, until it has
 * been silent for presenceStaleMs or said it left. Not a lock: nothing outlives a closed tab,
 * and anyone who may edit can take over; the version check on save stays the last defence.
 */
import type { Kysely } from 'kysely';
import { editorConfig } from '@/lib/config/site';
import { db as getDb, withWriteTransaction } from '@/lib/db';
import { isPostgres } from '@/lib/db/engine';
import type { Database } from '@/lib/db/schema';
import { type AccessArticle, type Actor, canEdit, canView } from './access';
import { loadArticleRow } from './editor-reads';

export type PresenceAnswer =
  /** This tab holds the article (version: the stored one, to notice edits made meanwhile). */
  | { state: 'holding'; version: number }
  /** Someone else's tab holds it (self: the same person, in another tab or device). */
  | { state: 'other'; name: string; self: boolean; since: string }
  /** This tab held it and was taken over: by whom and when. Told once. */
  | { state: 'taken'; name: string; at: string };

export type PresenceResult = { ok: true; answer: PresenceAnswer } | { ok: false; code: 'not-found' | 'forbidden' };

type Conn = Kysely<Database>;
type Row = NonNullable<Awaited<ReturnType<typeof readRow>>>;

/** A holder counts while it beats and has not left. */
export function isFresh(row: { heartbeat_at: string; released_at: string | null }, now: Date): boolean {
  return row.released_at === null && Date.parse(row.heartbeat_at) > now.getTime() - editorConfig.presenceStaleMs;
}

/**
 * Inside a write: two tabs arriving at once must not both be told they hold it. SQLite's BEGIN
 * IMMEDIATE already queues writers; on PostgreSQL the article's row lock does (there may be no presence row yet).
 */
async function lockArticle(tx: Conn, articleId: string): Promise<void> {
  if (isPostgres(tx)) await tx.selectFrom('articles').select('id').where('id', '=', articleId).forUpdate().execute();
}

function readRow(conn: Conn, articleId: string) {
  return conn
    .selectFrom('article_presence')
    .leftJoin('users as holder', 'holder.id', 'article_presence.user_id')
    .selectAll('article_presence')
    .select(['holder.name as holder_name', 'holder.role as holder_role'])
    .where('article_presence.article_id', '=', articleId)
    .executeTakeFirst();
}

type Rights = { ok: true; version: number; article: AccessArticle } | { ok: false; code: 'not-found' | 'forbidden' };

/** Only people who may edit the article now take part; others may not even learn who has it open. */
async function checkRights(conn: Conn, actor: Actor, articleId: string): Promise<Rights> {
  const row = await loadArticleRow(conn, articleId);
  if (!row) return { ok: false, code: 'not-found' };
  const article = { source: row.source, status: row.status, authorId: row.author_id, publishedAt: row.published_at };
  if (!canView(actor, article)) return { ok: false, code: 'not-found' };
  if (!canEdit(actor, article)) return { ok: false, code: 'forbidden' };
  return { ok: true, version: row.version, article };
}

/** The holder still counts: beating, not gone, and still allowed to edit (a reporter who submitted it is not). */
function holds(row: Row, article: AccessArticle, now: Date): boolean {
  return isFresh(row, now) && row.holder_role !== null && canEdit({ id: row.user_id, role: row.holder_role }, article);
}

async function hold(tx: Conn, articleId: string, actor: Actor, tab: string, at: string, prior: Row | undefined, takenFrom: Row | null) {
  const sameTab = prior?.tab_id === tab;
  const values = {
    user_id: actor.id,
    tab_id: tab,
    started_at: sameTab && prior ? prior.started_at : at,
    heartbeat_at: at,
    released_at: null,
    taken_from_user_id: takenFrom ? takenFrom.user_id : sameTab ? (prior?.taken_from_user_id ?? null) : null,
    taken_from_tab_id: takenFrom ? takenFrom.tab_id : sameTab ? (prior?.taken_from_tab_id ?? null) : null,
    taken_at: takenFrom ? at : sameTab ? (prior?.taken_at ?? null) : null,
  };
  await tx
    .insertInto('article_presence')
    .values({ article_id: articleId, ...values })
    .onConflict((oc) => oc.column('article_id').doUpdateSet(values))
    .execute();
}

/**
 * A tab says it is here. It holds the article if nobody else's tab does (a silent or departed
 * holder holds nothing), unless it was taken over: then it is told by whom, once, and holds nothing.
 * A page just opened (arriving, even a reload of that tab) shows the stored article: no news to tell.
 */
export async function beat(actor: Actor, articleId: string, tab: string, now = new Date(), opts: { arriving?: boolean } = {}): Promise<PresenceResult> {
  const conn = await getDb();
  const rights = await checkRights(conn, actor, articleId);
  if (!rights.ok) return rights;
  const at = now.toISOString();
  const answer = await withWriteTransaction(async (tx): Promise<PresenceAnswer> => {
    await lockArticle(tx, articleId);
    const row = await readRow(tx, articleId);
    if (row && row.tab_id !== tab && row.taken_from_tab_id === tab) {
      // Told once; an arrival needs no telling.
      await tx.updateTable('article_presence').set({ taken_from_user_id: null, taken_from_tab_id: null, taken_at: null }).where('article_id', '=', articleId).execute();
      if (!opts.arriving) return { state: 'taken', name: row.holder_name ?? 'Một người khác', at: row.taken_at ?? at };
    }
    if (row && row.tab_id !== tab && holds(row, rights.article, now)) {
      return { state: 'other', name: row.holder_name ?? 'Một người khác', self: row.user_id === actor.id, since: row.started_at };
    }
    await hold(tx, articleId, actor, tab, at, row, null);
    return { state: 'holding', version: rights.version };
  });
  return { ok: true, answer };
}

/** "Tôi sẽ sửa tiếp": this tab holds the article from now; the tab it displaced will be told by whom. */
export async function takeOver(actor: Actor, articleId: string, tab: string, now = new Date()): Promise<PresenceResult> {
  const conn = await getDb();
  const rights = await checkRights(conn, actor, articleId);
  if (!rights.ok) return rights;
  const at = now.toISOString();
  await withWriteTransaction(async (tx) => {
    await lockArticle(tx, articleId);
    const row = await readRow(tx, articleId);
    // Only a tab that might still be open needs telling; one that left or fell silent is gone.
    const displaced = row && row.tab_id !== tab && holds(row, rights.article, now) ? row : null;
    await hold(tx, articleId, actor, tab, at, row, displaced);
  });
  return { ok: true, answer: { state: 'holding', version: rights.version } };
}

/** The tab is closing: it lets go at once instead of after the stale window. Only its own hold. */
export async function release(actor: Actor, articleId: string, tab: string, now = new Date()): Promise<void> {
  const conn = await getDb();
  await conn
    .updateTable('article_presence')
    .set({ released_at: now.toISOString() })
    .where('article_id', '=', articleId)
    .where('tab_id', '=', tab)
    .where('user_id', '=', actor.id)
    .execute();
}

/** Who holds the article right now, if anyone (the autosave route refuses others' autosaves). */
export async function currentHolder(articleId: string, now = new Date()): Promise<{ userId: string; name: string } | null> {
  const conn = await getDb();
  const [row, article] = await Promise.all([readRow(conn, articleId), loadArticleRow(conn, articleId)]);
  if (!row || !article) return null;
  const access = { source: article.source, status: article.status, authorId: article.author_id, publishedAt: article.published_at };
  return holds(row, access, now) ? { userId: row.user_id, name: row.holder_name ?? 'Một người khác' } : null;
}

/** The autosave route's refusal, when someone else has taken the article over. */
export const takenOverMessage = (name: string) => `${name} đang sửa bài này nên bản tự lưu của bạn không được ghi. Nội dung bạn gõ vẫn được giữ trong trình duyệt này.`;
