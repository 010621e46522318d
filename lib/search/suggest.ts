/**
 * Suggestions while a reader types in the search box: titles of the newest
 * articles whose title holds every word, the last one possibly unfinished
 * ("phoi h" → "Phối hợp…"). Accent-insensitive like the search. One walk of
 * the date-ordered index that stops after `limit` (docs/search.md), no ranking.
 */
import type { Kysely } from 'kysely';
import { paths } from '@/lib/config/site';
import type { Database } from '@/lib/db/schema';
import { searchTokens } from '@/lib/text/vietnamese';
import { matchSpec, newestMatches } from './engine';

export const SUGGEST_LIMIT = 5;
export type Suggestion = { title: string; href: string };

export async function querySuggestions(db: Kysely<Database>, q: string, now: string, limit = SUGGEST_LIMIT): Promise<Suggestion[]> {
  const words = [...new Set(searchTokens(q).map((t) => t.folded))];
  if (!words.length) return [];
  const ids = await newestMatches(db, { ...matchSpec(words, 'title', {}, now), prefix: true }, limit);
  if (!ids.length) return [];
  const rows = await db.selectFrom('articles').select(['id', 'slug', 'title']).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ title: r.title, href: paths.article(r.slug) }] : [];
  });
}
