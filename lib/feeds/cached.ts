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
import { nameOf } from '@/lib/sections/queries';
import type { ArticleSummary } from '@/lib/articles/types';
import { variantFile } from '@/lib/media/image-url';
import { mediaOfRef } from '@/lib/media/resolve-image';
import { buildRss, type FeedEnclosure } from './build-rss';
import { buildNewsSitemap, buildSitemap } from './sitemaps';

const life = { revalidate: siteConfig.revalidateSeconds };

/**
 * RSS of the whole site, or of one section with its sub-sections' articles (refreshed by their
 * tags), with the live coverage of its items (refreshed by each item's live tag, so a new entry
 * reaches the feed), the sections' names (tag `sections`) and the covers' real sizes.
 */
export async function getRssXml(section?: Section): Promise<string> {
  const sections = await getSections();
  const children = section ? sections.filter((s) => s.parent === section.slug).map((s) => s.slug) : [];
  const items = await getFeed(section?.slug, children);
  const ids = items.map((a) => a.id);
  const build = async () =>
    buildRss(items, {
      section,
      sectionName: (slug) => nameOf(sections, slug),
      live: await getLiveCoverages(ids),
      enclosures: await coverEnclosures(items),
    });
  return unstable_cache(build, ['rss-xml', siteUrl(), section?.slug ?? '', ids.join(',')], {
    ...life,
    tags: [...(section ? [section.slug, ...children].map(cacheTags.section) : [cacheTags.listings]), cacheTags.sections, ...ids.map(cacheTags.live)],
  })();
}

/** Each item's cover as an enclosure (the 960 px variant the feed names), where the library has it. */
async function coverEnclosures(items: ArticleSummary[]): Promise<Record<string, FeedEnclosure>> {
  const found = await Promise.all(
    items.map(async (a) => {
      const media = a.cover ? await mediaOfRef(a.cover.src) : null;
      const file = media ? variantFile(media, 960) : null;
      return file ? ([a.id, file] as const) : null;
    }),
  );
  return Object.fromEntries(found.filter((e) => e !== null));
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
