/**
 * Ranking of search candidates, in JavaScript so that it is the same on
 * SQLite and PostgreSQL. Keys, in order:
 *  1. accents: when the query has accents, articles where every word typed
 *     with accents occurs with exactly those accents ("đường", not "dương")
 *     come first;
 *  2. phrase: the query words together, in order, and where: title > tag or
 *     byline > sapo > body; scattered words come after any phrase;
 *  3. coverage: how prominently each word occurs (title > tag/byline > sapo > body);
 *  4. recency: newer first; then id, so the order is total.
 */
import { type SearchToken, foldVietnamese, hasMarks } from '@/lib/text/vietnamese';
import { accentForm, foldedPhraseTest, hasAccentedWord, hasFoldedWord } from './match-text';

export type RankInput = {
  id: string;
  title: string;
  summary: string;
  /** Tag names as written. */
  tags: string[];
  /** Byline names. */
  bylines: string[];
  /** MDX source of the body (accented); needed only when an accented query word is not in the title, sapo, tags or bylines. */
  body?: string;
  /** Folded text of everything (the index's search_text). */
  searchText: string;
  publishedAt: string | null;
};

export type RankScore = { accent: number; phrase: number; coverage: number };

const W_TITLE = 4;
const W_META = 3;
const W_SUMMARY = 2;
const W_BODY = 1;

/** What ranking computes once per query, not once per candidate. */
type QueryContext = { folded: string[]; marked: string[]; phrase: ((s: string) => boolean) | null };

function queryContext(tokens: SearchToken[]): QueryContext {
  const folded = tokens.map((t) => t.folded);
  return {
    folded,
    marked: tokens.filter((t) => hasMarks(t.text)).map((t) => t.text),
    phrase: folded.length > 1 ? foldedPhraseTest(folded) : null,
  };
}

// Tags and bylines repeat across articles: folded once each (bounded, like the regexp cache).
const foldedNames = new Map<string, string>();
function foldName(name: string): string {
  let f = foldedNames.get(name);
  if (f === undefined) {
    if (foldedNames.size > 5000) foldedNames.clear();
    foldedNames.set(name, (f = foldVietnamese(name)));
  }
  return f;
}

/** searchText.split('\n', 2) (folded title and sapo), without splitting the rest. */
function headLines(searchText: string): [string, string | undefined] {
  const a = searchText.indexOf('\n');
  if (a < 0) return [searchText, undefined];
  const b = searchText.indexOf('\n', a + 1);
  return [searchText.slice(0, a), searchText.slice(a + 1, b < 0 ? undefined : b)];
}

export function scoreArticle(a: RankInput, tokens: SearchToken[]): RankScore {
  return score(a, queryContext(tokens));
}

function score(a: RankInput, q: QueryContext): RankScore {
  // search_text starts with the folded title and sapo, one line each (buildSearchText).
  const lines = a.title.includes('\n') || a.summary.includes('\n') ? null : headLines(a.searchText);
  const fTitle = lines?.[0] ?? foldVietnamese(a.title);
  const fSummary = lines?.[1] ?? foldVietnamese(a.summary);
  const fMeta = [...a.tags, ...a.bylines].map(foldName);

  const where = (test: (s: string) => boolean): number =>
    test(fTitle) ? W_TITLE : fMeta.some(test) ? W_META : test(fSummary) ? W_SUMMARY : test(a.searchText) ? W_BODY : 0;

  const phrase = q.phrase ? where(q.phrase) : 0;
  const coverage = q.folded.reduce((sum, w) => sum + where((s) => hasFoldedWord(s, w)), 0) / (W_TITLE * q.folded.length);

  let accent = 0;
  const missing = missingFromHead(a, q.marked);
  if (missing?.length === 0) accent = 1;
  else if (missing) {
    if (a.body === undefined) throw new Error(`rank: the body of ${a.id} is needed`);
    const body = accentForm(a.body);
    if (missing.every((w) => hasAccentedWord(body, w))) accent = 1;
  }
  return { accent, phrase, coverage };
}

/**
 * The words typed with accents that the short fields lack (null: none typed).
 * Only those words are held to their accents: "phối hop" asks for "phối"
 * exactly and leaves "hop" free. The short fields first; the body only for
 * the words they lack.
 */
function missingFromHead(a: RankInput, marked: string[]): string[] | null {
  if (!marked.length) return null;
  const head = accentForm([a.title, a.summary, ...a.tags, ...a.bylines].join('\n'));
  return marked.filter((w) => !hasAccentedWord(head, w));
}

export function compareRanked(a: { score: RankScore; publishedAt: string | null; id: string }, b: { score: RankScore; publishedAt: string | null; id: string }): number {
  return (
    b.score.accent - a.score.accent ||
    b.score.phrase - a.score.phrase ||
    b.score.coverage - a.score.coverage ||
    (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Candidates in rank order, with their scores. */
export function rankArticles<T extends RankInput>(candidates: T[], tokens: SearchToken[]): (T & { score: RankScore })[] {
  const q = queryContext(tokens);
  return candidates.map((c) => ({ ...c, score: score(c, q) })).sort(compareRanked);
}
