/**
 * "Đọc nhiều": the public articles with the most counted views in the last
 * hours (page_views, filled by lib/views/count-view.ts). Cached, recounted
 * every few minutes (tag 'most-read'), and refreshed by any publish or takedown.
 */
import 'server-only';
import { unstable_cache } from 'next/cache';
import { db } from '@/lib/db';
import { cacheTags } from './cache-tags';
import { queryMostRead } from './most-read-query';

export const MOST_READ_TAG = 'most-read';
/** How long a most-read list may be served before it is recounted. */
export const MOST_READ_REVALIDATE_SECONDS = 180;

export const getMostRead = (hours: number, limit = 5) =>
  unstable_cache(async () => queryMostRead(await db(), new Date().toISOString(), hours, limit), ['most-read', String(hours), String(limit)], {
    revalidate: MOST_READ_REVALIDATE_SECONDS,
    // A takedown (listings) drops the article from the block at once.
    tags: [MOST_READ_TAG, cacheTags.listings],
  })();
