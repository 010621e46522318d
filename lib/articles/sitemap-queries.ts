/**
 * Uncached reads for a sitemap split into parts (lib/feeds/sitemap-parts.ts): the counts and
 * lastmods the index needs, and one part's slice of articles, tags or authors, so serving a
 * part reads only its own rows (cached in lib/feeds/cached.ts).
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { isPublic, queryLatest } from './queries';

type DB = Kysely<Database>;

/**
 * How many public articles, tags and authors (index-only), read for every sitemap answer, and the
 * newest-published article's updated_at: the home and section entries' lastmod, as in one file.
 */
export type SitemapCounts = { articles: number; tags: number; authors: number; latest: string | null };

const publicIds = (db: DB, now: string) => db.selectFrom('articles').select('articles.id').where(isPublic(now));

/** Distinct public tag slugs or author slugs, as one query to count or slice. */
function slugsOf(db: DB, now: string, kind: 'tags' | 'authors') {
  return kind === 'tags'
    ? db.selectFrom('article_tags').select('article_tags.tag_slug as slug').distinct().where('article_tags.article_id', 'in', publicIds(db, now))
    : db.selectFrom('article_bylines').select('article_bylines.author_slug as slug').distinct().where('article_bylines.article_id', 'in', publicIds(db, now));
}

async function countOf(db: DB, now: string, kind: 'tags' | 'authors'): Promise<number> {
  const row = await db.selectFrom(slugsOf(db, now, kind).as('d')).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function querySitemapCounts(db: DB, now: string): Promise<SitemapCounts> {
  const row = await publicIds(db, now).clearSelect().select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  // queryLatest finds the newest on the index first: ordering rows by date to read updated_at took 0.3 s at 100,000.
  const [latest] = await queryLatest(db, now, 1);
  return { articles: Number(row?.n ?? 0), tags: await countOf(db, now, 'tags'), authors: await countOf(db, now, 'authors'), latest: latest?.updatedAt ?? null };
}

/**
 * The index's lastmods: one pass over the public articles, oldest first, grouped by `limit`; index i
 * is the newest updated_at of articles i·limit … (i+1)·limit − 1. It reads every article's updated_at
 * (in no index), but only when the index is rebuilt, never to serve a part.
 */
export async function querySitemapLastmods(db: DB, now: string, limit: number): Promise<string[]> {
  const ranked = db
    .selectFrom('articles')
    .select((eb) => ['articles.updated_at', sql<number>`row_number() over (order by ${eb.ref('articles.published_at')}, ${eb.ref('articles.id')})`.as('rn')])
    .where(isPublic(now))
    .as('r');
  const part = sql<number>`(r.rn - 1) / ${sql.lit(limit)}`;
  const groups = await db
    .selectFrom(ranked)
    .select([part.as('part'), (eb) => eb.fn.max('r.updated_at').as('lastmod')])
    .groupBy(part)
    .orderBy('part')
    .execute();
  return groups.map((g) => String(g.lastmod));
}

/**
 * Public articles `offset` … `offset + limit − 1`, oldest first (ties by id): old parts keep their
 * articles and lastmod as new ones are published. The ids are sliced on articles_visible, then
 * only the slice's rows are read.
 */
export async function querySitemapArticles(db: DB, now: string, offset: number, limit: number) {
  if (limit <= 0) return [];
  const slice = db
    .selectFrom('articles')
    .select(['articles.id', 'articles.published_at'])
    .where(isPublic(now))
    .orderBy('articles.published_at')
    .orderBy('articles.id')
    .limit(limit)
    .offset(offset)
    .as('s');
  return db
    .selectFrom(slice)
    .innerJoin('articles', 'articles.id', 's.id')
    .select(['articles.slug', 'articles.updated_at'])
    .orderBy('s.published_at')
    .orderBy('s.id')
    .execute();
}

/** Public tag or author slugs `offset` … `offset + limit − 1`, by slug. */
export async function querySitemapSlugs(db: DB, now: string, kind: 'tags' | 'authors', offset: number, limit: number): Promise<string[]> {
  if (limit <= 0) return [];
  const rows = await db.selectFrom(slugsOf(db, now, kind).as('d')).select('d.slug').orderBy('d.slug').limit(limit).offset(offset).execute();
  return rows.map((r) => r.slug);
}
