/**
 * The engine side of search: which public articles hold every word, newest
 * first, and how many (up to a cap). SQLite FTS5 or PostgreSQL tsvector over
 * the date-ordered index of migration 901 (ascending key = newest first), so
 * "the newest N matches" stops after N instead of sorting every match.
 * Words reach the engines quoted, never parsed.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { isPostgres } from '@/lib/db/engine';
import { SEARCH_KEY_SLOTS, searchKeyOf } from '@/lib/db/migrations/901-search-by-date';
import type { Database } from '@/lib/db/schema';
import { parseVnLocal } from '@/lib/text/vietnamese';
import type { SearchInput } from '@/lib/validations/search';

type DB = Kysely<Database>;

export type Scope = 'title' | 'doc';
export type Filters = Pick<SearchInput, 'section' | 'from' | 'to'>;
/** Which matches: the words, the scope, and the key range (visibility and dates) with the section. */
/** `prefix`: the last word also matches the start of a longer word (suggestions while a reader types). */
export type MatchSpec = { words: string[]; scope: Scope; lo: number; hi: number; section?: string; prefix?: boolean };

/** Start of a Vietnamese day, as epoch ms. */
function vnDayStartMs(day: string, plusDays = 0): number {
  return parseVnLocal(`${day}T00:00`)!.getTime() + plusDays * 86_400_000;
}

/**
 * Keys of what a reader may see under the filters: published at or before
 * `now`, on or after `from`, before the day after `to`.
 */
export function keyRange(filters: Filters, now: string): { lo: number; hi: number } {
  let lo = searchKeyOf(Date.parse(now));
  let hi = Number.MAX_SAFE_INTEGER;
  if (filters.to) lo = Math.max(lo, searchKeyOf(vnDayStartMs(filters.to, 1) - 1));
  if (filters.from) hi = searchKeyOf(vnDayStartMs(filters.from)) + SEARCH_KEY_SLOTS - 1;
  return { lo, hi };
}

export function matchSpec(words: string[], scope: Scope, filters: Filters, now: string): MatchSpec {
  return { words, scope, section: filters.section, ...keyRange(filters, now) };
}

function ftsQuery(words: string[], prefix = false): string {
  return words.map((w, i) => `"${w.replace(/"/g, '""')}"${prefix && i === words.length - 1 ? '*' : ''}`).join(' AND ');
}

function tsQuery(words: string[], prefix = false): string {
  return words.map((w, i) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix && i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

/**
 * `select <article id> …` of the matches, unlimited (the callers limit);
 * newest first when `ordered` (a count must not ask PostgreSQL to sort every match).
 */
function matchesSql(db: DB, m: MatchSpec, exclude: string[], ordered: boolean): RawBuilder<{ id: string; k: number }> {
  const notIn = exclude.length ? sql`and d.article_id not in (${sql.join(exclude)})` : sql``;
  const section = m.section ? sql`and d.category = ${m.section}` : sql``;
  if (isPostgres(db)) {
    // Titles have their own small table (migration 920): a title match never fetches the wide doc_vec row.
    const from = m.scope === 'title' ? sql`search_titles d where d.title_vec` : sql`search_docs d where d.doc_vec`;
    return sql`select d.article_id as id, d.key as k from ${from} @@ ${tsQuery(m.words, m.prefix)}::tsquery and d.key between ${m.lo} and ${m.hi} ${section} ${notIn}
      ${ordered ? sql`order by d.key` : sql``}`;
  }
  // FTS5 yields rowids in ascending order anyway: asking for it costs nothing.
  // Titles: the titles-only table (920), whose posting lists are not the whole text's.
  const fts = sql.raw(m.scope === 'title' ? 'search_titles' : 'search_fts');
  return sql`select d.article_id as id, f.rowid as k from ${fts} f join search_docs d on d.rowid = f.rowid
    where ${fts} match ${ftsQuery(m.words, m.prefix)} and f.rowid between ${m.lo} and ${m.hi} ${section} ${notIn}
    order by f.rowid`;
}

/** The newest matches, `limit` of them after `offset`, as article ids. */
export async function newestMatches(db: DB, m: MatchSpec, limit: number, offset = 0, exclude: string[] = []): Promise<string[]> {
  const r = await sql<{ id: string }>`${matchesSql(db, m, exclude, true)} limit ${limit} offset ${offset}`.execute(db);
  return r.rows.map((row) => row.id);
}

/**
 * The newest `limit` matches, and how many match counting at most `cap`. SQLite: one walk of
 * FTS5's rowid order up to the cap (reading ids is cheap there). PostgreSQL: one statement, the
 * newest `limit` by the key walk and the capped count unordered, so the planner may count a rarer
 * word's matches from GIN (a bitmap) instead of checking every wide row along the key index until
 * the cap-th match (27 ms for a word in 7 % of articles, against 6 ms; docs/search.md, "Speed").
 */
export async function newestAndCount(db: DB, m: MatchSpec, limit: number, cap: number): Promise<{ ids: string[]; counted: number }> {
  if (!isPostgres(db)) {
    const upToCap = await newestMatches(db, m, cap);
    return { ids: upToCap.slice(0, limit), counted: upToCap.length };
  }
  const r = await sql<{ ids: string[]; n: string | number }>`select
    array(select id from (${matchesSql(db, m, [], true)} limit ${limit}) w) as ids,
    (select count(*) from (${matchesSql(db, m, [], false)} limit ${cap}) c) as n`.execute(db);
  const row = r.rows[0];
  return { ids: row?.ids ?? [], counted: Number(row?.n ?? 0) };
}

/** newestMatches as a subquery (`select id …`), for a statement that reads the rows too. */
export function newestMatchesSql(db: DB, m: MatchSpec, limit: number): RawBuilder<{ id: string }> {
  return sql<{ id: string }>`select id from (${matchesSql(db, m, [], true)} limit ${limit}) w`;
}

/**
 * `articles.id` among the ids `sub` selects. PostgreSQL as `= any(array(…))`: computed once, it can be
 * OR-ed with an id list through the primary key (a plain `in (subquery)` there became a scan of every article).
 */
export function articleIdIn(db: DB, sub: RawBuilder<{ id: string }>): RawBuilder<boolean> {
  return isPostgres(db) ? sql<boolean>`articles.id = any(array(${sub}))` : sql<boolean>`articles.id in (${sub})`;
}

/** How many articles match, counting at most `cap`. */
export async function countMatches(db: DB, m: MatchSpec, cap: number): Promise<number> {
  const r = await sql<{ n: string | number }>`select count(*) as n from (${matchesSql(db, m, [], false)} limit ${cap}) m`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** The newest matches' slugs and titles, in one statement (suggestions: one round trip, not two). */
export async function newestTitles(db: DB, m: MatchSpec, limit: number): Promise<{ slug: string; title: string }[]> {
  const r = await sql<{ slug: string; title: string }>`select a.slug, a.title from (${matchesSql(db, m, [], true)} limit ${limit}) m
    join articles a on a.id = m.id order by m.k`.execute(db);
  return r.rows;
}
