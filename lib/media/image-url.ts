import { mediaConfig } from '@/lib/config/site';
import { contentMediaId } from './media-id';
import { formatMime, parseImageRef, slotFor, variantUrl } from './media-ref';
import type { MediaRecord } from './types';

/**
 * One URL for an image reference at about `width` pixels, for OpenGraph,
 * JSON-LD and feeds (which take a single URL): the WebP variant of the
 * smallest slot at least that wide. Synchronous and free of database reads:
 * the id is in the reference (`/media/<id>`) or is the hash of the content
 * file (computed once per process). Every slot exists for every photo.
 */
export function imageUrl(src: string, width = 1200): string {
  const ref = parseImageRef(src);
  if (!ref) return src;
  if (ref.kind === 'external') return ref.url;
  const id = ref.kind === 'media' ? ref.id : contentMediaId(ref.name);
  if (!id) return src;
  return variantUrl(id, slotFor(width), mediaConfig.fallbackFormat);
}

/**
 * The variant imageUrl(ref, width) names, with its real byte length and MIME
 * type from the library record: what an RSS <enclosure> must carry.
 */
export function variantFile(media: MediaRecord, width = 1200): { path: string; length: number; type: string } | null {
  const slot = slotFor(width);
  const v = media.variants.find((x) => x.slot === slot && x.format === mediaConfig.fallbackFormat);
  return v ? { path: `/media/${v.key}`, length: v.bytes, type: formatMime[v.format] } : null;
}
