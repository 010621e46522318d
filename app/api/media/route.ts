import { revalidateTag } from 'next/cache';
import { authorizeAction, isSameOrigin, requestIp } from '@/lib/auth/session';
import { mediaConfig } from '@/lib/config/site';
import { writeAudit } from '@/lib/audit/log';
import { cacheTags } from '@/lib/cache/tags';
import { uploadRoles } from '@/lib/media/access';
import { getMediaLibrary } from '@/lib/media/cached';
import { toMediaSummary } from '@/lib/media/queries';
import type { UploadResult } from '@/lib/media/types';
import { db } from '@/lib/db';
import { ingestImage } from '@/lib/media/ingest';
import { MediaError } from '@/lib/media/media-error';
import { formatMb } from '@/lib/media/sniff';
import { initials } from '@/lib/text/vietnamese';
import { mediaSearchSchema } from '@/lib/validations/media';

export const dynamic = 'force-dynamic';

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/** Read a request body, refusing it once it passes `limit` bytes (whatever Content-Length claims). */
async function readLimited(req: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get('content-length') || 0);
  if (declared > limit) return null;
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Upload one or many photos (multipart, field `file`, repeated). Each file is
 * checked and re-encoded on its own; the answer lists every file with its
 * photo or its reason for refusal, in Vietnamese:
 * `{ results: UploadResult[] }`.
 */
export async function POST(req: Request) {
  if (!isSameOrigin(req)) return json({ error: 'Yêu cầu không đến từ trang biên tập của Bản tin.' }, 403);
  const auth = await authorizeAction(uploadRoles);
  if (!auth.ok) return json({ error: auth.message }, 401);
  const type = req.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) return json({ error: 'Hãy gửi ảnh bằng biểu mẫu tải lên (multipart/form-data).' }, 415);

  const body = await readLimited(req, mediaConfig.maxRequestBytes);
  if (!body) return json({ error: `Lần tải lên quá lớn (giới hạn ${formatMb(mediaConfig.maxRequestBytes)} mỗi lần, ${formatMb(mediaConfig.maxBytes)} mỗi ảnh). Hãy tải ít ảnh hơn mỗi lần.` }, 413);
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { 'content-type': type } }).formData();
  } catch {
    return json({ error: 'Không đọc được dữ liệu tải lên. Hãy thử lại.' }, 400);
  }
  const files = form.getAll('file').filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f);
  if (!files.length) return json({ error: 'Chưa chọn ảnh nào.' }, 400);
  if (files.length > mediaConfig.maxFilesPerRequest) return json({ error: `Mỗi lần tải tối đa ${mediaConfig.maxFilesPerRequest} ảnh.` }, 400);

  const handle = await db();
  const ip = await requestIp();
  const results: UploadResult[] = [];
  // One at a time: a 24-megapixel photo takes a few hundred MB while it is decoded.
  for (const file of files) {
    const name = (file.name || 'ảnh').slice(0, 200);
    try {
      const { media, created } = await ingestImage(handle, new Uint8Array(await file.arrayBuffer()), { uploaderId: auth.user.id, fallbackCredit: initials(auth.user.name) });
      if (created) {
        await writeAudit({ userId: auth.user.id, action: 'media.upload', target: media.id, detail: { name, bytes: media.bytes, width: media.width, height: media.height }, ip });
        revalidateTag(cacheTags.mediaItem(media.id), { expire: 0 });
      }
      results.push({ name, ok: true, created, media: toMediaSummary(media, created ? auth.user.name : null) });
    } catch (error) {
      if (error instanceof MediaError) {
        results.push({ name, ok: false, message: error.message });
      } else {
        console.error('[bản tin] upload failed:', name, error);
        results.push({ name, ok: false, message: 'Lỗi máy chủ khi lưu ảnh. Ảnh chưa được lưu; hãy thử lại sau.' });
      }
    }
  }
  return json({ results }, results.some((r) => r.ok) ? 200 : 422);
}

/** The library for the photo panel: `?q=` (accent-insensitive, caption/credit/alt) and `&page=`. */
export async function GET(req: Request) {
  const auth = await authorizeAction(uploadRoles);
  if (!auth.ok) return json({ error: auth.message }, 401);
  const url = new URL(req.url);
  const { q, page } = mediaSearchSchema.parse({ q: url.searchParams.get('q') ?? '', page: url.searchParams.get('page') ?? 1 });
  const result = await getMediaLibrary({ q, page });
  return json({ ...result, items: result.items.map((m) => toMediaSummary(m, m.uploaderName)) });
}
