/**
 * Cached search for the search page and the API. Keyed by the parsed input;
 * tagged with the listings tag, which every publish, edit and takedown
 * refreshes (revalidateArticle), so results are never staler than the index.
 */
import 'server-only';
import { unstable_cache } from 'next/cache';
import { siteConfig } from '@/lib/config/site';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import type { SearchInput } from '@/lib/validations/search';
import { foldVietnamese } from '@/lib/text/vietnamese';
import { querySearch, type SearchResult } from './search-query';
import { querySuggestions, type Suggestion } from './suggest';

export const SEARCH_CACHE_TAG = 'search';

export function getSearchResults(input: SearchInput): Promise<SearchResult> {
  const key = JSON.stringify([input.q, input.section ?? '', input.from ?? '', input.to ?? '', input.page]);
  return unstable_cache(async () => querySearch(await db(), input, new Date().toISOString()), ['search', key], {
    revalidate: siteConfig.revalidateSeconds,
    tags: [cacheTags.listings, SEARCH_CACHE_TAG],
  })();
}

/** Suggestions for the search box, cached per folded query like the search (the query cut to 60 characters: longer is not typing). */
export function getSuggestions(q: string): Promise<Suggestion[]> {
  const key = foldVietnamese(q).trim().replace(/\s+/g, ' ').slice(0, 60);
  return unstable_cache(async () => querySuggestions(await db(), key, new Date().toISOString()), ['search-suggest', key], {
    revalidate: siteConfig.revalidateSeconds,
    tags: [cacheTags.listings, SEARCH_CACHE_TAG],
  })();
}
