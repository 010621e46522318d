import { revalidateTag, updateTag } from 'next/cache';
import { parseJson } from '@/lib/db/json';
import { slugify } from '@/lib/text/vietnamese';
import { expireAgainAfterSettle } from './expire-now';
import { refreshAfterChange } from './proxy-refresh';

/**
 * Cache tags for public pages, and the one function that refreshes them.
 * Every cached read names its tags from here; every write calls
 * revalidateArticle with the article as it was and as it is.
 */
export const cacheTags = {
  /** Every listing (home, latest, feeds, sitemaps, the JSON API). Expired at once by a publish. */
  listings: 'listings',
  /**
   * The side blocks of article pages (Tin liên quan, Cùng chuyên mục, Đọc nhiều).
   * Refreshed softly by a publish: the article page carrying them is served
   * from the cache and re-rendered in the background (docs/deploy.md, "Publishing").
   */
  sideBlocks: 'side-blocks',
  article: (slug: string) => `article:${slug}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  /** The front page's pins (lib/frontpage): the home page only. */
  frontpage: 'frontpage',
  /** The stored sections (lib/sections): the menu and every page naming a section. */
  sections: 'sections',
  /** The breaking-news banner: every public page shows it. */
  breaking: 'breaking',
  /** One article's live coverage and entries (lib/live/cached.ts), by article id. */
  live: (articleId: string) => `live:${articleId}`,
  /** Every photo record (re-processing the whole library). */
  media: 'media',
  /** One photo record, by id. */
  mediaItem: (id: string) => `media:${id}`,
} as const;

export type TaggedArticle = { slug: string; category: string; tagSlugs: string[]; authorSlugs: string[] };

export function tagSlugs(tags: string[]): string[] {
  return [...new Set(tags.map((t) => slugify(t)).filter(Boolean))];
}

export function authorSlugs(bylines: { name: string }[]): string[] {
  return [...new Set(bylines.map((b) => slugify(b.name)).filter(Boolean))];
}

/** The cache footprint of article fields (slug, section, tags, authors). */
export function taggedOfFields(f: { slug: string; category: string; tags: string[]; bylines: { name: string }[] }): TaggedArticle {
  return { slug: f.slug, category: f.category, tagSlugs: tagSlugs(f.tags), authorSlugs: authorSlugs(f.bylines) };
}

/** The same of a stored row, whose tags and bylines are JSON text. */
export function taggedOf(row: { slug: string; category: string; tags: string | null; bylines: string | null }): TaggedArticle {
  return taggedOfFields({ slug: row.slug, category: row.category, tags: parseJson<string[]>(row.tags, []), bylines: parseJson<{ name: string }[]>(row.bylines, []) });
}

export function tagsForArticle(a: TaggedArticle): string[] {
  return [
    cacheTags.listings,
    cacheTags.article(a.slug),
    cacheTags.section(a.category),
    ...a.tagSlugs.map(cacheTags.tag),
    ...a.authorSlugs.map(cacheTags.author),
  ];
}

/** Every tag an article touches, before and after a change (a moved section or a removed tag counts too). */
export function articleTagSet(...versions: (TaggedArticle | null | undefined)[]): string[] {
  const tags = new Set<string>();
  for (const v of versions) if (v) tagsForArticle(v).forEach((t) => tags.add(t));
  return [...tags];
}

/**
 * Refresh exactly the pages an article touches, before and after a change
 * (a moved section or a removed tag refreshes the old page too). Expires at
 * once: the next reader gets the new page, not a stale one; and again once
 * renders in flight are over (expireAgainAfterSettle). For route handlers;
 * server actions use updateArticleTags.
 */
export function revalidateArticle(...versions: (TaggedArticle | null | undefined)[]): string[] {
  const tags = articleTagSet(...versions);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  refreshSideBlocks(versions);
  afterExpiry(tags);
  return tags;
}

/** Tags refreshed softly (stale-while-revalidate) when an article changes. */
export function softTagSet(...versions: (TaggedArticle | null | undefined)[]): string[] {
  return versions.some(Boolean) ? [cacheTags.sideBlocks] : [];
}

/**
 * Stale-while-revalidate: a reader keeps getting the cached article page and
 * the next render (in the background) carries the new side blocks. Expiring
 * them at once would re-render every article page on its next view after any
 * publish, blocking readers (issue 12: first publish 6.7–18.8 s under load).
 */
function refreshSideBlocks(versions: (TaggedArticle | null | undefined)[]): void {
  for (const tag of softTagSet(...versions)) revalidateTag(tag, 'max');
}

/**
 * The same, from a server action: updateTag expires the tags before the
 * action answers. (revalidateTag with a profile is applied in the background
 * after an action's response, so a reader loading the home page the moment
 * the editor sees "published" could still get the old page.)
 */
export function updateArticleTags(...versions: (TaggedArticle | null | undefined)[]): string[] {
  const tags = articleTagSet(...versions);
  updateTagsNow(tags);
  refreshSideBlocks(versions);
  return tags;
}

/**
 * Every server action's refresh (articles, sections, the front page, live coverage): expire
 * `tags` before the action answers; again once renders in flight are over, since a render that
 * read the old rows and stored after the expiry would serve them for its whole lifetime (a
 * renamed section kept answering 200 at its old address); then every proxy's copy.
 */
export function updateTagsNow(tags: readonly string[]): void {
  for (const tag of tags) updateTag(tag);
  afterExpiry(tags);
}

/** What follows every expiry of a change: the second one once renders in flight are over, then the proxies. */
function afterExpiry(tags: readonly string[]): void {
  expireAgainAfterSettle([...tags]);
  refreshAfterChange(tags);
}
