import { type MediaFormat, type MediaSlot, mediaConfig, paths } from '@/lib/config/site';

/**
 * How articles name their photos, and where the variants live. Pure: safe in
 * client components (the photo panel builds references with it).
 *
 * A reference (the `src` of a <Figure> or of the cover) is one of:
 * - an uploaded photo: `/media/<id>`, where <id> is the first 32 hex digits of
 *   the sha256 of the uploaded bytes (the same photo uploaded twice is one id);
 * - a photo of a content/ article: its file name under content/media
 *   (`hoi-nghi-ky-ket-chuong-trinh.jpg`), hashed the same way at start-up;
 * - an external http(s) URL (passed through for feeds, never fetched).
 *
 * Variants are stored as `<id>/<slot>.<format>` (slot = 480, 960 or 1600;
 * a narrower photo is stored at its own width in the larger slots) and served
 * at `/media/<id>/<slot>.<format>`. Originals are kept as `originals/<id>` and
 * are never served.
 */

export const MEDIA_ID_RE = /^[0-9a-f]{32}$/;
const CONTENT_NAME_RE = /^[a-z0-9][a-z0-9._-]*\.(?:jpe?g|png|webp|avif)$/i;

export type ImageRef = { kind: 'media'; id: string } | { kind: 'content'; name: string } | { kind: 'external'; url: string };

export function mediaRef(id: string): string {
  return paths.media(id);
}

export function parseImageRef(src: string): ImageRef | null {
  const s = src.trim();
  if (/^https?:\/\//i.test(s)) return { kind: 'external', url: s };
  const m = /^\/media\/([0-9a-f]{32})(?:\/.*)?$/.exec(s);
  if (m) return { kind: 'media', id: m[1]! };
  if (CONTENT_NAME_RE.test(s) && !s.includes('..')) return { kind: 'content', name: s };
  return null;
}

export function variantKey(id: string, slot: MediaSlot, format: MediaFormat): string {
  return `${id}/${slot}.${format}`;
}

export function originalKey(id: string): string {
  return `originals/${id}`;
}

export const formatMime: Record<MediaFormat, string> = { avif: 'image/avif', webp: 'image/webp' };

/**
 * The one shape of a servable key: `<32 hex>/<slot>.<avif|webp>`. Everything
 * else — originals, `..`, encoded or absolute paths — is not a served file.
 */
export function parseServedKey(segments: string[]): { id: string; slot: MediaSlot; format: MediaFormat } | null {
  if (segments.length !== 2) return null;
  const [id, file] = segments as [string, string];
  if (!MEDIA_ID_RE.test(id)) return null;
  const m = /^(\d{3,4})\.(avif|webp)$/.exec(file);
  if (!m) return null;
  const slot = Number(m[1]) as MediaSlot;
  if (!(mediaConfig.widths as readonly number[]).includes(slot)) return null;
  return { id, slot, format: m[2] as MediaFormat };
}

/** The smallest slot at least `width` wide (the largest when none is). */
export function slotFor(width: number): MediaSlot {
  return mediaConfig.widths.find((w) => w >= width) ?? mediaConfig.widths[mediaConfig.widths.length - 1]!;
}

/** Public URL of one variant. */
export function variantUrl(id: string, slot: MediaSlot, format: MediaFormat = mediaConfig.fallbackFormat): string {
  return paths.media(variantKey(id, slot, format));
}
