import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { ArticleSummary } from './article-types';
import { isPublic, rowToSummary, summaryColumns } from './articles-query';

export type MostRead = ArticleSummary & { views: number };

/** Public articles by views counted in the last `hours` hours (hour buckets), most first, newer first on ties. */
export async function queryMostRead(db: Kysely<Database>, now: string, hours: number, limit = 5): Promise<MostRead[]> {
  const since = new Date(new Date(now).getTime() - hours * 3_600_000).toISOString().slice(0, 13);
  const rows = await db
    .selectFrom('articles')
    .innerJoin(
      (eb) => eb.selectFrom('page_views').select(['article_id', (e) => e.fn.sum<number | string>('views').as('total')]).where('hour', '>=', since).groupBy('article_id').as('pv'),
      (join) => join.onRef('pv.article_id', '=', 'articles.id'),
    )
    .select([...summaryColumns.map((c) => `articles.${c}` as const), 'pv.total'])
    .where(isPublic(now))
    .orderBy('pv.total', 'desc')
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...rowToSummary(r), views: Number(r.total) }));
}
