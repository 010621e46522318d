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
import { accentForm, hasAccentedWord, hasFoldedPhrase, hasFoldedWord } from './match-text';

export type RankInput = {
  id: string;
  title: string;
  summary: string;
  /** Tag names as written. */
  tags: string[];
  /** Byline names. */
  bylines: string[];
  /** MDX source of the body (accented); needed only when bodyNeeded() says so. */
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

export function scoreArticle(a: RankInput, tokens: SearchToken[]): RankScore {
  const folded = tokens.map((t) => t.folded);
  // search_text starts with the folded title and sapo, one line each (buildSearchText).
  const lines = a.title.includes('\n') || a.summary.includes('\n') ? [] : a.searchText.split('\n', 2);
  const fTitle = lines[0] ?? foldVietnamese(a.title);
  const fSummary = lines[1] ?? foldVietnamese(a.summary);
  const fMeta = [...a.tags, ...a.bylines].map(foldVietnamese);

  const where = (test: (s: string) => boolean): number =>
    test(fTitle) ? W_TITLE : fMeta.some(test) ? W_META : test(fSummary) ? W_SUMMARY : test(a.searchText) ? W_BODY : 0;

  const phrase = folded.length > 1 ? where((s) => hasFoldedPhrase(s, folded)) : 0;
  const coverage = folded.reduce((sum, w) => sum + where((s) => hasFoldedWord(s, w)), 0) / (W_TITLE * folded.length);

  let accent = 0;
  const missing = missingFromHead(a, tokens);
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
function missingFromHead(a: RankInput, tokens: SearchToken[]): string[] | null {
  const marked = tokens.filter((t) => hasMarks(t.text)).map((t) => t.text);
  if (!marked.length) return null;
  const head = accentForm([a.title, a.summary, ...a.tags, ...a.bylines].join('\n'));
  return marked.filter((w) => !hasAccentedWord(head, w));
}

/** Whether ranking `a` must read its body (so that bodies are loaded only for those). */
export function bodyNeeded(a: RankInput, tokens: SearchToken[]): boolean {
  return (missingFromHead(a, tokens)?.length ?? 0) > 0;
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
  return candidates.map((c) => ({ ...c, score: scoreArticle(c, tokens) })).sort(compareRanked);
}
