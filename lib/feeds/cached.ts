/**
 * Feeds and sitemaps as built XML, cached and tagged like the listings they
 * show: a request reads one string instead of rebuilding the XML (issue 12:
 * /rss.xml rebuilt its XML on every request, 564–626 req/s). The origin is
 * part of each key because SITE_URL is read at run time.
 */
import 'server-only';
import { unstable_cache } from 'next/cache';
import { getFeed, getRecent, getSitemap } from '@/lib/articles/cached';
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig, type Section } from '@/lib/config/site';
import { siteUrl } from '@/lib/config/site-url';
import { getLiveCoverages } from '@/lib/live/cached';
import { getSections } from '@/lib/sections/cached';
import { buildRss } from './build-rss';
import { buildNewsSitemap, buildSitemap } from './sitemaps';

const life = { revalidate: siteConfig.revalidateSeconds };

/**
 * RSS of the whole site, or of one section (refreshed by that section's tag), with the live
 * coverage of its items (refreshed by each item's live tag, so a new entry reaches the feed).
 */
export async function getRssXml(section?: Section): Promise<string> {
  const items = await getFeed(section?.slug);
  const ids = items.map((a) => a.id);
  return unstable_cache(async () => buildRss(items, section, await getLiveCoverages(ids)), ['rss-xml', siteUrl(), section?.slug ?? '', ids.join(',')], {
    ...life,
    tags: [section ? cacheTags.section(section.slug) : cacheTags.listings, ...ids.map(cacheTags.live)],
  })();
}

export const getSitemapXml = () =>
  unstable_cache(async () => buildSitemap(await getSitemap(), (await getSections()).map((s) => s.slug)), ['sitemap-xml', siteUrl()], {
    ...life,
    tags: [cacheTags.listings, cacheTags.sections],
  })();

export const getNewsSitemapXml = () =>
  unstable_cache(async () => buildNewsSitemap(await getRecent(siteConfig.newsSitemapHours)), ['news-sitemap-xml', siteUrl()], {
    ...life,
    tags: [cacheTags.listings],
  })();
