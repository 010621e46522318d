/**
 * Cached search for the search page and the API: a bounded cache per process
 * (./results-cache.ts), so common queries are answered from memory and
 * arbitrary ones cannot fill it. Every publish, edit, takedown and go-live
 * expires the listings tag, which drops the cached answers on every instance.
 */
import 'server-only';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db';
import type { SearchInput } from '@/lib/validations/search';
import { foldVietnamese, normalizeVietnamese } from '@/lib/text/vietnamese';
import { boundedCache } from './results-cache';
import { querySearch, type SearchResult } from './search-query';
import { querySuggestions, type Suggestion } from './suggest';

/** Distinct result pages kept (a page is ~20 hits with highlights: a few KB each). */
export const SEARCH_CACHE_MAX = 1_000;
/** Distinct suggestion lists kept. */
export const SUGGEST_CACHE_MAX = 2_000;

const ttlMs = siteConfig.revalidateSeconds * 1000;
const results = boundedCache<SearchResult>({ max: SEARCH_CACHE_MAX, ttlMs });
const suggestions = boundedCache<Suggestion[]>({ max: SUGGEST_CACHE_MAX, ttlMs });

/**
 * The query as the search reads it: case and runs of spaces do not change the
 * answer, accents do (exact accents rank first), so they stay in the key.
 */
export function searchQueryKey(q: string): string {
  return normalizeVietnamese(q).trim().replace(/\s+/g, ' ');
}

export function searchCacheKey(input: SearchInput): string {
  return JSON.stringify([searchQueryKey(input.q), input.section ?? '', input.from ?? '', input.to ?? '', input.page]);
}

export async function getSearchResults(input: SearchInput): Promise<SearchResult> {
  // Searched as the key says, so every query sharing the key gets the same answer; shown with the reader's own words.
  const q = searchQueryKey(input.q);
  const r = await results.get(searchCacheKey(input), async () => querySearch(await db(), { ...input, q }, new Date().toISOString()));
  return { ...r, input };
}

/** Suggestions for the search box, cached per folded query (cut to 60 characters: longer is not typing). */
export function getSuggestions(q: string): Promise<Suggestion[]> {
  const key = foldVietnamese(q).trim().replace(/\s+/g, ' ').slice(0, 60);
  return suggestions.get(key, async () => querySuggestions(await db(), key, new Date().toISOString()));
}
