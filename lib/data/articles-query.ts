/**
 * Uncached reads of the public article index. Pages use the cached wrappers in
 * ./articles.ts; tests and scripts call these directly.
 */
import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { siteConfig } from '@/lib/config/site';
import type { ArticleRow, Database } from '@/lib/db/schema';
import { slugify } from '@/lib/text/vietnamese';
import type { ArticleImage, Byline } from '@/lib/validations/article';
import type { Article, ArticleSummary, Correction, Paged } from './article-types';

type DB = Kysely<Database>;

export const summaryColumns = [
  'id', 'slug', 'source', 'title', 'summary', 'category', 'tags', 'bylines', 'cover', 'dateline', 'status',
  'published_at', 'updated_at', 'sample', 'reading_minutes',
] as const;

type SummaryRow = Pick<ArticleRow, (typeof summaryColumns)[number]>;

function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

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

/** Visible to readers: published (or scheduled) and its time has come. Decided at read time. */
export function isPublic(now: string) {
  return (eb: ExpressionBuilder<Database, 'articles'>) =>
    eb.and([eb('articles.status', 'in', ['published', 'scheduled']), eb('articles.published_at', '<=', now)]);
}

function publicArticles(db: DB, now: string) {
  return db.selectFrom('articles').select(summaryColumns.map((c) => `articles.${c}` as const)).where(isPublic(now));
}

async function paginate(
  query: SelectQueryBuilder<Database, 'articles', SummaryRow>,
  page: number,
  pageSize: number,
): Promise<Paged<ArticleSummary>> {
  const safePage = Number.isInteger(page) && page > 0 ? page : 1;
  const countRow = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirst();
  const total = Number(countRow?.n ?? 0);
  const rows = await query
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id')
    .limit(pageSize)
    .offset((safePage - 1) * pageSize)
    .execute();
  return { items: rows.map(rowToSummary), total, page: safePage, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
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
  const rows = await publicArticles(db, now).orderBy('published_at', 'desc').orderBy('id').limit(limit).offset(offset).execute();
  return rows.map(rowToSummary);
}

export type HomeData = {
  lead: ArticleSummary | null;
  latest: ArticleSummary[];
  sections: { slug: string; name: string; items: ArticleSummary[] }[];
};

export async function queryHome(db: DB, now: string): Promise<HomeData> {
  const latest = await queryLatest(db, now, siteConfig.homeLatest + 1);
  const sections = await Promise.all(
    siteConfig.sections.map(async (s) => ({
      slug: s.slug,
      name: s.name,
      items: (
        await publicArticles(db, now).where('category', '=', s.slug).orderBy('published_at', 'desc').orderBy('id').limit(siteConfig.homeSectionBlock).execute()
      ).map(rowToSummary),
    })),
  );
  // The lead story is the newest one with a photo among the latest; else the newest.
  const lead = latest.find((a) => a.cover) ?? latest[0] ?? null;
  return { lead, latest: latest.filter((a) => a !== lead).slice(0, siteConfig.homeLatest), sections: sections.filter((s) => s.items.length > 0) };
}

export async function querySection(db: DB, section: string, page: number, now: string) {
  return paginate(publicArticles(db, now).where('category', '=', section), page, siteConfig.pageSize);
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
  const result = await paginate(
    publicArticles(db, now).where((eb) =>
      eb.exists(eb.selectFrom('article_tags').select('article_tags.article_id').whereRef('article_tags.article_id', '=', 'articles.id').where('article_tags.tag_slug', '=', tagSlug)),
    ),
    page,
    siteConfig.pageSize,
  );
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
  const result = await paginate(
    publicArticles(db, now).where((eb) =>
      eb.exists(
        eb.selectFrom('article_bylines').select('article_bylines.article_id').whereRef('article_bylines.article_id', '=', 'articles.id').where('article_bylines.author_slug', '=', authorSlug),
      ),
    ),
    page,
    siteConfig.pageSize,
  );
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
        .innerJoin('articles', 'articles.id', 'article_tags.article_id')
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
  if (!ids.length) return [];
  const rows = await publicArticles(db, now).where('articles.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [rowToSummary(byId.get(id)!)] : []));
}

/** "Cùng chuyên mục": newest in the same section, without the article itself. */
export async function querySameSection(db: DB, article: Pick<ArticleSummary, 'id' | 'category'>, now: string, exclude: string[] = [], limit = 5) {
  const rows = await publicArticles(db, now)
    .where('category', '=', article.category)
    .where('id', 'not in', [article.id, ...exclude])
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(rowToSummary);
}

export async function queryFeed(db: DB, now: string, section?: string) {
  let q = publicArticles(db, now);
  if (section) q = q.where('category', '=', section);
  const rows = await q.select('body').orderBy('published_at', 'desc').orderBy('id').limit(siteConfig.feedItems).execute();
  return rows.map((r) => ({ ...rowToSummary(r), body: r.body }));
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

/** Articles published in the last `hours` hours, for the Google News sitemap. */
export async function queryRecent(db: DB, now: string, hours: number) {
  const since = new Date(new Date(now).getTime() - hours * 3600_000).toISOString();
  const rows = await publicArticles(db, now).where('published_at', '>=', since).orderBy('published_at', 'desc').limit(1000).execute();
  return rows.map(rowToSummary);
}
