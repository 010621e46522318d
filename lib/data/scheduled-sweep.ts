/**
 * Scheduled publication. Whether readers see a scheduled article is decided
 * at read time (isPublic: status published|scheduled and published_at <= now),
 * so nothing has to change in the database when its time comes. What has to
 * happen is that the *cached* pages it belongs on (home, section, tags,
 * authors, feeds, sitemap, its own page) are refreshed, even if nobody is in
 * the editor at that moment.
 *
 * How:
 * 1. instrumentation.ts starts `startScheduledSweep()` after start-up: a timer
 *    (every editorConfig.scheduledSweepMs, SCHEDULED_SWEEP_MS overrides) that
 *    checks cheaply whether any scheduled article's time has passed since the
 *    last sweep;
 * 2. when one has, it POSTs to this server's own internal route
 *    (`/api/internal/scheduled-sweep` on http://127.0.0.1:$PORT) with a secret,
 *    because revalidateTag only works inside a request;
 * 3. the route claims the due articles with `claimDueScheduled` — a
 *    compare-and-set of the watermark kept in app_state
 *    (`scheduled-sweep.watermark`), so two instances never both claim the same
 *    window — and revalidates their tags.
 *
 * The secret is INTERNAL_SECRET when set, otherwise derived (HMAC) from
 * NEXTAUTH_SECRET, which comes from the environment or DATA_DIR.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { editorConfig, editorPaths } from '@/lib/config/site';
import { db as getDb, withWriteTransaction } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { TaggedArticle } from './cache-tags';
import { taggedOf } from './article-workflow';

export const SWEEP_WATERMARK_KEY = 'scheduled-sweep.watermark';
export const SWEEP_SECRET_HEADER = 'x-bantin-sweep-secret';
/** On the very first sweep (no watermark yet), look this far back. */
const FIRST_LOOKBACK_MS = 10 * 60_000;

type Conn = Kysely<Database>;

export async function readWatermark(conn: Conn): Promise<string | null> {
  const row = await conn.selectFrom('app_state').select('value').where('key', '=', SWEEP_WATERMARK_KEY).executeTakeFirst();
  return row?.value ?? null;
}

/** Scheduled articles whose time is in (since, now]. */
export async function dueScheduled(conn: Conn, since: string, now: string) {
  return conn
    .selectFrom('articles')
    .select(['id', 'slug', 'category', 'tags', 'bylines', 'published_at'])
    .where('status', '=', 'scheduled')
    .where('published_at', '>', since)
    .where('published_at', '<=', now)
    .execute();
}

/** Cheap check for the timer: is there anything to sweep? */
export async function hasDueScheduled(now: Date = new Date()): Promise<boolean> {
  const conn = await getDb();
  const nowIso = now.toISOString();
  const since = (await readWatermark(conn)) ?? new Date(now.getTime() - FIRST_LOOKBACK_MS).toISOString();
  const row = await conn
    .selectFrom('articles')
    .select('id')
    .where('status', '=', 'scheduled')
    .where('published_at', '>', since)
    .where('published_at', '<=', nowIso)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export type SweepClaim = { claimed: boolean; since: string; until: string; due: TaggedArticle[]; slugs: string[] };

/**
 * Move the watermark from its stored value to `now` (compare-and-set) and
 * return the scheduled articles that went live in between. When another
 * instance moved it first, claims nothing.
 */
export async function claimDueScheduled(now: Date = new Date()): Promise<SweepClaim> {
  const conn = await getDb();
  const until = now.toISOString();
  return withWriteTransaction(async (tx) => {
    let since = await readWatermark(tx);
    if (since === null) {
      since = new Date(now.getTime() - FIRST_LOOKBACK_MS).toISOString();
      await tx.insertInto('app_state').values({ key: SWEEP_WATERMARK_KEY, value: since }).onConflict((oc) => oc.column('key').doNothing()).execute();
      const stored = await readWatermark(tx);
      if (stored !== since) return { claimed: false, since: stored ?? since, until, due: [], slugs: [] };
    }
    if (since >= until) return { claimed: false, since, until, due: [], slugs: [] };
    const moved = await tx.updateTable('app_state').set({ value: until }).where('key', '=', SWEEP_WATERMARK_KEY).where('value', '=', since).executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) return { claimed: false, since, until, due: [], slugs: [] };
    const rows = await dueScheduled(tx, since, until);
    return { claimed: true, since, until, due: rows.map(taggedOf), slugs: rows.map((r) => r.slug) };
  }, conn);
}

/** The shared secret of the internal sweep route. */
export function sweepSecret(): string | null {
  if (process.env.INTERNAL_SECRET) return process.env.INTERNAL_SECRET;
  const base = process.env.NEXTAUTH_SECRET;
  return base ? createHmac('sha256', base).update('bantin:scheduled-sweep').digest('base64url') : null;
}

export function isSweepSecret(given: string | null): boolean {
  const secret = sweepSecret();
  if (!secret || !given) return false;
  const a = Buffer.from(secret);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function sweepIntervalMs(): number {
  const fromEnv = Number(process.env.SCHEDULED_SWEEP_MS);
  return Number.isFinite(fromEnv) && fromEnv >= 500 ? fromEnv : editorConfig.scheduledSweepMs;
}

const globalTimer = globalThis as unknown as { __bantinSweep?: ReturnType<typeof setInterval> };

/** Start the timer (once per process). Called from instrumentation.ts after start-up. */
export function startScheduledSweep(log: (...args: unknown[]) => void = console.log): void {
  if (globalTimer.__bantinSweep) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      if (!(await hasDueScheduled())) return;
      const secret = sweepSecret();
      if (!secret) return;
      const res = await fetch(`http://127.0.0.1:${process.env.PORT || 3000}${editorPaths.scheduledSweep}`, {
        method: 'POST',
        headers: { [SWEEP_SECRET_HEADER]: secret },
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await res.json().catch(() => null)) as { slugs?: string[] } | null;
      if (!res.ok) log('scheduled sweep: internal route answered', res.status);
      else if (body?.slugs?.length) log('scheduled sweep: refreshed pages of', body.slugs.join(', '));
    } catch (error) {
      log('scheduled sweep failed:', (error as Error).message);
    } finally {
      running = false;
    }
  };
  globalTimer.__bantinSweep = setInterval(() => void tick(), sweepIntervalMs());
  globalTimer.__bantinSweep.unref?.();
}
