import { paths } from '@/lib/config/site';
import { getRssXml } from '@/lib/feeds/cached';
import { rssResponse } from '@/lib/feeds/build-rss';
import { getSectionRedirect, getStoredSection } from '@/lib/sections/cached';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section } = await params;
  const s = await getStoredSection(section);
  if (!s) {
    // A renamed section's old feed address moves with it (a route handler can answer 301).
    const moved = await getSectionRedirect(section);
    if (moved) return new Response(null, { status: 301, headers: { Location: paths.sectionFeed(moved) } });
    return new Response('Không tìm thấy chuyên mục.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return rssResponse(await getRssXml(s));
}
