/**
 * Search over the public article index (both sources), uncached. Pages use
 * the cached wrapper in ./search.ts; tests and the benchmark call this.
 *
 * 1. The query is split into words by lib/text (searchTokens): whatever was
 *    typed, the engines only ever see plain quoted words.
 * 2. The engine (./engine.ts, migration 901) finds the public articles that
 *    contain every word (folded), newest first, walking a date-ordered index
 *    and stopping at the window: SQLite FTS5 or PostgreSQL tsvector + GIN.
 *    Same tokens, same keys, same sets and order on both.
 * 3. A window of candidates — the newest matches, and the newest matches
 *    with every word in the title — is ranked in JavaScript (rank.ts), the
 *    same way on both engines; matches beyond the window follow, newest
 *    first. The window is fixed, so paging never repeats or skips an article.
 *    Only the columns ranking needs are read, in one statement with the title
 *    window; the bodies with them when the query has accents (ranking then
 *    needs most), otherwise only for the snippets of the page shown.
 */
import type { Kysely, RawBuilder } from 'kysely';
import { siteConfig } from '@/lib/config/site';
import type { ArticleSummary } from '@/lib/articles/types';
import { rowToSummary, summaryColumns } from '@/lib/articles/queries';
import type { Database } from '@/lib/db/schema';
import { parseJson } from '@/lib/db/json';
import { type SearchToken, hasMarks, searchTokens } from '@/lib/text/vietnamese';
import type { SearchInput } from '@/lib/validations/search';
import { type Filters, articleIdIn, countMatches, matchSpec, newestAndCount, newestMatches, newestMatchesSql } from './engine';
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

/** What ranking reads of each candidate: the summary and the folded text, not the body. */
const rankColumns = [...summaryColumns, 'search_text'] as const;

async function rowsByIds(db: DB, ids: string[]) {
  if (!ids.length) return [];
  return db.selectFrom('articles').select(rankColumns.map((c) => `articles.${c}` as const)).where('articles.id', 'in', ids).execute();
}

/**
 * The candidates' rows: `ids`, and the ids `alsoIds` selects (the title
 * window, read in the same statement: one round trip less). With the bodies
 * when the query has accents: ranking then reads most candidates' bodies
 * (where the title and sapo lack the word); without, it reads none.
 */
async function candidateRows(db: DB, ids: string[], alsoIds: RawBuilder<{ id: string }> | null, withBodies: boolean) {
  const columns = [...rankColumns.map((c) => `articles.${c}` as const), ...(withBodies ? (['articles.body'] as const) : [])];
  const rows = await db
    .selectFrom('articles')
    .select(columns)
    .where((eb) => (alsoIds ? eb.or([eb('articles.id', 'in', ids), articleIdIn(db, alsoIds)]) : eb('articles.id', 'in', ids)))
    .execute();
  return rows as (Awaited<ReturnType<typeof rowsByIds>>[number] & { body?: string })[];
}

async function bodiesByIds(db: DB, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('articles').select(['id', 'body']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.body]));
}

export async function querySearch(db: DB, input: SearchInput, now: string, pageSize: number = siteConfig.pageSize): Promise<SearchResult> {
  const tokens = searchTokens(input.q);
  const page = Math.max(1, Math.floor(input.page) || 1);
  const empty: SearchResult = { input, tokens, items: [], total: 0, totalIsLowerBound: false, page, pageCount: 1, suggestions: null };
  if (!tokens.length) return empty;
  const words = tokens.map((t) => t.folded);
  const doc = matchSpec(words, 'doc', input, now);

  // The newest matches (the first 2 × window are the candidates) and their
  // number up to the cap + 1 ("more than 1,000" past the cap), in one statement
  // (engine.ts: one walk on SQLite; on PostgreSQL the count is left unordered).
  // Past 2 × window, the window is split between the newest and the newest in the title.
  const { ids: newest, counted } = await newestAndCount(db, doc, 2 * SEARCH_WINDOW, SEARCH_COUNT_CAP + 1);
  const totalIsLowerBound = counted > SEARCH_COUNT_CAP;
  const total = Math.min(counted, SEARCH_COUNT_CAP);
  if (total === 0) return { ...empty, suggestions: await suggest(db, tokens, input, now) };

  // Past 2 × window: the newest window, and the newest window with every word in the title.
  const split = counted > 2 * SEARCH_WINDOW;
  const inTitle = split ? newestMatchesSql(db, matchSpec(words, 'title', input, now), SEARCH_WINDOW) : null;
  const withBodies = tokens.some((t) => hasMarks(t.text));
  const rows = await candidateRows(db, split ? newest.slice(0, SEARCH_WINDOW) : newest, inTitle, withBodies);
  // Ranking needs the names only; full summaries (slugs and all) are made for the page shown.
  const names = (json: string, pick: (x: unknown) => string): string[] => parseJson<unknown[]>(json, []).map(pick);
  const candidates = rows.map((r) => ({
    id: r.id,
    title: r.title,
    summary: r.summary,
    tags: names(r.tags, String),
    bylines: names(r.bylines, (b) => String((b as { name?: string } | null)?.name ?? '')),
    body: undefined as string | undefined,
    searchText: r.search_text,
    publishedAt: r.published_at,
    row: r,
  }));
  // Without accents typed, ranking never reads a body (rank.ts: only accented words are checked in it).
  const bodies = new Map(withBodies ? rows.map((r) => [r.id, r.body!]) : []);
  for (const c of candidates) c.body = bodies.get(c.id);
  const ranked = rankArticles(candidates, tokens);

  const start = (page - 1) * pageSize;
  const pageItems: ArticleSummary[] = ranked.slice(start, start + pageSize).map((r) => rowToSummary(r.row));
  if (pageItems.length < pageSize && total > ranked.length) {
    // Past the ranked window: the remaining matches, newest first.
    const tailIds = await newestMatches(db, doc, pageSize - pageItems.length, Math.max(0, start - ranked.length), ranked.map((r) => r.id));
    const tail = new Map((await rowsByIds(db, tailIds)).map((r) => [r.id, r]));
    for (const id of tailIds) {
      const r = tail.get(id);
      if (r) pageItems.push(rowToSummary(r));
    }
  }

  // The snippet comes from the sapo when it holds the words, else from the body text.
  const fromSummary = new Set(pageItems.filter((a) => highlight(a.summary, tokens).some((s) => s.mark)).map((a) => a.id));
  const missing = pageItems.filter((a) => !fromSummary.has(a.id) && !bodies.has(a.id)).map((a) => a.id);
  for (const [id, body] of await bodiesByIds(db, missing)) bodies.set(id, body);
  const items = pageItems.map((article): SearchHit => {
    const text = fromSummary.has(article.id) ? article.summary : `${article.summary} ${roughPlainText(bodies.get(article.id) ?? '')}`;
    return { article, title: highlight(article.title, tokens), snippet: snippet(text, tokens) };
  });
  return { input, tokens, items, total, totalIsLowerBound, page, pageCount: Math.max(1, Math.ceil(total / pageSize)), suggestions: null };
}

/** Suggestions say "100+" rather than count further. */
export const SUGGESTION_COUNT_CAP = 100;

async function suggest(db: DB, tokens: SearchToken[], input: SearchInput, now: string): Promise<SearchSuggestions> {
  const count = (ts: SearchToken[], filters: Filters) =>
    countMatches(db, matchSpec(ts.map((t) => t.folded), 'doc', filters, now), SUGGESTION_COUNT_CAP + 1);
  const fewerWords: SearchSuggestions['fewerWords'] = [];
  if (tokens.length > 1 && tokens.length <= 6) {
    for (let i = 0; i < tokens.length; i++) {
      const rest = tokens.filter((_, j) => j !== i);
      const total = await count(rest, input);
      if (total > 0) fewerWords.push({ q: rest.map((t) => t.text).join(' '), total });
    }
    fewerWords.sort((a, b) => b.total - a.total);
  }
  const hasFilters = Boolean(input.section || input.from || input.to);
  const withoutFilters = hasFilters ? await count(tokens, {}) : 0;
  return { fewerWords: fewerWords.slice(0, 3), withoutFilters };
}
