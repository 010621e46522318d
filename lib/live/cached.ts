/**
 * Live coverage, cached and tagged per article for public pages and the poll endpoint:
 * a reader's poll every few seconds costs a cache hit, and a new entry expires exactly the
 * one article's tag (its page, its JSON), never the listings.
 */
import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db';
import { queryLiveCoverage, queryLiveCoverages } from './queries';

export const getLiveCoverage = cache((articleId: string) =>
  unstable_cache(async () => queryLiveCoverage(await db(), articleId), ['live', articleId], {
    revalidate: siteConfig.revalidateSeconds,
    tags: [cacheTags.live(articleId)],
  })(),
);

/**
 * The coverages of a feed's items. Tagged `listings` (the feed's own tag) and every item's
 * live tag, so a new entry refreshes the feeds that carry it.
 */
export const getLiveCoverages = (articleIds: string[]) =>
  unstable_cache(async () => queryLiveCoverages(await db(), articleIds), ['live-many', articleIds.join(',')], {
    revalidate: siteConfig.revalidateSeconds,
    tags: [cacheTags.listings, ...articleIds.map(cacheTags.live)],
  })();
