/**
 * Writes of live coverage: start, add / edit / remove an entry, close. Each checks the
 * rights (./access.ts) inside its write transaction and writes its audit line there, with
 * the entry as it was and as it is, which is the entries' history (docs/live.md).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '@/lib/articles/access';
import { writeAudit } from '@/lib/audit/log';
import { type Db, db as getDb, withWriteTransaction } from '@/lib/db';
import { isPostgres } from '@/lib/db/engine';
import type { Database } from '@/lib/db/schema';
import type { LiveEntryInput } from '@/lib/validations/live';
import { canAddEntry, canChangeEntry, canCloseLive, canStartLive } from './access';
import { queryCoverageRow as readCoverage, queryEntryRow } from './queries';

export type LiveWriteResult =
  | { ok: true; articleId: string; slug: string; entryId?: string }
  | { ok: false; code: 'not-found' | 'forbidden' | 'closed' | 'invalid'; message: string };

type Opts = { now?: Date; ip?: string | null; db?: Db };

const notFound = (message = 'Không tìm thấy bài viết.'): LiveWriteResult => ({ ok: false, code: 'not-found', message });
const forbidden = (message = 'Bạn không có quyền thực hiện việc này.'): LiveWriteResult => ({ ok: false, code: 'forbidden', message });
const CLOSED: LiveWriteResult = { ok: false, code: 'closed', message: 'Tường thuật đã kết thúc: không thể thêm, sửa hay gỡ cập nhật nữa.' };

/**
 * The coverage row, locked on PostgreSQL until the transaction ends, so an entry added while
 * someone closes the coverage waits and then sees it closed (SQLite's BEGIN IMMEDIATE
 * already serialises writers).
 */
async function queryCoverageRow(tx: Kysely<Database>, articleId: string) {
  if (!isPostgres(tx)) return readCoverage(tx, articleId);
  return tx.selectFrom('live_coverage').selectAll().where('article_id', '=', articleId).forUpdate().executeTakeFirst();
}

/**
 * Starting or closing changes what the article is (a live blog, then a finished one), so the
 * row's updated_at moves (feeds and sitemaps show it). The action expires the live tag, and
 * again once renders in flight are over (lib/cache/expire-now.ts), which heals a page render
 * that raced the expiry. Entries do not touch the row: a page missing one is caught up by its poll.
 */
async function touchArticle(tx: Kysely<Database>, id: string, now: string) {
  await tx.updateTable('articles').set({ updated_at: now }).where('id', '=', id).execute();
}

async function loadArticle(tx: Kysely<Database>, id: string) {
  return tx.selectFrom('articles').select(['id', 'slug', 'source', 'author_id']).where('id', '=', id).executeTakeFirst();
}

async function actorName(tx: Kysely<Database>, actor: Actor): Promise<string> {
  return (await tx.selectFrom('users').select('name').where('id', '=', actor.id).executeTakeFirst())?.name ?? 'Phóng viên';
}

/** The stored columns of an entry from the form, with the photo checked against the library. */
async function entryColumns(tx: Kysely<Database>, input: LiveEntryInput) {
  if (input.kind === 'photo') {
    const media = await tx.selectFrom('media').select('id').where('id', '=', input.mediaId).executeTakeFirst();
    if (!media) return null;
  }
  return {
    kind: input.kind,
    body: input.body,
    media_id: input.kind === 'photo' ? input.mediaId : null,
    caption: input.kind === 'photo' ? input.caption : null,
    credit: input.kind === 'photo' ? input.credit : null,
    quote_author: input.kind === 'quote' ? input.quoteAuthor : null,
  };
}

export async function startLive(actor: Actor, articleId: string, opts: Opts = {}): Promise<LiveWriteResult> {
  const now = (opts.now ?? new Date()).toISOString();
  return withWriteTransaction(async (tx) => {
    const a = await loadArticle(tx, articleId);
    if (!a) return notFound();
    const cov = await queryCoverageRow(tx, a.id);
    if (cov) return { ok: false, code: 'invalid', message: cov.ended_at ? 'Tường thuật của bài này đã kết thúc.' : 'Bài này đang được tường thuật.' };
    if (!canStartLive(actor, { source: a.source, authorId: a.author_id }, null))
      return forbidden(a.source === 'content' ? 'Bài lưu trong git không thể tường thuật trực tiếp.' : undefined);
    await tx.insertInto('live_coverage').values({ article_id: a.id, started_at: now, started_by: actor.id, ended_at: null, ended_by: null }).execute();
    await touchArticle(tx, a.id, now);
    await writeAudit({ userId: actor.id, action: 'live.start', target: a.id, detail: { slug: a.slug }, ip: opts.ip }, tx);
    return { ok: true, articleId: a.id, slug: a.slug };
  }, opts.db ?? (await getDb()));
}

export async function closeLive(actor: Actor, articleId: string, opts: Opts = {}): Promise<LiveWriteResult> {
  const now = (opts.now ?? new Date()).toISOString();
  return withWriteTransaction(async (tx) => {
    const a = await loadArticle(tx, articleId);
    const cov = a && (await queryCoverageRow(tx, a.id));
    if (!a || !cov) return notFound('Bài này chưa được tường thuật trực tiếp.');
    if (cov.ended_at) return CLOSED;
    if (!canCloseLive(actor, { source: a.source, authorId: a.author_id }, { endedAt: null })) return forbidden();
    // The compare on ended_at makes two people closing at once close it once.
    const res = await tx.updateTable('live_coverage').set({ ended_at: now, ended_by: actor.id }).where('article_id', '=', a.id).where('ended_at', 'is', null).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return CLOSED;
    await touchArticle(tx, a.id, now);
    await writeAudit({ userId: actor.id, action: 'live.close', target: a.id, detail: { slug: a.slug }, ip: opts.ip }, tx);
    return { ok: true, articleId: a.id, slug: a.slug };
  }, opts.db ?? (await getDb()));
}

export async function addLiveEntry(actor: Actor, articleId: string, input: LiveEntryInput, opts: Opts = {}): Promise<LiveWriteResult> {
  const now = (opts.now ?? new Date()).toISOString();
  return withWriteTransaction(async (tx) => {
    const a = await loadArticle(tx, articleId);
    const cov = a && (await queryCoverageRow(tx, a.id));
    if (!a || !cov) return notFound('Bài này chưa được tường thuật trực tiếp.');
    if (cov.ended_at) return CLOSED;
    if (!canAddEntry(actor, { endedAt: null })) return forbidden();
    const cols = await entryColumns(tx, input);
    if (!cols) return { ok: false, code: 'invalid', message: 'Không tìm thấy ảnh này trong thư viện.' };
    const id = randomUUID();
    await tx
      .insertInto('live_entries')
      .values({ id, article_id: a.id, at: now, author_id: actor.id, author_name: await actorName(tx, actor), ...cols, edited_at: null, deleted_at: null })
      .execute();
    await writeAudit({ userId: actor.id, action: 'live.entry-add', target: id, detail: { articleId: a.id, after: cols }, ip: opts.ip }, tx);
    return { ok: true, articleId: a.id, slug: a.slug, entryId: id };
  }, opts.db ?? (await getDb()));
}

/** Edit (input given) or remove (input null) one entry. */
async function changeEntry(actor: Actor, entryId: string, input: LiveEntryInput | null, opts: Opts): Promise<LiveWriteResult> {
  const now = (opts.now ?? new Date()).toISOString();
  return withWriteTransaction(async (tx) => {
    const e = await queryEntryRow(tx, entryId);
    if (!e || e.deleted_at) return notFound('Không tìm thấy cập nhật này (có thể đã bị gỡ).');
    const cov = await queryCoverageRow(tx, e.article_id);
    const a = await loadArticle(tx, e.article_id);
    if (!cov || !a) return notFound();
    if (cov.ended_at) return CLOSED;
    if (!canChangeEntry(actor, { endedAt: null }, { authorId: e.author_id })) return forbidden('Phóng viên chỉ sửa hoặc gỡ được cập nhật của chính mình.');
    const before = { kind: e.kind, body: e.body, media_id: e.media_id, caption: e.caption, credit: e.credit, quote_author: e.quote_author };
    if (input === null) {
      await tx.updateTable('live_entries').set({ deleted_at: now }).where('id', '=', e.id).execute();
      await writeAudit({ userId: actor.id, action: 'live.entry-delete', target: e.id, detail: { articleId: a.id, before }, ip: opts.ip }, tx);
    } else {
      const cols = await entryColumns(tx, input);
      if (!cols) return { ok: false, code: 'invalid', message: 'Không tìm thấy ảnh này trong thư viện.' };
      await tx.updateTable('live_entries').set({ ...cols, edited_at: now }).where('id', '=', e.id).execute();
      await writeAudit({ userId: actor.id, action: 'live.entry-edit', target: e.id, detail: { articleId: a.id, before, after: cols }, ip: opts.ip }, tx);
    }
    return { ok: true, articleId: a.id, slug: a.slug, entryId: e.id };
  }, opts.db ?? (await getDb()));
}

export const editLiveEntry = (actor: Actor, entryId: string, input: LiveEntryInput, opts: Opts = {}) => changeEntry(actor, entryId, input, opts);
export const removeLiveEntry = (actor: Actor, entryId: string, opts: Opts = {}) => changeEntry(actor, entryId, null, opts);

/** An entry's history, oldest first, from the audit log (for the editor). */
export async function liveEntryHistory(entryId: string, conn?: Kysely<Database>) {
  const d = conn ?? (await getDb());
  return d
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.user_id')
    .select(['l.at', 'l.action', 'l.detail', 'u.name'])
    .where('l.target', '=', entryId)
    .where('l.action', 'like', 'live.entry-%')
    .orderBy('l.at', 'asc')
    .orderBy('l.id', 'asc')
    .execute();
}
