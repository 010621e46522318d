import { contentMediaId } from '@/lib/media/media-id';
import { formatMime, parseImageRef, parseServedKey, variantKey, variantUrl } from '@/lib/media/media-ref';
import { getStorage } from '@/lib/media/storage';
import { mediaConfig } from '@/lib/config/site';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Photos readers get: only re-encoded, content-addressed variants (cached a year); the key must
 * match that one shape, so "..", originals/ and the like never reach storage (docs/media.md).
 */
export async function GET(_req: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const served = parseServedKey(key);
  if (served) {
    let bytes: Uint8Array | null = null;
    try {
      bytes = await getStorage().get(variantKey(served.id, served.slot, served.format));
    } catch (error) {
      console.error('[bản tin] media read failed:', (error as Error).message);
      return new Response('Tạm thời không đọc được ảnh.', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' } });
    }
    if (!bytes) return notFound();
    return new Response(bytes as BodyInit, {
      headers: {
        'Content-Type': formatMime[served.format],
        'Content-Length': String(bytes.byteLength),
        'Cache-Control': IMMUTABLE,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cross-Origin-Resource-Policy': 'same-site',
      },
    });
  }
  const largest = mediaConfig.widths[mediaConfig.widths.length - 1]!;
  if (key.length === 1) {
    const ref = parseImageRef(`/media/${key[0]}`);
    if (ref?.kind === 'media') return redirect(variantUrl(ref.id, largest));
  }
  if (key.length === 2 && key[0] === 'content') {
    const id = contentMediaId(key[1]!);
    if (id) return redirect(variantUrl(id, largest));
  }
  return notFound();
}

function redirect(location: string) {
  return new Response(null, { status: 308, headers: { Location: location, 'Cache-Control': 'public, max-age=3600' } });
}

function notFound() {
  return new Response('Không tìm thấy ảnh.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
  });
}
