/**
 * A scheduled article goes live once for the whole fleet, on time (docs/deploy-cache.md,
 * "Scheduled articles"). Readers see it from its time on whatever happens here (queries.ts
 * isPublic decides at read time); what must happen at that moment is that the cached pages
 * it belongs on are expired, and that the editor sees "Đã đăng". Firing is a compare-and-set
 * from scheduled to published, so even two firings at once (a leader handing over) make one
 * revision and one audit line; only the one that won expires the tags.
 *
 * Who fires: on SQLite (one process) this process, from a timer armed for the next go-live;
 * on PostgreSQL only the instance holding the leader lock (./go-live-leader.ts). Either way
 * the timer is re-armed when a schedule is set, moved or cancelled (goLiveChanged).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { writeAudit } from '@/lib/audit/log';
import { articleTagSet, softTagSet, taggedOf } from '@/lib/cache/tags';
import { expireAgainAfterSettle, expireTagsNow } from '@/lib/cache/expire-now';
import { pathsForTags, refreshProxies } from '@/lib/cache/proxy-refresh';
import { type Db, db as getDb, withWriteTransaction } from '@/lib/db';
import { isPostgres } from '@/lib/db/engine';
import { loadArticleRow, rowFields, snapshotOf } from './editor-reads';

/** The PostgreSQL channel a changed schedule is announced on (the leader listens). */
export const GO_LIVE_CHANNEL = 'bantin_go_live';
/** setTimeout's limit is about 24.8 days; a later go-live is re-armed on the way. */
const MAX_DELAY_MS = 6 * 3600_000;

/** The earliest scheduled go-live, as epoch ms (possibly past: one missed while no one was firing); null when none. */
export async function nextGoLiveAt(conn?: Db): Promise<number | null> {
  const row = await (conn ?? (await getDb()))
    .selectFrom('articles')
    .select('published_at')
    .where('status', '=', 'scheduled')
    .where('published_at', 'is not', null)
    .orderBy('published_at')
    .limit(1)
    .executeTakeFirst();
  return row?.published_at ? Date.parse(row.published_at) : null;
}

/**
 * Publish every scheduled article whose time has come: status → published, a revision and an
 * audit line ("article.go-live", no person), then expire its pages. Returns the slugs this
 * call made live (none when another instance got there first).
 */
export async function fireDueGoLives(now: Date = new Date(), conn?: Db): Promise<string[]> {
  const database = conn ?? (await getDb());
  const nowIso = now.toISOString();
  const due = await database.selectFrom('articles').select(['id', 'version']).where('status', '=', 'scheduled').where('published_at', '<=', nowIso).execute();
  const fired: string[] = [];
  for (const { id, version } of due) {
    const row = await withWriteTransaction(async (tx) => {
      const cas = await tx
        .updateTable('articles')
        .set({ status: 'published', version: version + 1, updated_at: nowIso })
        .where('id', '=', id)
        .where('version', '=', version)
        .where('status', '=', 'scheduled')
        .where('published_at', '<=', nowIso)
        .executeTakeFirst();
      if (Number(cas.numUpdatedRows) !== 1) return null;
      const after = (await loadArticleRow(tx, id))!;
      await tx
        .insertInto('revisions')
        .values({ id: randomUUID(), article_id: id, version: after.version, data: JSON.stringify(snapshotOf(rowFields(after), 'published', after.published_at)), user_id: null, note: 'go-live', created_at: nowIso })
        .execute();
      await writeAudit({ userId: null, action: 'article.go-live', target: id, detail: { slug: after.slug, title: after.title, version: after.version, publishedAt: after.published_at } }, tx);
      return after;
    }, database);
    if (!row) continue;
    const footprint = taggedOf(row);
    const hard = articleTagSet(footprint);
    const soft = softTagSet(footprint);
    fired.push(row.slug);
    // Published whatever happens here: a failed expiry is logged, and the settle-time repeat tries again.
    await expireTagsNow(hard, soft).catch((error: Error) => console.error('[bản tin] go-live: expiring pages failed:', error.message));
    expireAgainAfterSettle(hard, soft);
    void refreshProxies(pathsForTags(hard));
  }
  return fired;
}

/** A timer at the next go-live: fires, then re-arms for the one after. Not a poll. */
export class GoLiveTimer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private arming: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly log: (...args: unknown[]) => void = console.log,
    private readonly conn?: () => Db,
  ) {}

  /** Look up the next go-live and set the timer for it (again after a schedule changed). */
  arm(): Promise<void> {
    if (this.arming) {
      this.again = true;
      return this.arming;
    }
    this.arming = this.armOnce()
      .catch((error: Error) => this.log('[bản tin] go-live: arming failed:', error.message))
      .finally(() => {
        this.arming = null;
        if (this.again && !this.stopped) {
          this.again = false;
          void this.arm();
        }
      });
    return this.arming;
  }

  private async armOnce(): Promise<void> {
    if (this.stopped) return;
    const at = await nextGoLiveAt(this.conn?.());
    clearTimeout(this.timer);
    this.timer = undefined;
    if (at === null || this.stopped) return;
    const delay = Math.min(Math.max(0, at - Date.now()), MAX_DELAY_MS);
    this.timer = setTimeout(() => void this.fire(), delay);
    this.timer.unref?.();
  }

  private async fire(): Promise<void> {
    this.timer = undefined;
    try {
      const fired = await fireDueGoLives(new Date(), this.conn?.());
      if (fired.length) this.log('[bản tin] go-live:', fired.join(', '));
    } catch (error) {
      this.log('[bản tin] go-live failed, retrying in 2 s:', (error as Error).message);
      if (!this.stopped) this.timer = setTimeout(() => void this.fire(), 2_000);
      this.timer?.unref?.();
      return;
    }
    await this.arm();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

const holder = globalThis as unknown as { __bantinGoLiveRearm?: () => void };

/** The timer of this process (set by startGoLive; server actions reach it through globalThis, another bundle). */
export function setLocalRearm(rearm: (() => void) | undefined): void {
  holder.__bantinGoLiveRearm = rearm;
}

/**
 * A schedule was set, moved or cancelled: re-arm the timer that fires it. On PostgreSQL the
 * leader may be another instance, so it is told through NOTIFY; on SQLite it is this process's.
 */
export async function goLiveChanged(conn?: Db): Promise<void> {
  const database = conn ?? (await getDb());
  if (isPostgres(database)) await sql`select pg_notify(${GO_LIVE_CHANNEL}, '')`.execute(database);
  else holder.__bantinGoLiveRearm?.();
}
