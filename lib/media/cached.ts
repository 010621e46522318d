/**
 * Reads of the photo library. getMediaRecord is on the render path of every
 * cached article page (each <Figure>): one lookup by primary key, cached per
 * request (React cache) and across requests (unstable_cache, tags `media` and
 * `media:<id>`).
 */
import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { db } from '@/lib/db';
import { CONTENT_MEDIA_DIR } from './media-id';
import { ingestImage } from './ingest';
import { cacheTags } from '@/lib/cache/tags';
import { queryMediaById, queryMediaLibrary } from './queries';
import type { MediaRecord } from './types';
import fs from 'node:fs/promises';
import path from 'node:path';

async function loadMedia(id: string, contentName: string | null): Promise<MediaRecord | null> {
  const handle = await db();
  const found = await queryMediaById(handle, id);
  if (found || !contentName) return found;
  // A content/ photo that start-up has not put through the pipeline yet
  // (added since, or start-up failed): do it now, once.
  try {
    const bytes = await fs.readFile(path.join(CONTENT_MEDIA_DIR, contentName));
    return (await ingestImage(handle, bytes, { origin: 'content' })).media;
  } catch (error) {
    console.error('[bản tin] content photo', contentName, (error as Error).message);
    return null;
  }
}

export const getMediaRecord = cache((id: string, contentName: string | null = null) =>
  unstable_cache(() => loadMedia(id, contentName), ['media', id], { tags: [cacheTags.media, cacheTags.mediaItem(id)] })(),
);

/** The editor's library (dynamic: never cached). */
export async function getMediaLibrary(opts: { q?: string; page?: number }) {
  return queryMediaLibrary(await db(), opts);
}
