/**
 * Suggestions while a reader types in the search box: titles of the newest
 * articles whose title holds every word, the last one possibly unfinished
 * ("phoi h" → "Phối hợp…"). Accent-insensitive like the search. One walk of
 * the date-ordered titles index that stops after `limit`, with the titles in
 * the same statement (docs/search.md), no ranking.
 */
import type { Kysely } from 'kysely';
import { paths } from '@/lib/config/site';
import type { Database } from '@/lib/db/schema';
import { searchTokens } from '@/lib/text/vietnamese';
import { matchSpec, newestTitles } from './engine';

export const SUGGEST_LIMIT = 5;
const MIN_PREFIX = 3;
export type Suggestion = { title: string; href: string };

export async function querySuggestions(db: Kysely<Database>, q: string, now: string, limit = SUGGEST_LIMIT): Promise<Suggestion[]> {
  let words = [...new Set(searchTokens(q).map((t) => t.folded))];
  // An unfinished word of 1–2 letters would expand to hundreds of words ("t" → tinh, thong, tren…):
  // seconds at 100,000 articles (bench:suggest). It waits for its third letter; alone, it is a whole word.
  const last = words.at(-1) ?? '';
  const prefix = last.length >= MIN_PREFIX;
  if (!prefix && words.length > 1) words = words.slice(0, -1);
  if (!words.length) return [];
  const rows = await newestTitles(db, { ...matchSpec(words, 'title', {}, now), prefix }, limit);
  return rows.map((r) => ({ title: r.title, href: paths.article(r.slug) }));
}
