import { getNewsSitemapXml } from '@/lib/feeds/cached';
import { xmlResponse } from '@/lib/feeds/sitemaps';

// Read at request time (the built XML is cached and tagged), never baked at build.
export const dynamic = 'force-dynamic';

/** Google News sitemap: articles of the last 48 hours. */
export async function GET() {
  return xmlResponse(await getNewsSitemapXml());
}
