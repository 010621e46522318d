import { SitemapStream, streamToPromise } from 'sitemap';
import { paths, siteConfig } from '@/lib/config/site';
import { absoluteUrl } from '@/lib/config/site-url';
import type { ArticleSummary } from '@/lib/articles/types';
import { toVnIso } from '@/lib/text/vietnamese';

type SitemapData = { articles: { slug: string; updated_at: string }[]; tags: string[]; authors: string[] };

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);

function urlEntry(loc: string, changefreq: string, priority: number, lastmod?: string): string {
  const mod = lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : '';
  return `<url><loc>${escapeXml(loc)}</loc>${mod}<changefreq>${changefreq}</changefreq><priority>${priority}</priority></url>`;
}

/** The sitemap of every public page: home, sections (the stored list's slugs), articles, tags, authors. */
export function buildSitemap({ articles, tags, authors }: SitemapData, sections: string[]): string {
  const latest = articles[0]?.updated_at;
  const urls = [
    urlEntry(absoluteUrl('/'), 'hourly', 1, latest),
    ...sections.map((s) => urlEntry(absoluteUrl(paths.section(s)), 'hourly', 0.8, latest)),
    ...articles.map((a) => urlEntry(absoluteUrl(paths.article(a.slug)), 'weekly', 0.6, a.updated_at)),
    ...tags.map((t) => urlEntry(absoluteUrl(paths.tag(t)), 'daily', 0.3)),
    ...authors.map((a) => urlEntry(absoluteUrl(paths.author(a)), 'daily', 0.3)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

const EMPTY_NEWS =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';

/** Google News sitemap of the given (recent) articles. */
export async function buildNewsSitemap(items: ArticleSummary[]): Promise<string> {
  // The library refuses an empty stream; an empty urlset is still a valid sitemap.
  if (items.length === 0) return EMPTY_NEWS;
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
  return (await streamToPromise(stream)).toString('utf8');
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=60, s-maxage=1' } });
}
