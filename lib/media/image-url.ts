import { mediaConfig } from '@/lib/config/site';
import { contentMediaId } from './media-id';
import { parseImageRef, slotFor, variantUrl } from './media-ref';

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
