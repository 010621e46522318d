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

const urlset = (urls: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;

const homeEntry = (latest?: string) => urlEntry(absoluteUrl('/'), 'hourly', 1, latest);
const sectionEntry = (slug: string, latest?: string) => urlEntry(absoluteUrl(paths.section(slug)), 'hourly', 0.8, latest);
const articleEntry = (a: { slug: string; updated_at: string }) => urlEntry(absoluteUrl(paths.article(a.slug)), 'weekly', 0.6, a.updated_at);
const tagEntry = (slug: string) => urlEntry(absoluteUrl(paths.tag(slug)), 'daily', 0.3);
const authorEntry = (slug: string) => urlEntry(absoluteUrl(paths.author(slug)), 'daily', 0.3);

/** The sitemap of every public page: home, sections (the stored list's slugs), articles, tags, authors. */
export function buildSitemap({ articles, tags, authors }: SitemapData, sections: string[]): string {
  const latest = articles[0]?.updated_at;
  return urlset([homeEntry(latest), ...sections.map((s) => sectionEntry(s, latest)), ...articles.map(articleEntry), ...tags.map(tagEntry), ...authors.map(authorEntry)]);
}

/** One part of a split sitemap, in the parts' order (lib/feeds/sitemap-parts.ts): articles, home, sections, tags, authors. */
export function buildSitemapPart(part: SitemapData & { home: boolean; sections: string[] }, latest: string | null): string {
  const mod = latest ?? undefined;
  return urlset([
    ...part.articles.map(articleEntry),
    ...(part.home ? [homeEntry(mod)] : []),
    ...part.sections.map((s) => sectionEntry(s, mod)),
    ...part.tags.map(tagEntry),
    ...part.authors.map(authorEntry),
  ]);
}

/** The index of a split sitemap: each part's address and the lastmod of its newest entry (none if no entry has one). */
export function buildSitemapIndex(parts: { loc: string; lastmod: string | null }[]): string {
  const entries = parts.map((p) => `<sitemap><loc>${escapeXml(p.loc)}</loc>${p.lastmod ? `<lastmod>${escapeXml(p.lastmod)}</lastmod>` : ''}</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
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
