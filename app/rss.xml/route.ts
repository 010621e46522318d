import { getRssXml } from '@/lib/feeds/cached';
import { rssResponse } from '@/lib/feeds/build-rss';

// Read at request time (the built XML is cached and tagged), never baked at build.
export const dynamic = 'force-dynamic';

export async function GET() {
  return rssResponse(await getRssXml());
}
