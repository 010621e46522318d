/**
 * Keeping every instance's page cache current without anyone in the editor.
 *
 * The page cache is per process (memory only, next.config.mjs). A write in
 * the editor expires the tags of the instance that handled it, at once
 * (updateTag / revalidateArticle). Three things are left for this sweep:
 *
 * 1. Scheduled publication. Whether readers see a scheduled article is
 *    decided at read time (isPublic: status published|scheduled and
 *    published_at <= now), so nothing changes in the database when its time
 *    comes; the cached pages it belongs on (home, section, tags, authors,
 *    feeds, sitemap, its own page) must be refreshed.
 * 2. Other instances. A publish on instance A never reaches B's cache; B
 *    learns of it here, from the row's updated_at.
 * 3. Renders in flight. A render that started before a change and finished
 *    after the expiry can store the old page. The sweep refreshes a change's
 *    pages again CHANGE_SETTLE_MS or more after it, when such a render is over.
 *
 * How: instrumentation.ts starts `startScheduledSweep()` after start-up, a
 * timer (every editorConfig.scheduledSweepMs; SCHEDULED_SWEEP_MS overrides)
 * that keeps two watermarks *in this process's memory* (each instance has its
 * own cache, so each must refresh its own; a watermark shared in the
 * database would let one instance's sweep stand for all). Each tick checks
 * cheaply whether a scheduled time passed, or a visible article changed,
 * since its marks; when one did, it POSTs the two windows to this server's
 * own internal route (`/api/internal/scheduled-sweep` on
 * http://127.0.0.1:$PORT) with a secret, because revalidateTag only works
 * inside a request. Marks start at the process's start: its cache was empty.
 * A change's footprint includes its revisions in the window and the one
 * before, so a moved section or a removed tag refreshes the old page too.
 *
 * A tick also arms a timer at the next go-live within the coming interval, so a
 * scheduled article goes live on time, not up to one interval late. With the
 * shared cache (REDIS_URL, docs/deploy-cache.md) the route's expiry reaches every
 * instance at once, and a publish on one needs no sweep to reach the others.
 *
 * The secret is INTERNAL_SECRET when set, otherwise derived (HMAC) from
 * NEXTAUTH_SECRET, which comes from the environment or DATA_DIR.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { editorConfig, editorPaths } from '@/lib/config/site';
import { db as getDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { TaggedArticle } from '@/lib/cache/tags';
import { taggedOf, taggedOfFields } from '@/lib/cache/tags';
import { parseSnapshot } from './editor-reads';

export const SWEEP_SECRET_HEADER = 'x-bantin-sweep-secret';

type Conn = Kysely<Database>;

/** An instant window (since, until], ISO UTC. */
export type SweepWindow = { since: string; until: string };

function dueQuery(conn: Conn, w: SweepWindow) {
  return conn.selectFrom('articles').where('status', '=', 'scheduled').where('published_at', '>', w.since).where('published_at', '<=', w.until);
}

/** Cheap check for the timer: did a scheduled article's time come in the window? */
export async function hasDueScheduled(w: SweepWindow): Promise<boolean> {
  const row = await dueQuery(await getDb(), w).select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The scheduled articles whose time came in the window, with their cache footprints. */
export async function dueScheduled(w: SweepWindow): Promise<{ due: TaggedArticle[]; slugs: string[] }> {
  const rows = await dueQuery(await getDb(), w).select(['slug', 'category', 'tags', 'bylines']).execute();
  return { due: rows.map(taggedOf), slugs: rows.map((r) => r.slug) };
}

/** A change's pages are refreshed again no sooner than this after it (a render in flight then is over). */
export const CHANGE_SETTLE_MS = 3_000;
/**
 * Successive windows overlap by this much, for instances whose clocks differ
 * a little (a transaction slower than the settle time is covered too). A
 * change is so refreshed in one or two sweeps at the default 15 s interval
 * (up to (interval + 5 s) / interval times); each costs one more render.
 */
export const CHANGE_OVERLAP_MS = 5_000;
/** The longest window the internal route accepts. */
const MAX_WINDOW_MS = 24 * 60 * 60_000;
/**
 * At most this many changed articles are refreshed per window (every listing is
 * among their tags; the pages of any beyond it expire with their revalidate time).
 */
const MAX_CHANGED_ROWS = 500;

/** Articles a reader could see, or could have seen, whose row changed in (since, until]. */
function changedQuery(conn: Conn, { since, until }: SweepWindow) {
  return conn
    .selectFrom('articles')
    .where('updated_at', '>', since)
    .where('updated_at', '<=', until)
    .where((eb) => eb.or([eb('status', 'in', ['published', 'scheduled', 'unpublished']), eb('first_published_at', 'is not', null)]));
}

/** Cheap check for the timer: did anything readers could see change in (since, until]? */
export async function hasChangedPublic(w: SweepWindow): Promise<boolean> {
  const conn = await getDb();
  const row = await changedQuery(conn, w).select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

export type ChangedFootprints = { due: TaggedArticle[]; slugs: string[]; truncated: boolean };

/**
 * The cache footprints of the articles changed in (since, until]: each as it
 * is now, as each of its revisions in the window was, and as it was just
 * before the window.
 */
export async function changedFootprints(w: SweepWindow): Promise<ChangedFootprints> {
  const { since } = w;
  const conn = await getDb();
  const rows = await changedQuery(conn, w)
    .select(['id', 'slug', 'category', 'tags', 'bylines'])
    .orderBy('updated_at', 'desc')
    .limit(MAX_CHANGED_ROWS + 1)
    .execute();
  const truncated = rows.length > MAX_CHANGED_ROWS;
  const kept = rows.slice(0, MAX_CHANGED_ROWS);
  const due: TaggedArticle[] = kept.map(taggedOf);
  for (const row of kept) {
    const inWindow = await conn.selectFrom('revisions').select('data').where('article_id', '=', row.id).where('created_at', '>', since).execute();
    const before = await conn
      .selectFrom('revisions')
      .select('data')
      .where('article_id', '=', row.id)
      .where('created_at', '<=', since)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    for (const r of before ? [...inWindow, before] : inWindow) {
      const snap = parseSnapshot(r.data);
      if (snap.slug && snap.category) due.push(taggedOfFields(snap));
    }
  }
  return { due, slugs: kept.map((r) => r.slug), truncated };
}

/** The two windows the timer sends to the internal route (either may be absent). */
export type SweepRequest = { scheduled?: SweepWindow; changed?: SweepWindow };

function parseWindow(input: unknown): SweepWindow | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const { since, until } = input as Record<string, unknown>;
  if (typeof since !== 'string' || typeof until !== 'string') return undefined;
  const a = Date.parse(since);
  const b = Date.parse(until);
  if (!Number.isFinite(a) || !Number.isFinite(b) || a >= b || b - a > MAX_WINDOW_MS) return undefined;
  return { since: new Date(a).toISOString(), until: new Date(b).toISOString() };
}

/** What the internal route was asked for, keeping only sane windows. */
export function parseSweepRequest(input: unknown): SweepRequest {
  if (!input || typeof input !== 'object') return {};
  const { scheduled, changed } = input as Record<string, unknown>;
  return { scheduled: parseWindow(scheduled), changed: parseWindow(changed) };
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

/** The first scheduled go-live in (after, until], as epoch ms; null when none. */
export async function nextScheduledAt(w: SweepWindow): Promise<number | null> {
  const row = await dueQuery(await getDb(), w).select('published_at').orderBy('published_at').limit(1).executeTakeFirst();
  return row?.published_at ? Date.parse(row.published_at) : null;
}

const globalTimer = globalThis as unknown as { __bantinSweep?: ReturnType<typeof setInterval>; __bantinArmSweep?: () => void };

/**
 * Look for the next go-live now (after a schedule on this instance, which may be
 * sooner than the next tick's look-ahead). The timer lives in instrumentation's
 * bundle; server actions reach it through globalThis.
 */
export function armScheduledSweep(): void {
  globalTimer.__bantinArmSweep?.();
}

/** Start the timer (once per process). Called from instrumentation.ts after start-up. */
export function startScheduledSweep(log: (...args: unknown[]) => void = console.log): void {
  if (globalTimer.__bantinSweep) return;
  let running = false;
  let again = false;
  let armedFor = 0;
  // This process's cache was empty at start: nothing before now needs refreshing.
  const startedAt = Date.now();
  let scheduledMark = startedAt;
  let changedMark = startedAt;
  const interval = sweepIntervalMs();
  /**
   * A timer at the next go-live within the coming interval, so a scheduled article goes
   * live on time rather than up to one interval late, and again once renders in flight
   * at that moment are over. With the shared cache (REDIS_URL) the refresh reaches every
   * instance at once.
   */
  const arm = async () => {
    const now = Date.now();
    const at = await nextScheduledAt({ since: new Date(now).toISOString(), until: new Date(now + interval + 1000).toISOString() });
    if (at === null || at === armedFor) return;
    armedFor = at;
    setTimeout(() => void tick(), at - now + 20).unref?.();
    setTimeout(() => void tick(), at - now + CHANGE_SETTLE_MS + 200).unref?.();
  };
  const tick = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const now = Date.now();
      const iso = (ms: number) => new Date(ms).toISOString();
      const scheduledUntil = now;
      const changedUntil = Math.max(now - CHANGE_SETTLE_MS, startedAt);
      // Windows never reach further back than the route accepts (after a long outage, older changes are past their revalidate time anyway).
      const floor = (until: number) => Math.max(startedAt, until - MAX_WINDOW_MS + 1000);
      const scheduled = { since: iso(Math.max(scheduledMark, floor(scheduledUntil))), until: iso(scheduledUntil) };
      const changed = { since: iso(Math.max(changedMark - CHANGE_OVERLAP_MS, floor(changedUntil))), until: iso(changedUntil) };
      const request: SweepRequest = {
        // At once when a scheduled time comes…
        scheduled: scheduled.since < scheduled.until && (await hasDueScheduled(scheduled)) ? scheduled : undefined,
        // …and again after the settle time, like any change, for renders that were in flight at that moment.
        changed: changed.since < changed.until && ((await hasChangedPublic(changed)) || (await hasDueScheduled(changed))) ? changed : undefined,
      };
      if (request.scheduled || request.changed) {
        const secret = sweepSecret();
        if (!secret) return;
        const res = await fetch(`http://127.0.0.1:${process.env.PORT || 3000}${editorPaths.scheduledSweep}`, {
          method: 'POST',
          headers: { [SWEEP_SECRET_HEADER]: secret, 'content-type': 'application/json' },
          body: JSON.stringify(request),
          signal: AbortSignal.timeout(10_000),
        });
        if (!res.ok) {
          // Marks stay: the same windows are tried again next tick.
          log('scheduled sweep: internal route answered', res.status);
          return;
        }
        const body = (await res.json().catch(() => null)) as { scheduled?: string[]; changed?: string[] } | null;
        if (body?.scheduled?.length) log('scheduled sweep: refreshed pages of', body.scheduled.join(', '));
        if (body?.changed?.length) log(`change sweep: refreshed pages of ${body.changed.length} changed article(s)`);
      }
      scheduledMark = Math.max(scheduledMark, scheduledUntil);
      changedMark = Math.max(changedMark, changedUntil);
    } catch (error) {
      log('scheduled sweep failed:', (error as Error).message);
    } finally {
      running = false;
      globalTimer.__bantinArmSweep?.();
      if (again) {
        again = false;
        void tick();
      }
    }
  };
  globalTimer.__bantinArmSweep = () => void arm().catch((error: Error) => log('scheduled sweep: arming failed:', error.message));
  globalTimer.__bantinSweep = setInterval(() => void tick(), interval);
  globalTimer.__bantinSweep.unref?.();
  globalTimer.__bantinArmSweep();
}
