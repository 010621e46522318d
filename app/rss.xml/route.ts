import { getFeed } from '@/lib/articles/cached';
import { buildRss, rssResponse } from '@/lib/feeds/build-rss';

// Read at request time (from the cached index), never baked at build.
export const dynamic = 'force-dynamic';

export async function GET() {
  return rssResponse(buildRss(await getFeed()));
}
