/**
 * Uncached reads of the front page: the home page's stories (pins first, then
 * the newest, no story twice), the breaking banner, and what the editor's
 * curation page shows. Public pages use the tagged wrappers in ./cached.ts.
 * Why it is shaped so: docs/frontpage.md.
 */
import type { Kysely } from 'kysely';
import { publicIdsAmong, queryNewest, summariesByIds } from '@/lib/articles/queries';
import type { ArticleSummary } from '@/lib/articles/types';
import { siteConfig } from '@/lib/config/site';
import type { Database, FrontPinsTable } from '@/lib/db/schema';
import { querySections } from '@/lib/sections/queries';

type DB = Kysely<Database>;

export const BANNER_ID = 'tin-nong';

export type StoredPin = { slot: FrontPinsTable['slot']; section: string; position: number; articleId: string; expiresAt: string | null };

const live = (expiresAt: string | null, now: string) => expiresAt === null || expiresAt > now;

/** Every stored pin, in slot order (the editor's page shows expired ones too, marked). */
export async function queryPins(db: DB): Promise<StoredPin[]> {
  const rows = await db.selectFrom('front_pins').select(['slot', 'section', 'position', 'article_id', 'expires_at']).orderBy('slot').orderBy('section').orderBy('position').execute();
  return rows.map((r) => ({ slot: r.slot, section: r.section, position: r.position, articleId: r.article_id, expiresAt: r.expires_at }));
}

/** Pins readers may see now: not expired, and their article is public (a taken-down article's pin drops out). */
async function livePins(db: DB, now: string): Promise<StoredPin[]> {
  const pins = (await queryPins(db)).filter((p) => live(p.expiresAt, now));
  const visible = await publicIdsAmong(db, [...new Set(pins.map((p) => p.articleId))], now);
  return pins.filter((p) => visible.has(p.articleId));
}

export type FrontPage = {
  lead: ArticleSummary | null;
  featured: ArticleSummary[];
  latest: ArticleSummary[];
  sections: { slug: string; name: string; items: ArticleSummary[] }[];
};

/**
 * The home page: the pinned lead (else the newest story with a photo, else
 * the newest), the pinned featured stories in their order topped up with the
 * newest, the latest, and each section's block (its pinned top story first).
 * Each story is placed once: every block leaves out what an earlier one shows,
 * and an unpinned slot never takes a story pinned elsewhere.
 */
export async function queryFrontPage(db: DB, now: string): Promise<FrontPage> {
  const pins = await livePins(db, now);
  const pinnedIds = pins.map((p) => p.articleId);
  const summaries = new Map((await summariesByIds(db, pinnedIds)).map((a) => [a.id, a]));
  const pinned = (slot: StoredPin['slot'], section = '') =>
    pins.filter((p) => p.slot === slot && p.section === section).flatMap((p) => (summaries.has(p.articleId) ? [summaries.get(p.articleId)!] : []));

  const used = new Set<string>();
  const take = (a: ArticleSummary) => (used.add(a.id), a);
  // Enough of the newest to fill the lead, featured and latest slots whatever the pins take.
  const pool = await queryNewest(db, now, { exclude: pinnedIds, limit: 1 + siteConfig.homeFeatured + siteConfig.homeLatest });

  const leadPin = pinned('lead')[0];
  const lead = leadPin ? take(leadPin) : (() => {
    const pick = pool.find((a) => a.cover) ?? pool[0];
    return pick ? take(pick) : null;
  })();
  const fresh = () => pool.filter((a) => !used.has(a.id));

  const featured = pinned('featured').filter((a) => !used.has(a.id)).slice(0, siteConfig.homeFeatured).map(take);
  featured.push(...fresh().slice(0, siteConfig.homeFeatured - featured.length).map(take));
  const latest = fresh().slice(0, siteConfig.homeLatest).map(take);

  const sections: FrontPage['sections'] = [];
  for (const s of (await querySections(db)).filter((x) => !x.parent)) {
    const top = pinned('section', s.slug).filter((a) => !used.has(a.id)).slice(0, 1).map(take);
    // Pins of other sections' blocks are placed later, so they are left out here too.
    const rest = await queryNewest(db, now, { section: s.slug, exclude: [...new Set([...used, ...pinnedIds])], limit: siteConfig.homeSectionBlock - top.length });
    const items = [...top, ...rest.map(take)];
    if (items.length > 0) sections.push({ slug: s.slug, name: s.name, items });
  }
  return { lead, featured, latest, sections };
}

/** A section's pinned top story, if live: its section page leads with it too. */
export async function querySectionPin(db: DB, section: string, now: string): Promise<ArticleSummary | null> {
  const pin = (await livePins(db, now)).find((p) => p.slot === 'section' && p.section === section);
  return pin ? ((await summariesByIds(db, [pin.articleId]))[0] ?? null) : null;
}

export type Banner = { text: string; articleId: string; slug: string; title: string; expiresAt: string | null; raisedAt: string };

/** The raised banner as readers see it: none when lowered, expired, or its article is not public. */
export async function queryBanner(db: DB, now: string): Promise<Banner | null> {
  const row = await db.selectFrom('breaking_banner').selectAll().where('id', '=', BANNER_ID).executeTakeFirst();
  if (!row || !live(row.expires_at, now)) return null;
  if (!(await publicIdsAmong(db, [row.article_id], now)).has(row.article_id)) return null;
  const [article] = await summariesByIds(db, [row.article_id]);
  if (!article) return null;
  return { text: row.text, articleId: row.article_id, slug: article.slug, title: article.title, expiresAt: row.expires_at, raisedAt: row.raised_at };
}

/** The stored banner for the editor's page, even when it no longer shows (and why). */
export async function queryStoredBanner(db: DB, now: string): Promise<(Banner & { showing: boolean }) | null> {
  const row = await db.selectFrom('breaking_banner').selectAll().where('id', '=', BANNER_ID).executeTakeFirst();
  if (!row) return null;
  const [article] = await summariesByIds(db, [row.article_id]);
  const shown = await queryBanner(db, now);
  return { text: row.text, articleId: row.article_id, slug: article?.slug ?? '', title: article?.title ?? '', expiresAt: row.expires_at, raisedAt: row.raised_at, showing: shown !== null };
}

export type PinnableArticle = Pick<ArticleSummary, 'id' | 'title' | 'category' | 'publishedAt'>;

/** The newest public articles, offered in the editor's pickers, with the public ones of `include` (older pins) too. */
export async function queryPinnable(db: DB, now: string, include: string[] = [], limit = 100): Promise<PinnableArticle[]> {
  const items = await queryNewest(db, now, { limit });
  const missing = [...(await publicIdsAmong(db, include, now))].filter((id) => !items.some((a) => a.id === id));
  items.push(...(await summariesByIds(db, missing)));
  return items.map(({ id, title, category, publishedAt }) => ({ id, title, category, publishedAt }));
}

/** Whether the banner (raised, whatever its state) links to this article: a change of that article's visibility must refresh every public page. */
export async function bannerLinksTo(db: DB, articleId: string): Promise<boolean> {
  const row = await db.selectFrom('breaking_banner').select('article_id').where('id', '=', BANNER_ID).executeTakeFirst();
  return row?.article_id === articleId;
}
