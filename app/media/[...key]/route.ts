import fs from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_MEDIA_DIR } from '@/lib/media/resolve-image';

const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif' };

/** Photos, with long immutable caching. Paths cannot leave the media root. */
export async function GET(_req: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  if (key.length !== 2 || key[0] !== 'content' || !/^[a-z0-9][a-z0-9._-]*$/i.test(key[1]!)) return notFound();
  const type = TYPES[path.extname(key[1]!).toLowerCase()];
  if (!type) return notFound();
  const file = path.join(CONTENT_MEDIA_DIR, key[1]!);
  if (!file.startsWith(CONTENT_MEDIA_DIR + path.sep)) return notFound();
  try {
    const bytes = await fs.readFile(file);
    return new Response(bytes, {
      headers: { 'Content-Type': type, 'Cache-Control': 'public, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff' },
    });
  } catch {
    return notFound();
  }
}

function notFound() {
  return new Response('Không tìm thấy ảnh.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
