/**
 * First-party view counting for "Đọc nhiều", without cookies and without
 * storing addresses. A view is one row-hour increment in page_views. Not
 * counted: bots (user-agent patterns, prefetches), articles readers cannot
 * see, and the same reader opening the same article again the same day
 * (Vietnam time), on whichever instance. "The same reader" is a salted hash of
 * address + user agent + day, kept in the database (view_readers, shared by
 * every instance, unique per day and article); the salt is random, one per day
 * for the whole site (view_salts), and deleted with that day's hashes once the
 * day is over, so yesterday's hashes cannot be recomputed.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { isPublic } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/schema';
import { toVnIso } from '@/lib/text/vietnamese';

const BOT_UA =
  /\bbot\b|bot\/|robot|crawl|spider|slurp|mediapartners|bingpreview|facebookexternalhit|facebookcatalog|embedly|quora link preview|whatsapp|telegram|skypeuripreview|slack|discord|vkshare|pinterest|headless|lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|python|curl|wget|libwww|java\/|go-http|okhttp|axios|node-fetch|undici|httpclient|http_request|phantomjs|selenium|puppeteer|playwright|scrapy|feedfetcher|rss|preview/i;

/** A user agent that is a program, not a person reading (or none at all). */
export function isBotUserAgent(ua: string | null | undefined): boolean {
  if (!ua || ua.trim().length < 12) return true;
  return BOT_UA.test(ua);
}

/** "2026-11-28": the day in Vietnam (sortable: older days are deleted by comparing it). */
function vnDay(now: Date): string {
  return toVnIso(now).slice(0, 10);
}

type Conn = Kysely<Database>;

/**
 * Who has been counted today. An instance keeps only the day's salt in memory (read once a
 * day from the database, where the first instance to need it wrote it); the hashes are rows.
 */
export class ViewDeduper {
  private day = '';
  private salt = '';

  /** True the first time this reader opens this article today, whichever instance saw it before. */
  async firstToday(db: Conn, parts: { ip: string; ua: string; articleId: string }, now: Date): Promise<boolean> {
    const day = vnDay(now);
    if (day !== this.day) {
      this.salt = await daySalt(db, day);
      this.day = day;
    }
    const reader = createHash('sha256').update(this.salt).update(`${parts.ip}\u0000${parts.ua}\u0000${day}`).digest('base64url').slice(0, 22);
    const inserted = await db
      .insertInto('view_readers')
      .values({ day, article_id: parts.articleId, reader })
      .onConflict((oc) => oc.columns(['day', 'article_id', 'reader']).doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
}

/** The day's salt: the first instance to ask makes it; days before it are forgotten, hashes and salt. */
async function daySalt(db: Conn, day: string): Promise<string> {
  await db.deleteFrom('view_readers').where('day', '<', day).execute();
  await db.deleteFrom('view_salts').where('day', '<', day).execute();
  await db
    .insertInto('view_salts')
    .values({ day, salt: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('day').doNothing())
    .execute();
  return (await db.selectFrom('view_salts').select('salt').where('day', '=', day).executeTakeFirstOrThrow()).salt;
}

const globalDeduper = globalThis as unknown as { __bantinViewDeduper?: ViewDeduper };
export function defaultDeduper(): ViewDeduper {
  return (globalDeduper.__bantinViewDeduper ??= new ViewDeduper());
}

export type ViewOutcome = 'counted' | 'bot' | 'repeat' | 'not-found';

/** The hour bucket of page_views: "2026-11-28T22" (UTC). */
export function hourBucket(now: Date): string {
  return now.toISOString().slice(0, 13);
}

export async function recordView(
  db: Kysely<Database>,
  view: { slug: string; ip: string; ua: string | null; prefetch?: boolean },
  now: Date = new Date(),
  deduper: ViewDeduper = defaultDeduper(),
): Promise<ViewOutcome> {
  if (view.prefetch || isBotUserAgent(view.ua)) return 'bot';
  const article = await db.selectFrom('articles').select('id').where('slug', '=', view.slug).where(isPublic(now.toISOString())).executeTakeFirst();
  if (!article) return 'not-found';
  if (!(await deduper.firstToday(db, { ip: view.ip, ua: view.ua ?? '', articleId: article.id }, now))) return 'repeat';
  await db
    .insertInto('page_views')
    .values({ article_id: article.id, hour: hourBucket(now), views: 1 })
    .onConflict((oc) => oc.columns(['article_id', 'hour']).doUpdateSet({ views: sql<number>`page_views.views + 1` }))
    .execute();
  return 'counted';
}
