import 'server-only';
import { mediaConfig } from '@/lib/config/site';
import { getMediaRecord } from './cached';
import type { MediaRecord } from './types';
import { contentMediaId } from './media-id';
import { formatMime, parseImageRef } from './media-ref';

export type ResolvedImage = {
  /** Fallback URL for <img src> */
  src: string;
  width: number;
  height: number;
  /** Extra <source> elements for <picture>, best format first. */
  sources: { type: string; srcSet: string }[];
  /** srcset for the fallback <img> */
  srcSet?: string;
  /** data: URL of a tiny blurred placeholder */
  blur?: string;
};

/** What a <picture> needs, from a library record. */
export function toResolvedImage(media: MediaRecord): ResolvedImage | null {
  const srcSetOf = (format: string) => {
    const seen = new Set<number>();
    return media.variants
      .filter((v) => v.format === format && !seen.has(v.width) && seen.add(v.width))
      .sort((a, b) => a.width - b.width)
      .map((v) => `/media/${v.key} ${v.width}w`)
      .join(', ');
  };
  const fallback = media.variants.filter((v) => v.format === mediaConfig.fallbackFormat).sort((a, b) => a.width - b.width);
  if (!fallback.length) return null;
  const largest = fallback[fallback.length - 1]!;
  // <img src> for the rare browser without srcset: the middle slot.
  const middle = fallback.find((v) => v.slot === mediaConfig.widths[1]) ?? largest;
  return {
    src: `/media/${middle.key}`,
    width: largest.width,
    height: largest.height,
    sources: mediaConfig.formats.map((f) => ({ type: formatMime[f], srcSet: srcSetOf(f) })).filter((s) => s.srcSet),
    srcSet: srcSetOf(mediaConfig.fallbackFormat),
    blur: media.blur || undefined,
  };
}

/**
 * Resolve an image reference from an article — a content/media file name
 * (`hoi-nghi-ky-ket-chuong-trinh.jpg`) or an uploaded photo (`/media/<id>`),
 * see media-ref.ts — to its re-encoded variants. Null for anything else
 * (external URLs are not re-served) or a photo not in the library.
 */
export async function resolveImage(src: string): Promise<ResolvedImage | null> {
  const ref = parseImageRef(src);
  if (!ref || ref.kind === 'external') return null;
  const id = ref.kind === 'media' ? ref.id : contentMediaId(ref.name);
  if (!id) return null;
  const media = await getMediaRecord(id, ref.kind === 'content' ? ref.name : null);
  return media ? toResolvedImage(media) : null;
}

/** The library record of an article's photo reference (a content/ file or an upload), or null (external, unknown). */
export async function mediaOfRef(src: string): Promise<MediaRecord | null> {
  const ref = parseImageRef(src);
  if (!ref || ref.kind === 'external') return null;
  const id = ref.kind === 'media' ? ref.id : contentMediaId(ref.name);
  return id ? getMediaRecord(id, ref.kind === 'content' ? ref.name : null) : null;
}
