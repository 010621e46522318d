import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseImageRef } from './media-ref';

/**
 * Media ids, without the pipeline: light enough for the article index (and
 * the content check CLI) to map references to ids. Node only.
 */

/** The id of a photo: the first 32 hex digits of the sha256 of its bytes as uploaded. */
export function mediaIdOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/** Photos of content/ articles, kept in git beside them. */
export const CONTENT_MEDIA_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'content', 'media');

const ids = new Map<string, string | null>();

/**
 * The media id of a content/ photo (the hash of its bytes), or null when there
 * is no such file. Read and hashed once per process: cheap on the render path.
 */
export function contentMediaId(name: string, dir = CONTENT_MEDIA_DIR): string | null {
  const ref = parseImageRef(name);
  if (ref?.kind !== 'content') return null;
  const file = path.join(dir, ref.name);
  const memo = ids.get(file);
  if (memo !== undefined) return memo;
  let id: string | null = null;
  try {
    id = mediaIdOf(fs.readFileSync(file));
  } catch {
    id = null;
  }
  ids.set(file, id);
  return id;
}
