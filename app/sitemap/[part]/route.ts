import { getSitemapPartXml } from '@/lib/feeds/cached';
import { partOfName } from '@/lib/feeds/sitemap-parts';
import { xmlResponse } from '@/lib/feeds/sitemaps';

// /sitemap/N.xml, a part of the sitemap once /sitemap.xml is an index; SITE_URL is read at run time.
export const dynamic = 'force-dynamic';

const notFound = () => new Response('Không có phần này của sơ đồ trang.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function GET(_req: Request, { params }: { params: Promise<{ part: string }> }) {
  const part = partOfName((await params).part);
  const xml = part === null ? null : await getSitemapPartXml(part);
  return xml === null ? notFound() : xmlResponse(xml);
}
