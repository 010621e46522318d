/**
 * Feeds and sitemaps as built XML, cached and tagged like the listings they
 * show: a request reads one string instead of rebuilding the XML (issue 12:
 * /rss.xml rebuilt its XML on every request, 564–626 req/s). The origin is
 * part of each key because SITE_URL is read at run time.
 */
import 'server-only';
import { unstable_cache } from 'next/cache';
import { getFeed, getRecent, getSitemap, getSitemapCounts } from '@/lib/articles/cached';
import { querySitemapLastmods } from '@/lib/articles/sitemap-queries';
import { cacheTags } from '@/lib/cache/tags';
import { paths, siteConfig, type Section } from '@/lib/config/site';
import { absoluteUrl, siteUrl } from '@/lib/config/site-url';
import { db } from '@/lib/db';
import { getLiveCoverages } from '@/lib/live/cached';
import { getSections } from '@/lib/sections/cached';
import { nameOf } from '@/lib/sections/queries';
import type { ArticleSummary } from '@/lib/articles/types';
import { variantFile } from '@/lib/media/image-url';
import { mediaOfRef } from '@/lib/media/resolve-image';
import { buildRss, type FeedEnclosure } from './build-rss';
import { buildNewsSitemap, buildSitemap, buildSitemapIndex, buildSitemapPart } from './sitemaps';
import { partCount, partLastmod, partSlices, readPart } from './sitemap-parts';

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

const sitemapTags = { ...life, tags: [cacheTags.listings, cacheTags.sections] };
const sectionSlugs = async () => (await getSections()).map((s) => s.slug);

/**
 * /sitemap.xml: today's single <urlset> while every URL fits in one file (`limit`, a parameter for
 * tests), else the index of the parts (lib/feeds/sitemap-parts.ts) with each part's newest lastmod.
 * One cached read per request: the counts that decide which are read only when it is rebuilt.
 */
export const getSitemapXml = (limit: number = siteConfig.sitemapMaxUrls): Promise<string> =>
  unstable_cache(
    async () => {
      const [counts, sections] = await Promise.all([getSitemapCounts(), sectionSlugs()]);
      const parts = partCount(counts, sections.length, limit);
      if (parts === 1) return buildSitemap(await getSitemap(), sections);
      const lastmods = await querySitemapLastmods(await db(), new Date().toISOString(), limit);
      const list = Array.from({ length: parts }, (_, i) => {
        const slices = partSlices(counts, sections.length, limit, i + 1)!;
        return { loc: absoluteUrl(paths.sitemapPart(i + 1)), lastmod: partLastmod(slices, lastmods[i], counts.latest) };
      });
      return buildSitemapIndex(list);
    },
    ['sitemap-xml', siteUrl(), String(limit)],
    sitemapTags,
  )();

/** Part `part` of a split sitemap, or null when there is no such part (the route answers 404). */
export async function getSitemapPartXml(part: number, limit: number = siteConfig.sitemapMaxUrls): Promise<string | null> {
  const [counts, sections] = await Promise.all([getSitemapCounts(), sectionSlugs()]);
  const slices = partSlices(counts, sections.length, limit, part);
  if (!slices) return null;
  const build = async () => buildSitemapPart(await readPart(await db(), new Date().toISOString(), slices, sections), counts.latest);
  return unstable_cache(build, ['sitemap-part-xml', siteUrl(), String(limit), String(part), JSON.stringify(slices)], sitemapTags)();
}

export const getNewsSitemapXml = () =>
  unstable_cache(async () => buildNewsSitemap(await getRecent(siteConfig.newsSitemapHours)), ['news-sitemap-xml', siteUrl()], {
    ...life,
    tags: [cacheTags.listings],
  })();
