import { getSection } from '@/lib/config/site';
import { getRssXml } from '@/lib/feeds/cached';
import { rssResponse } from '@/lib/feeds/build-rss';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section } = await params;
  const s = getSection(section);
  if (!s) return new Response('Không tìm thấy chuyên mục.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return rssResponse(await getRssXml(s));
}
