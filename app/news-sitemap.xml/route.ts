import { SitemapStream, streamToPromise } from 'sitemap';
import { paths, siteConfig } from '@/lib/config/site';
import { absoluteUrl } from '@/lib/config/site-url';
import { getRecent } from '@/lib/articles/cached';
import { toVnIso } from '@/lib/text/vietnamese';

export const dynamic = 'force-dynamic';

const EMPTY = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';

/** Google News sitemap: articles of the last 48 hours. */
export async function GET() {
  const items = await getRecent(siteConfig.newsSitemapHours);
  const headers = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=60, s-maxage=300' };
  if (items.length === 0) {
    // The library refuses an empty stream; an empty urlset is still a valid sitemap.
    return new Response(EMPTY, { headers });
  }
  const stream = new SitemapStream({ hostname: absoluteUrl('/'), xmlns: { news: true, xhtml: false, image: false, video: false } });
  for (const a of items) {
    stream.write({
      url: paths.article(a.slug),
      news: {
        publication: { name: siteConfig.publisher, language: 'vi' },
        publication_date: toVnIso(a.publishedAt ?? a.updatedAt),
        title: a.title,
        keywords: a.tags.map((t) => t.name).join(', '),
      },
    });
  }
  stream.end();
  const xml = (await streamToPromise(stream)).toString('utf8');
  return new Response(xml, { headers });
}
