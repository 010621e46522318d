import { getSection } from '@/lib/config/site';
import { getFeed } from '@/lib/articles/cached';
import { buildRss, rssResponse } from '@/lib/feeds/build-rss';
import { getLiveCoverages } from '@/lib/live/cached';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section } = await params;
  const s = getSection(section);
  if (!s) return new Response('Không tìm thấy chuyên mục.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const items = await getFeed(s.slug);
  return rssResponse(buildRss(items, s, await getLiveCoverages(items.map((a) => a.id))));
}
