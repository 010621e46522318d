/** Uncached reads of the public article index; pages use the tagged wrappers in ./cached.ts. */
import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { siteConfig } from '@/lib/config/site';
import { parseJson } from '@/lib/db/json';
import type { ArticleRow, Database } from '@/lib/db/schema';
import { querySections, slugsOfPage } from '@/lib/sections/queries';
import { slugify } from '@/lib/text/vietnamese';
import type { ArticleListParams } from '@/lib/validations/api';
import type { ArticleImage, Byline } from '@/lib/validations/article';
import { type Paged, paginate } from '@/lib/db/paginate';
import type { Article, ArticleSummary, Correction } from './types';

type DB = Kysely<Database>;

export const summaryColumns = [
  'id', 'slug', 'source', 'title', 'summary', 'category', 'tags', 'bylines', 'cover', 'dateline', 'status',
  'published_at', 'updated_at', 'sample', 'reading_minutes',
] as const;

type SummaryRow = Pick<ArticleRow, (typeof summaryColumns)[number]>;

export function rowToSummary(row: SummaryRow): ArticleSummary {
  const tags = parseJson<string[]>(row.tags, []);
  const bylines = parseJson<Byline[]>(row.bylines, []);
  return {
    id: row.id,
    slug: row.slug,
    source: row.source,
    title: row.title,
    summary: row.summary,
    category: row.category,
    tags: tags.map((name) => ({ name, slug: slugify(name) })),
    bylines: bylines.map((b) => ({ ...b, slug: slugify(b.name) })),
    cover: parseJson<ArticleImage | null>(row.cover, null),
    dateline: row.dateline,
    status: row.status,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    sample: Boolean(row.sample),
    readingMinutes: row.reading_minutes,
  };
}

/** The statuses readers may see (once their time has come). */
const PUBLIC_STATUSES = ['published', 'scheduled'] as const;

/** Visible to readers: published (or scheduled) and its time has come. Decided at read time. */
export function isPublic(now: string) {
  return (eb: ExpressionBuilder<Database, 'articles'>) =>
    eb.and([eb('articles.status', 'in', [...PUBLIC_STATUSES]), eb('articles.published_at', '<=', now)]);
}

/**
 * Public article ids, to be filtered, ordered and limited through the index
 * (articles_visible covers status, published_at, category, id) before any row
 * is read: sorting full rows would read every article's body on SQLite.
 */
function publicIds(db: DB, now: string) {
  return db.selectFrom('articles').select('articles.id').where(isPublic(now));
}

type IdQuery = SelectQueryBuilder<Database, 'articles', { id: string }>;

function newestFirst(q: IdQuery) {
  return q.orderBy('articles.published_at', 'desc').orderBy('articles.id');
}

/** The summaries of these ids, in the order given. */
export async function summariesByIds(db: DB, ids: string[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('articles').select(summaryColumns).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [rowToSummary(row)] : [];
  });
}

/**
 * The ids of `q`, newest first, as one walk of articles_visible (status, published_at, …) per public
 * status, each stopping at offset + limit, merged: under `status in (…)` the index is two runs, and
 * SQLite sorted every public id in a temporary B-tree (23–54 ms at 100,000 articles; bench/README.md,
 * "Listings"). Same order and ties as one sorted query: the first offset + limit of all are among them.
 */
async function newestIds(db: DB, q: IdQuery, limit: number, offset: number): Promise<string[]> {
  const walk = (status: (typeof PUBLIC_STATUSES)[number]) =>
    newestFirst(q.where('articles.status', '=', status)).select('articles.published_at').limit(limit + offset);
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom(walk('published').as('p'))
        .selectAll()
        .unionAll(eb.selectFrom(walk('scheduled').as('s')).selectAll())
        .as('u'),
    )
    .select('u.id')
    .orderBy('u.published_at', 'desc')
    .orderBy('u.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => r.id);
}

async function newest(db: DB, q: IdQuery, limit: number, offset = 0): Promise<ArticleSummary[]> {
  return summariesByIds(db, await newestIds(db, q, limit, offset));
}

/** Narrow public ids to a section, a tag and/or an author (all must hold): tag, author and API listings share it. */
export type ListFilter = { section?: string; tag?: string; author?: string };

function filtered(q: IdQuery, f: ListFilter): IdQuery {
  if (f.section) q = q.where('articles.category', '=', f.section);
  const { tag, author } = f;
  if (tag) q = q.where((eb) => eb.exists(eb.selectFrom('article_tags').select('article_tags.article_id').whereRef('article_tags.article_id', '=', 'articles.id').where('article_tags.tag_slug', '=', tag)));
  if (author)
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('article_bylines').select('article_bylines.article_id').whereRef('article_bylines.article_id', '=', 'articles.id').where('article_bylines.author_slug', '=', author)),
    );
  return q;
}

function pageOf(db: DB, query: IdQuery, page: number, pageSize: number): Promise<Paged<ArticleSummary>> {
  return paginate({
    page,
    pageSize,
    count: async () => (await query.clearSelect().select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst())?.n,
    rows: (limit, offset) => newest(db, query, limit, offset),
  });
}

export async function queryArticleBySlug(db: DB, slug: string, now: string): Promise<Article | null> {
  const row = await db
    .selectFrom('articles')
    .selectAll()
    .where('slug', '=', slug)
    .where(isPublic(now))
    .executeTakeFirst();
  if (!row) return null;
  const corrections = await db
    .selectFrom('corrections')
    .select(['id', 'text', 'created_at'])
    .where('article_id', '=', row.id)
    .orderBy('created_at', 'asc')
    .execute();
  return {
    ...rowToSummary(row),
    body: row.body,
    corrections: corrections.map((c): Correction => ({ id: c.id, text: c.text, createdAt: c.created_at })),
  };
}

export async function queryLatest(db: DB, now: string, limit: number, offset = 0): Promise<ArticleSummary[]> {
  return newest(db, publicIds(db, now), limit, offset);
}

/**
 * The newest public articles, optionally of one section, leaving out the ids
 * given: the front page (lib/frontpage) fills its unpinned slots with it, so
 * that no story shows twice.
 */
export async function queryNewest(db: DB, now: string, opts: { section?: string; exclude?: string[]; limit: number }): Promise<ArticleSummary[]> {
  let q = publicIds(db, now);
  if (opts.section) q = q.where('articles.category', '=', opts.section);
  if (opts.exclude?.length) q = q.where('articles.id', 'not in', opts.exclude);
  return newest(db, q, opts.limit);
}

/** Which of these ids readers can see now (pins and the banner show only those). */
export async function publicIdsAmong(db: DB, ids: string[], now: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('articles').select('id').where('id', 'in', ids).where(isPublic(now)).execute();
  return new Set(rows.map((r) => r.id));
}

export type HomeData = {
  lead: ArticleSummary | null;
  latest: ArticleSummary[];
  sections: { slug: string; name: string; items: ArticleSummary[] }[];
};

export async function queryHome(db: DB, now: string): Promise<HomeData> {
  const latest = await queryLatest(db, now, siteConfig.homeLatest + 1);
  // The stored sections, top level only; a block takes its chuyên mục con's stories too, like the section's page.
  const stored = await querySections(db);
  const sections = await Promise.all(
    stored.filter((s) => !s.parent).map(async (s) => ({
      slug: s.slug,
      name: s.name,
      items: await newest(db, publicIds(db, now).where('category', 'in', slugsOfPage(stored, s.slug)), siteConfig.homeSectionBlock),
    })),
  );
  // The lead story is the newest one with a photo among the latest; else the newest.
  const lead = latest.find((a) => a.cover) ?? latest[0] ?? null;
  return { lead, latest: latest.filter((a) => a !== lead).slice(0, siteConfig.homeLatest), sections: sections.filter((s) => s.items.length > 0) };
}

/** A section's page: its own articles and, for a top-level section, its children's (`children`). */
export async function querySection(db: DB, section: string, page: number, now: string, children: string[] = []) {
  if (children.length === 0) return pageOf(db, filtered(publicIds(db, now), { section }), page, siteConfig.pageSize);
  return pageOf(db, publicIds(db, now).where('articles.category', 'in', [section, ...children]), page, siteConfig.pageSize);
}

export async function queryTag(db: DB, tagSlug: string, page: number, now: string) {
  const name = await db
    .selectFrom('article_tags')
    .innerJoin('articles', 'articles.id', 'article_tags.article_id')
    .select('article_tags.tag_name')
    .where('article_tags.tag_slug', '=', tagSlug)
    .where(isPublic(now))
    .orderBy('articles.published_at', 'desc')
    .executeTakeFirst();
  if (!name) return null;
  const result = await pageOf(db, filtered(publicIds(db, now), { tag: tagSlug }), page, siteConfig.pageSize);
  return { name: name.tag_name, ...result };
}

export async function queryAuthor(db: DB, authorSlug: string, page: number, now: string) {
  const byline = await db
    .selectFrom('article_bylines')
    .innerJoin('articles', 'articles.id', 'article_bylines.article_id')
    .select(['article_bylines.name', 'article_bylines.role'])
    .where('article_bylines.author_slug', '=', authorSlug)
    .where(isPublic(now))
    .orderBy('articles.published_at', 'desc')
    .executeTakeFirst();
  if (!byline) return null;
  const result = await pageOf(db, filtered(publicIds(db, now), { author: authorSlug }), page, siteConfig.pageSize);
  return { name: byline.name, role: byline.role, ...result };
}

/**
 * "Tin liên quan": most shared tags first, then same section, newest first.
 * Starts from the articles that share a tag (tag index), then tops up from the
 * same section (section index): never a pass over every article.
 */
export async function queryRelated(db: DB, article: Pick<ArticleSummary, 'id' | 'category' | 'tags'>, now: string, limit = 4): Promise<ArticleSummary[]> {
  const tagSlugs = article.tags.map((t) => t.slug);
  const byTags = tagSlugs.length
    ? await db
        .selectFrom('article_tags')
        // A cross join: SQLite then walks the tag index first (the same join on PostgreSQL). As an inner
        // join, without statistics it walked every public article (0.1–0.5 s at 100,000; bench/resources.mts).
        .crossJoin('articles')
        .whereRef('articles.id', '=', 'article_tags.article_id')
        .select('articles.id')
        .where('article_tags.tag_slug', 'in', tagSlugs)
        .where('articles.id', '!=', article.id)
        .where(isPublic(now))
        .groupBy('articles.id')
        .orderBy(sql`count(*)`, 'desc')
        .orderBy(sql`case when articles.category = ${article.category} then 0 else 1 end`)
        .orderBy('articles.published_at', 'desc')
        .orderBy('articles.id')
        .limit(limit)
        .execute()
    : [];
  const ids = byTags.map((r) => r.id);
  if (ids.length < limit) {
    const more = await db
      .selectFrom('articles')
      .select('id')
      .where(isPublic(now))
      .where('category', '=', article.category)
      .where('id', 'not in', [article.id, ...ids])
      .orderBy('published_at', 'desc')
      .orderBy('id')
      .limit(limit - ids.length)
      .execute();
    ids.push(...more.map((r) => r.id));
  }
  return summariesByIds(db, ids);
}

/** "Cùng chuyên mục": newest in the same section, without the article itself. */
export async function querySameSection(db: DB, article: Pick<ArticleSummary, 'id' | 'category'>, now: string, exclude: string[] = [], limit = 5) {
  return newest(db, publicIds(db, now).where('category', '=', article.category).where('articles.id', 'not in', [article.id, ...exclude]), limit);
}

/** The feed's newest articles: all, or a section's own and (a top-level section's) its children's, as its page lists them. */
export async function queryFeed(db: DB, now: string, section?: string, children: string[] = []) {
  let q = publicIds(db, now);
  if (section) q = q.where('category', 'in', [section, ...children]);
  return newest(db, q, siteConfig.feedItems);
}

export async function querySitemap(db: DB, now: string) {
  const articles = await db
    .selectFrom('articles')
    .select(['slug', 'updated_at', 'published_at', 'category'])
    .where(isPublic(now))
    .orderBy('published_at', 'desc')
    .execute();
  const tags = await db
    .selectFrom('article_tags')
    .innerJoin('articles', 'articles.id', 'article_tags.article_id')
    .select('article_tags.tag_slug')
    .distinct()
    .where(isPublic(now))
    .execute();
  const authors = await db
    .selectFrom('article_bylines')
    .innerJoin('articles', 'articles.id', 'article_bylines.article_id')
    .select('article_bylines.author_slug')
    .distinct()
    .where(isPublic(now))
    .execute();
  return { articles, tags: tags.map((t) => t.tag_slug), authors: authors.map((a) => a.author_slug) };
}

/** Public articles, newest first, narrowed by any of section, tag and author. For the JSON API. */
export async function queryArticleList(db: DB, p: ArticleListParams, now: string): Promise<Paged<ArticleSummary>> {
  return pageOf(db, filtered(publicIds(db, now), p), p.page, p.perPage);
}

export type MostRead = ArticleSummary & { views: number };

/** "Đọc nhiều": public articles by views counted in the last `hours` hours (hour buckets), most first, newer first on ties. */
export async function queryMostRead(db: DB, now: string, hours: number, limit = 5): Promise<MostRead[]> {
  const since = new Date(new Date(now).getTime() - hours * 3_600_000).toISOString().slice(0, 13);
  // From the viewed articles to their rows: a cross join keeps SQLite from walking every public
  // article and reading its row to probe the views (168 ms and 0.8 GB of the file at 100,000).
  const rows = await db
    .selectFrom((eb) => eb.selectFrom('page_views').select(['article_id', (e) => e.fn.sum<number | string>('views').as('total')]).where('hour', '>=', since).groupBy('article_id').as('pv'))
    .crossJoin('articles')
    .whereRef('articles.id', '=', 'pv.article_id')
    .select([...summaryColumns.map((c) => `articles.${c}` as const), 'pv.total'])
    .where(isPublic(now))
    .orderBy('pv.total', 'desc')
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...rowToSummary(r), views: Number(r.total) }));
}

/** Articles published in the last `hours` hours, for the Google News sitemap. */
export async function queryRecent(db: DB, now: string, hours: number) {
  const since = new Date(new Date(now).getTime() - hours * 3600_000).toISOString();
  return newest(db, publicIds(db, now).where('published_at', '>=', since), 1000);
}
