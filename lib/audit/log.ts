/**
 * The audit log: who did what, when, from where. Sign-ins (success and
 * failure, never a password), user management, and the editor workflow's
 * publishes and takedowns all go through writeAudit. Admins read it with
 * getAuditLog (/editor/nhat-ky).
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { db as getDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { paginate } from '@/lib/db/paginate';
import { type AuditTargetLink, auditNames, auditTargetLink } from './targets';

let lastStamp = 0;
let counter = 0;
/**
 * Ids that sort in the order entries were written (time, then a per-process
 * counter, then randomness), so entries written in the same millisecond still
 * list newest first.
 */
function sortableId(): string {
  const now = Date.now();
  counter = now === lastStamp ? counter + 1 : 0;
  lastStamp = now;
  return `${now.toString(36).padStart(9, '0')}-${counter.toString(36).padStart(4, '0')}-${randomBytes(6).toString('hex')}`;
}

export type AuditEntry = {
  userId: string | null;
  /** Dotted name, e.g. "auth.sign-in", "user.role-change", "article.publish". */
  action: string;
  /** What it was done to: a user id, an article id or slug, an email for a failed sign-in. */
  target?: string | null;
  /** Anything else worth keeping, stored as JSON. Never a password. */
  detail?: unknown;
  ip?: string | null;
};

/**
 * Append one entry. Pass the transaction of the change it records so both
 * commit (or roll back) together.
 */
export async function writeAudit(entry: AuditEntry, tx?: Kysely<Database>): Promise<void> {
  const conn = tx ?? (await getDb());
  await conn
    .insertInto('audit_log')
    .values({
      id: sortableId(),
      at: new Date().toISOString(),
      user_id: entry.userId,
      action: entry.action,
      target: entry.target ?? null,
      detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
      ip: entry.ip ?? null,
    })
    .execute();
}

export { auditActionLabels } from './actions';

export type AuditLogRow = {
  id: string;
  at: string;
  action: string;
  target: string | null;
  detail: unknown;
  ip: string | null;
  user: { id: string; name: string; email: string } | null;
  /** What it was done to, named and linked (null when the entry names nothing). */
  targetLink: AuditTargetLink | null;
};

export type AuditLogPage = { entries: AuditLogRow[]; page: number; pageCount: number; total: number; pageSize: number };

export const AUDIT_PAGE_SIZE = 50;

function parseDetail(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** One page of the log, newest first, optionally one action only. */
export async function getAuditLog(opts: { page?: number; pageSize?: number; action?: string } = {}, conn?: Kysely<Database>): Promise<AuditLogPage> {
  const d = conn ?? (await getDb());
  const pageSize = Math.min(Math.max(opts.pageSize ?? AUDIT_PAGE_SIZE, 1), 200);
  let base = d.selectFrom('audit_log as a');
  if (opts.action) base = base.where('a.action', '=', opts.action);
  const { items: rows, page, pageCount, total } = await paginate({
    page: opts.page === undefined ? undefined : Math.trunc(opts.page),
    pageSize,
    clamp: true,
    count: async () => (await base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst())?.n,
    rows: (limit, offset) =>
      base
        .leftJoin('users as u', 'u.id', 'a.user_id')
        .select(['a.id', 'a.at', 'a.action', 'a.target', 'a.detail', 'a.ip', 'a.user_id', 'u.name as user_name', 'u.email as user_email'])
        .orderBy('a.at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute(),
  });

  const parsed = rows.map((r) => ({ ...r, detail: parseDetail(r.detail) }));
  const names = await auditNames(d, parsed);
  return {
    entries: parsed.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      target: r.target,
      detail: r.detail,
      ip: r.ip,
      user: r.user_id && r.user_name && r.user_email ? { id: r.user_id, name: r.user_name, email: r.user_email } : null,
      targetLink: auditTargetLink(r, names),
    })),
    page,
    pageCount,
    total,
    pageSize,
  };
}

/** When someone's wrong guesses locked this person's account lately (newest first), for their account page. */
export async function recentAccountLocks(userId: string, since: Date, conn?: Kysely<Database>): Promise<{ at: string; ip: string | null }[]> {
  const d = conn ?? (await getDb());
  return d
    .selectFrom('audit_log')
    .select(['at', 'ip'])
    .where('action', '=', 'auth.account-locked')
    .where('user_id', '=', userId)
    .where('at', '>=', since.toISOString())
    .orderBy('at', 'desc')
    .limit(10)
    .execute();
}
