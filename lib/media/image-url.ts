import { paths } from '@/lib/config/site';

/**
 * A plain URL for an image reference at about `width` pixels (for OpenGraph,
 * JSON-LD and feeds, which take one URL). Content files are under /media/content/.
 */
export function imageUrl(src: string, _width = 1200): string {
  if (/^https?:\/\//.test(src) || src.startsWith('/')) return src;
  return paths.media(`content/${src}`);
}
