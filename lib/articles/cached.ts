/**
 * Cached reads for public pages. Each is tagged (lib/cache/tags.ts) so that a
 * publish refreshes exactly the pages it touches, and wrapped in React cache()
 * so a page and its generateMetadata share one read.
 */
import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { siteConfig } from '@/lib/config/site';
import type { ArticleListParams } from '@/lib/validations/api';
import { db } from '@/lib/db';
import { cacheTags } from '@/lib/cache/tags';
import {
  type MostRead,
  queryArticleBySlug,
  queryArticleList,
  queryAuthor,
  queryFeed,
  queryHome,
  queryMostRead,
  queryNewest,
  queryRecent,
  queryRelated,
  querySameSection,
  querySection,
  querySitemap,
  queryTag,
} from './queries';
import type { ArticleSummary } from './types';
import { querySitemapCounts } from './sitemap-queries';

const now = () => new Date().toISOString();
const life = { revalidate: siteConfig.revalidateSeconds };

export const getArticle = cache((slug: string) =>
  unstable_cache(async () => queryArticleBySlug(await db(), slug, now()), ['article', slug], { ...life, tags: [cacheTags.article(slug)] })(),
);

export const getHome = cache(() => unstable_cache(async () => queryHome(await db(), now()), ['home'], { ...life, tags: [cacheTags.listings] })());

/** A section's page; a top-level section's lists its children's articles too, so it carries their tags. */
export const getSectionPage = cache((section: string, page: number, children: string[] = []) =>
  unstable_cache(async () => querySection(await db(), section, page, now(), children), ['section', section, String(page), children.join(',')], {
    ...life,
    tags: [section, ...children].map(cacheTags.section),
  })(),
);

export const getTagPage = cache((tag: string, page: number) =>
  unstable_cache(async () => queryTag(await db(), tag, page, now()), ['tag', tag, String(page)], { ...life, tags: [cacheTags.tag(tag)] })(),
);

export const getAuthorPage = cache((author: string, page: number) =>
  unstable_cache(async () => queryAuthor(await db(), author, page, now()), ['author', author, String(page)], { ...life, tags: [cacheTags.author(author)] })(),
);

/**
 * The side blocks of an article page carry only this soft-refreshed tag, never
 * `listings` or a section's tag: the page's cache entry takes the tags of every
 * read in it, so those would expire every article page on each publish.
 */
const sideBlockTags = [cacheTags.sideBlocks];

export const getRelated = cache((article: ArticleSummary) =>
  unstable_cache(async () => queryRelated(await db(), article, now()), ['related', article.id], { ...life, tags: sideBlockTags })(),
);

export const getSameSection = cache((article: ArticleSummary, exclude: string[]) =>
  unstable_cache(async () => querySameSection(await db(), article, now(), exclude), ['same-section', article.id, exclude.join(',')], { ...life, tags: sideBlockTags })(),
);

/** "Tin mới" beside an article: the newest stories but this one, a side block (softly refreshed, never `listings`). */
export const getLatestBeside = cache((articleId: string, limit = 5) =>
  unstable_cache(async () => queryNewest(await db(), now(), { exclude: [articleId], limit }), ['latest-beside', articleId, String(limit)], { ...life, tags: sideBlockTags })(),
);

/** A feed's items; a section's includes its children's articles (like its page), so it carries their tags too. */
export const getFeed = (section?: string, children: string[] = []) =>
  unstable_cache(async () => queryFeed(await db(), now(), section, children), ['feed', section ?? '', children.join(',')], {
    ...life,
    tags: section ? [section, ...children].map(cacheTags.section) : [cacheTags.listings],
  })();

export const getSitemap = () => unstable_cache(async () => querySitemap(await db(), now()), ['sitemap'], { ...life, tags: [cacheTags.listings] })();

/** How many public articles, tags and authors: whether the sitemap is split, and into how many parts. */
export const getSitemapCounts = () =>
  unstable_cache(async () => querySitemapCounts(await db(), now()), ['sitemap-counts'], { ...life, tags: [cacheTags.listings] })();

export const getRecent = (hours: number) =>
  unstable_cache(async () => queryRecent(await db(), now(), hours), ['recent', String(hours)], { ...life, tags: [cacheTags.listings] })();

/** Cached list for the JSON API; any publish refreshes it (listings tag). */
export const getArticleList = (p: ArticleListParams) =>
  unstable_cache(async () => queryArticleList(await db(), p, now()), ['api-list', JSON.stringify(p)], { ...life, tags: [cacheTags.listings] })();

/** How long a most-read list may be served before it is recounted. */
const MOST_READ_REVALIDATE_SECONDS = 180;

/** "Đọc nhiều", recounted every few minutes; a publish or takedown refreshes it softly (side blocks). */
export const getMostRead = (hours: number, limit = 5): Promise<MostRead[]> =>
  unstable_cache(async () => queryMostRead(await db(), now(), hours, limit), ['most-read', String(hours), String(limit)], {
    revalidate: MOST_READ_REVALIDATE_SECONDS,
    tags: sideBlockTags,
  })();
