import { isSameOrigin, viewerAddress } from '@/lib/auth/request-meta';
import { db } from '@/lib/db';
import { slugSchema } from '@/lib/validations/article';
import { recordView } from '@/lib/views/count-view';

/**
 * POST /api/xem — the article page's beacon reports one view (after load, so
 * it never slows the page; the page itself stays cached). Answers 204 whether
 * or not the view was counted. Same-origin only.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return Response.json({ error: { code: 'forbidden', message: 'Yêu cầu không đến từ trang này.' } }, { status: 403 });

  const text = (await request.text()).slice(0, 1024);
  let slug: unknown;
  try {
    slug = (JSON.parse(text) as { slug?: unknown }).slug;
  } catch {
    slug = undefined;
  }
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return Response.json({ error: { code: 'bad_request', message: 'Thiếu hoặc sai đường dẫn bài viết.' } }, { status: 400 });

  const ip = viewerAddress(request.headers);
  const purpose = request.headers.get('sec-purpose') ?? request.headers.get('purpose') ?? '';
  try {
    await recordView(await db(), { slug: parsed.data, ip, ua: request.headers.get('user-agent'), prefetch: /prefetch|prerender/i.test(purpose) });
  } catch (error) {
    // Counting is best effort: a reader never sees it fail.
    console.error('[bản tin] view not counted:', (error as Error).message);
  }
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
