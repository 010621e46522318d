import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { paths } from '@/lib/config/site';

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

export const CONTENT_MEDIA_DIR = path.join(process.cwd(), 'content', 'media');

/**
 * Resolve an image reference from an article (a file name under
 * content/media for content/ articles) to what a <picture> needs.
 */
export async function resolveImage(src: string): Promise<ResolvedImage | null> {
  const name = path.basename(src);
  if (name !== src || !/^[a-z0-9][a-z0-9._-]*\.(jpe?g|png|webp|avif)$/i.test(name)) return null;
  const file = path.join(CONTENT_MEDIA_DIR, name);
  try {
    await fs.access(file);
    const meta = await sharp(file).metadata();
    if (!meta.width || !meta.height) return null;
    return { src: paths.media(`content/${name}`), width: meta.width, height: meta.height, sources: [] };
  } catch {
    return null;
  }
}
