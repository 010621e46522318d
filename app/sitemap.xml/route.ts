import { getSitemapXml } from '@/lib/feeds/cached';
import { xmlResponse } from '@/lib/feeds/sitemaps';

// A route rather than app/sitemap.ts, whose metadata route serialises the XML on every request.
export const dynamic = 'force-dynamic';

export async function GET() {
  return xmlResponse(await getSitemapXml());
}
