/**
 * First-party view counting for "Đọc nhiều", without cookies and without
 * storing addresses. A view is one row-hour increment in page_views. Not
 * counted: bots (user-agent patterns, prefetches), articles readers cannot
 * see, and the same reader opening the same article again the same day
 * (Vietnam time). "The same reader" is a salted hash of address + user agent
 * + article + day, kept in memory only; the salt is random and replaced every
 * day, so yesterday's hashes cannot be recomputed, and nothing is persisted.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { isPublic } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/schema';
import { vnParts } from '@/lib/text/vietnamese';

const BOT_UA =
  /\bbot\b|bot\/|robot|crawl|spider|slurp|mediapartners|bingpreview|facebookexternalhit|facebookcatalog|embedly|quora link preview|whatsapp|telegram|skypeuripreview|slack|discord|vkshare|pinterest|headless|lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|python|curl|wget|libwww|java\/|go-http|okhttp|axios|node-fetch|undici|httpclient|http_request|phantomjs|selenium|puppeteer|playwright|scrapy|feedfetcher|rss|preview/i;

/** A user agent that is a program, not a person reading (or none at all). */
export function isBotUserAgent(ua: string | null | undefined): boolean {
  if (!ua || ua.trim().length < 12) return true;
  return BOT_UA.test(ua);
}

function vnDay(now: Date): string {
  const p = vnParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Who has been counted today, as salted hashes; forgets everything when the day (GMT+7) changes. */
export class ViewDeduper {
  private day = '';
  private salt = Buffer.alloc(0);
  private seen = new Set<string>();
  constructor(private readonly maxEntries = 500_000) {}

  /** True the first time this reader opens this article today. */
  firstToday(parts: { ip: string; ua: string; slug: string }, now: Date): boolean {
    const day = vnDay(now);
    if (day !== this.day) {
      this.day = day;
      this.salt = randomBytes(32);
      this.seen = new Set();
    }
    const key = createHash('sha256').update(this.salt).update(`${parts.ip}\u0000${parts.ua}\u0000${parts.slug}\u0000${day}`).digest('base64url').slice(0, 22);
    if (this.seen.has(key)) return false;
    // Bounded memory: under a flood, forget the oldest half rather than grow.
    if (this.seen.size >= this.maxEntries) this.seen = new Set([...this.seen].slice(this.maxEntries / 2));
    this.seen.add(key);
    return true;
  }
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
  if (!deduper.firstToday({ ip: view.ip, ua: view.ua ?? '', slug: view.slug }, now)) return 'repeat';
  await db
    .insertInto('page_views')
    .values({ article_id: article.id, hour: hourBucket(now), views: 1 })
    .onConflict((oc) => oc.columns(['article_id', 'hour']).doUpdateSet({ views: sql<number>`page_views.views + 1` }))
    .execute();
  return 'counted';
}
