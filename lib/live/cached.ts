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
import { queryLiveCoverage } from './queries';

export const getLiveCoverage = cache((articleId: string) =>
  unstable_cache(async () => queryLiveCoverage(await db(), articleId), ['live', articleId], {
    revalidate: siteConfig.revalidateSeconds,
    tags: [cacheTags.live(articleId)],
  })(),
);
