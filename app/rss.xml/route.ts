import { getFeed } from '@/lib/articles/cached';
import { buildRss, rssResponse } from '@/lib/feeds/build-rss';
import { getLiveCoverages } from '@/lib/live/cached';

// Read at request time (from the cached index), never baked at build.
export const dynamic = 'force-dynamic';

export async function GET() {
  const items = await getFeed();
  return rssResponse(buildRss(items, undefined, await getLiveCoverages(items.map((a) => a.id))));
}
