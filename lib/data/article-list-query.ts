import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { ArticleListParams } from '@/lib/validations/api';
import type { ArticleSummary, Paged } from './article-types';
import { isPublic, rowToSummary, summaryColumns } from './articles-query';

/** Public articles, newest first, narrowed by any of section, tag and author (all must hold). For the JSON API. */
export async function queryArticleList(db: Kysely<Database>, p: ArticleListParams, now: string): Promise<Paged<ArticleSummary>> {
  let q = db.selectFrom('articles').where(isPublic(now));
  if (p.section) q = q.where('articles.category', '=', p.section);
  if (p.tag) {
    const tag = p.tag;
    q = q.where((eb) => eb.exists(eb.selectFrom('article_tags').select('article_tags.article_id').whereRef('article_tags.article_id', '=', 'articles.id').where('article_tags.tag_slug', '=', tag)));
  }
  if (p.author) {
    const author = p.author;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('article_bylines').select('article_bylines.article_id').whereRef('article_bylines.article_id', '=', 'articles.id').where('article_bylines.author_slug', '=', author)),
    );
  }
  const count = await q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  const total = Number(count?.n ?? 0);
  const rows = await q
    .select(summaryColumns.map((c) => `articles.${c}` as const))
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id')
    .limit(p.perPage)
    .offset((p.page - 1) * p.perPage)
    .execute();
  return { items: rows.map(rowToSummary), total, page: p.page, pageCount: Math.max(1, Math.ceil(total / p.perPage)) };
}
