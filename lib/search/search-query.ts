/**
 * Search over the public article index (both sources), uncached. Pages use
 * the cached wrapper in ./search.ts; tests and the benchmark call this.
 *
 * 1. The query is split into words by lib/text (searchTokens): whatever was
 *    typed, the engines only ever see plain quoted words.
 * 2. The engine finds the articles that contain every word (folded), in the
 *    title or anywhere: SQLite FTS5, or PostgreSQL tsvector + GIN (migration
 *    401-search). Same tokens, same sets on both.
 * 3. A window of candidates — the newest matches, and the newest matches
 *    with every word in the title — is ranked in JavaScript (rank.ts), the
 *    same way on both engines; matches beyond the window follow, newest
 *    first. The window is fixed, so paging never repeats or skips an article.
 */
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { siteConfig } from '@/lib/config/site';
import type { ArticleSummary } from '@/lib/articles/types';
import { isPublic, rowToSummary, summaryColumns } from '@/lib/articles/queries';
import { isPostgres } from '@/lib/db/engine';
import type { Database } from '@/lib/db/schema';
import { type SearchToken, parseVnLocal, searchTokens } from '@/lib/text/vietnamese';
import type { SearchInput } from '@/lib/validations/search';
import { type Segment, highlight, roughPlainText, snippet } from './match-text';
import { rankArticles } from './rank';

type DB = Kysely<Database>;

/** Newest matches ranked together; the same number again for title matches. */
export const SEARCH_WINDOW = 100;
/**
 * Matches are counted up to this many ("more than 1,000"): counting every
 * match of a very common word costs more than the search itself, and no
 * reader pages past it (SEARCH_MAX_PAGE pages of results).
 */
export const SEARCH_COUNT_CAP = 1000;

export type SearchHit = { article: ArticleSummary; title: Segment[]; snippet: Segment[] };

export type SearchSuggestions = {
  /** The query with one word left out, when that finds something (counted up to SUGGESTION_COUNT_CAP + 1). */
  fewerWords: { q: string; total: number }[];
  /** How many the same words find without the section and date filters (up to SUGGESTION_COUNT_CAP + 1). */
  withoutFilters: number;
};

export type SearchResult = {
  input: SearchInput;
  tokens: SearchToken[];
  items: SearchHit[];
  /** Matches, counted up to SEARCH_COUNT_CAP. */
  total: number;
  /** True when there are more matches than `total` says. */
  totalIsLowerBound: boolean;
  page: number;
  pageCount: number;
  suggestions: SearchSuggestions | null;
};

type Scope = 'title' | 'doc';


/** "articles.id in (articles holding every word)", for the engine at hand. Words are quoted, never parsed. */
function matchAll(db: DB, words: string[], scope: Scope): Expression<SqlBool> {
  if (isPostgres(db)) {
    const query = words.map((w) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
    const col = sql.ref(scope === 'title' ? 'article_search.title_vec' : 'article_search.doc_vec');
    return sql<SqlBool>`articles.id in (select article_search.article_id from article_search where ${col} @@ ${query}::tsquery)`;
  }
  const quoted = words.map((w) => `"${w.replace(/"/g, '""')}"`);
  const query = scope === 'title' ? quoted.map((q) => `title : ${q}`).join(' AND ') : quoted.join(' AND ');
  return sql<SqlBool>`articles.id in (select m.article_id from article_search_ids m where m.rowid in (select rowid from article_search where article_search match ${query}))`;
}

/** Start of a Vietnamese day, as an ISO UTC instant. */
function vnDayStart(day: string, plusDays = 0): string {
  const d = parseVnLocal(`${day}T00:00`)!;
  return new Date(d.getTime() + plusDays * 86_400_000).toISOString();
}

function filtered(db: DB, input: Pick<SearchInput, 'section' | 'from' | 'to'>, now: string) {
  let q = db.selectFrom('articles').where(isPublic(now));
  if (input.section) q = q.where('articles.category', '=', input.section);
  if (input.from) q = q.where('articles.published_at', '>=', vnDayStart(input.from));
  if (input.to) q = q.where('articles.published_at', '<', vnDayStart(input.to, 1));
  return q;
}

/** How many articles hold every word, counting at most `cap`. */
async function countMatches(db: DB, words: string[], input: Pick<SearchInput, 'section' | 'from' | 'to'>, now: string, cap: number): Promise<number> {
  const row = await db
    .selectFrom(filtered(db, input, now).where(matchAll(db, words, 'doc')).select(sql<number>`1`.as('one')).limit(cap).as('m'))
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

const rankColumns = [...summaryColumns, 'body', 'search_text'] as const;

export async function querySearch(db: DB, input: SearchInput, now: string, pageSize: number = siteConfig.pageSize): Promise<SearchResult> {
  const tokens = searchTokens(input.q);
  const page = Math.max(1, Math.floor(input.page) || 1);
  const empty: SearchResult = { input, tokens, items: [], total: 0, totalIsLowerBound: false, page, pageCount: 1, suggestions: null };
  if (!tokens.length) return empty;
  const words = tokens.map((t) => t.folded);

  const counted = await countMatches(db, words, input, now, SEARCH_COUNT_CAP + 1);
  const totalIsLowerBound = counted > SEARCH_COUNT_CAP;
  const total = Math.min(counted, SEARCH_COUNT_CAP);
  if (total === 0) return { ...empty, suggestions: await suggest(db, tokens, input, now) };

  const matching = () => filtered(db, input, now).where(matchAll(db, words, 'doc'));
  // The window: ids first (small rows to sort), then the full rows of those
  // few — never the bodies of every match.
  const fullRows = (ids: string[]) =>
    db.selectFrom('articles').select(rankColumns.map((c) => `articles.${c}` as const)).where('articles.id', 'in', ids.length ? ids : ['']);
  let rows;
  if (total <= 2 * SEARCH_WINDOW) {
    rows = await matching().select(rankColumns.map((c) => `articles.${c}` as const)).execute();
  } else {
    const newestIds = (scopeTitle: boolean) => {
      let q = matching();
      if (scopeTitle) q = q.where(matchAll(db, words, 'title'));
      return q.select('articles.id').orderBy('articles.published_at', 'desc').orderBy('articles.id').limit(SEARCH_WINDOW).execute();
    };
    const [recent, inTitle] = await Promise.all([newestIds(false), newestIds(true)]);
    rows = await fullRows([...new Set([...recent, ...inTitle].map((r) => r.id))]).execute();
  }

  const ranked = rankArticles(
    rows.map((r) => {
      const summary = rowToSummary(r);
      return {
        id: r.id,
        title: r.title,
        summary: r.summary,
        tags: summary.tags.map((t) => t.name),
        bylines: summary.bylines.map((b) => b.name),
        body: r.body,
        searchText: r.search_text,
        publishedAt: r.published_at,
        summaryObj: summary,
      };
    }),
    tokens,
  );

  const start = (page - 1) * pageSize;
  const pageItems: ArticleSummary[] = ranked.slice(start, start + pageSize).map((r) => r.summaryObj);
  const bodies = new Map(ranked.slice(start, start + pageSize).map((r) => [r.id, r.body]));
  if (pageItems.length < pageSize && total > ranked.length) {
    // Past the ranked window: the remaining matches, newest first (ids, then rows).
    const tailIds = await matching()
      .where('articles.id', 'not in', ranked.map((r) => r.id))
      .select('articles.id')
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id')
      .limit(pageSize - pageItems.length)
      .offset(Math.max(0, start - ranked.length))
      .execute();
    const tail = new Map((await fullRows(tailIds.map((r) => r.id)).execute()).map((r) => [r.id, r]));
    for (const { id } of tailIds) {
      const r = tail.get(id);
      if (!r) continue;
      pageItems.push(rowToSummary(r));
      bodies.set(r.id, r.body);
    }
  }

  const items = pageItems.map((article): SearchHit => {
    // The snippet comes from the sapo when it holds the words, else from the body text.
    const inSummary = highlight(article.summary, tokens);
    const summaryHits = inSummary.filter((s) => s.mark).length;
    const text = summaryHits > 0 ? article.summary : `${article.summary} ${roughPlainText(bodies.get(article.id) ?? '')}`;
    return { article, title: highlight(article.title, tokens), snippet: snippet(text, tokens) };
  });
  return { input, tokens, items, total, totalIsLowerBound, page, pageCount: Math.max(1, Math.ceil(total / pageSize)), suggestions: null };
}

/** Suggestions say "100+" rather than count further. */
export const SUGGESTION_COUNT_CAP = 100;

async function suggest(db: DB, tokens: SearchToken[], input: SearchInput, now: string): Promise<SearchSuggestions> {
  const fewerWords: SearchSuggestions['fewerWords'] = [];
  if (tokens.length > 1 && tokens.length <= 6) {
    for (let i = 0; i < tokens.length; i++) {
      const rest = tokens.filter((_, j) => j !== i);
      const total = await countMatches(db, rest.map((t) => t.folded), input, now, SUGGESTION_COUNT_CAP + 1);
      if (total > 0) fewerWords.push({ q: rest.map((t) => t.text).join(' '), total });
    }
    fewerWords.sort((a, b) => b.total - a.total);
  }
  const hasFilters = Boolean(input.section || input.from || input.to);
  const withoutFilters = hasFilters ? await countMatches(db, tokens.map((t) => t.folded), {}, now, SUGGESTION_COUNT_CAP + 1) : 0;
  return { fewerWords: fewerWords.slice(0, 3), withoutFilters };
}
