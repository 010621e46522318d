/**
 * The editor dashboard's reads: the list (filterable by status, section, author and an
 * accent-insensitive title search), the counts per status, and the author filter's people.
 * Only what the actor may see (./access.ts); not cached (the editor area is dynamic).
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { editorConfig } from '@/lib/config/site';
import { db } from '@/lib/db';
import { isPostgres } from '@/lib/db/engine';
import { parseJson } from '@/lib/db/json';
import { type Paged, paginate } from '@/lib/db/paginate';
import type { ArticleSource, ArticleStatus, Database } from '@/lib/db/schema';
import { foldVietnamese } from '@/lib/text/vietnamese';
import { type Byline, articleStatuses } from '@/lib/validations/article';
import { type Actor, isEditorRole } from './access';

export type EditorListItem = {
  id: string;
  slug: string;
  source: ArticleSource;
  title: string;
  category: string;
  status: ArticleStatus;
  publishedAt: string | null;
  updatedAt: string;
  authorId: string | null;
  authorName: string | null;
  bylines: Byline[];
  reviewComment: string | null;
};

export type EditorListFilters = {
  /** As shown: "published" includes a scheduled article whose time has come (see shownStatus in ./access.ts). */
  status?: ArticleStatus;
  category?: string;
  /** A user id. */
  author?: string;
  /** Words of the title, matched without accents or case ("quang nam" finds "Quảng Nam"). */
  q?: string;
  page?: number;
};

/** At most this many words of a title search count (the rest are ignored). */
export const TITLE_SEARCH_MAX_WORDS = 8;

type Eb = ExpressionBuilder<Database & { users: Database['users'] }, 'articles' | 'users'>;

/** The status a person reads, in SQL: a scheduled article whose time has passed is published (the same rule as isPublicNow). */
function shownStatusSql(now: string): Expression<string> {
  return sql<string>`case when articles.status = 'scheduled' and articles.published_at <= ${now} then 'published' else articles.status end`;
}

/** The title, folded: search_text's first line (written by index-writer.ts with foldVietnamese, for both sources). */
function foldedTitleSql(postgres: boolean): Expression<string> {
  return postgres
    ? sql<string>`split_part(articles.search_text, E'\\n', 1)`
    : sql<string>`substr(articles.search_text, 1, instr(articles.search_text || char(10), char(10)) - 1)`;
}

/** Folded words of a title search; LIKE's wildcards are escaped so "50%" means 50%. */
export function titleSearchWords(q: string | undefined): string[] {
  return foldVietnamese(q ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, TITLE_SEARCH_MAX_WORDS)
    .map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
}

/** What this person may see, with every filter but the status (the counts are per status). */
async function baseQuery(actor: Actor, filters: EditorListFilters) {
  const conn = await db();
  const postgres = isPostgres(conn);
  let q = conn.selectFrom('articles').leftJoin('users', 'users.id', 'articles.author_id');
  if (!isEditorRole(actor)) {
    q = q.where((eb) => eb.or([eb('articles.author_id', '=', actor.id), eb('articles.source', '=', 'content')]));
  }
  if (filters.category) q = q.where('articles.category', '=', filters.category);
  if (filters.author) q = q.where('articles.author_id', '=', filters.author);
  for (const word of titleSearchWords(filters.q)) {
    q = q.where(() => sql<SqlBool>`${foldedTitleSql(postgres)} like ${`%${word}%`} escape '\\'`);
  }
  return q;
}

/**
 * The dashboard: what this person may see, newest change first. Reporters see
 * their own articles and the content/ ones (read-only); editors and admins
 * see every article.
 */
export async function listEditorArticles(actor: Actor, filters: EditorListFilters = {}, now = new Date().toISOString()): Promise<Paged<EditorListItem>> {
  let q = await baseQuery(actor, filters);
  if (filters.status) {
    const status = filters.status;
    q = q.where((eb: Eb) => eb(shownStatusSql(now), '=', status));
  }
  const { items: rows, ...pages } = await paginate({
    page: filters.page,
    pageSize: editorConfig.pageSize,
    clamp: true,
    count: async () => (await q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst())?.n,
    rows: (limit, offset) =>
      q
        .select([
          'articles.id',
          'articles.slug',
          'articles.source',
          'articles.title',
          'articles.category',
          'articles.status',
          'articles.published_at',
          'articles.updated_at',
          'articles.author_id',
          'articles.bylines',
          'articles.review_comment',
          'users.name as author_name',
        ])
        .orderBy('articles.updated_at', 'desc')
        .orderBy('articles.id')
        .limit(limit)
        .offset(offset)
        .execute(),
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      source: r.source,
      title: r.title,
      category: r.category,
      status: r.status,
      publishedAt: r.published_at,
      updatedAt: r.updated_at,
      authorId: r.author_id,
      authorName: r.author_name,
      bylines: parseJson<Byline[]>(r.bylines, []),
      reviewComment: r.review_comment,
    })),
    ...pages,
  };
}

/** How many articles of each status (as shown) match the other filters: the dashboard's status links. */
export async function countEditorArticles(actor: Actor, filters: EditorListFilters = {}, now = new Date().toISOString()): Promise<Record<ArticleStatus, number>> {
  const q = await baseQuery(actor, filters);
  const shown = shownStatusSql(now);
  const rows = await q
    .select((eb) => [sql<string>`${shown}`.as('shown'), eb.fn.countAll<string | number>().as('n')])
    // By position: PostgreSQL does not see two bound copies of `now` as the same expression.
    .groupBy(sql`1`)
    .execute();
  const counts = Object.fromEntries(articleStatuses.map((s) => [s, 0])) as Record<ArticleStatus, number>;
  for (const r of rows) if (r.shown in counts) counts[r.shown as ArticleStatus] = Number(r.n);
  return counts;
}

/** People who wrote articles, for the dashboard's author filter (a reporter sees only themself). */
export async function listArticleAuthors(actor: Actor): Promise<{ id: string; name: string }[]> {
  const conn = await db();
  let q = conn
    .selectFrom('users')
    .select(['users.id', 'users.name'])
    .where((eb) => eb.exists(eb.selectFrom('articles').select('articles.id').whereRef('articles.author_id', '=', 'users.id')));
  if (!isEditorRole(actor)) q = q.where('users.id', '=', actor.id);
  return q.orderBy('users.name').execute();
}
