/**
 * Cached reads of the front page for public pages. The home page's read is
 * tagged with `listings` (any publish or takedown changes the newest stories)
 * and `frontpage` (a change of pins); the banner with `breaking` alone, so a
 * publish does not refresh every article page and raising the banner does.
 * An expiry is bounded by the cache lifetime (siteConfig.revalidateSeconds);
 * the banner also hides itself in the reader's browser at its expiry.
 */
import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db';
import { queryBanner, queryFrontPage, querySectionPin } from './queries';

const now = () => new Date().toISOString();
const life = { revalidate: siteConfig.revalidateSeconds };

export const getFrontPage = cache(() =>
  unstable_cache(async () => queryFrontPage(await db(), now()), ['front-page'], { ...life, tags: [cacheTags.listings, cacheTags.frontpage] })(),
);

export const getBanner = cache(() => unstable_cache(async () => queryBanner(await db(), now()), ['breaking-banner'], { ...life, tags: [cacheTags.breaking] })());

/** A section's pinned top story, for the first page of that section (tags: the section's publishes, and pin changes). */
export const getSectionPin = cache((section: string) =>
  unstable_cache(async () => querySectionPin(await db(), section, now()), ['section-pin', section], { ...life, tags: [cacheTags.section(section), cacheTags.frontpage] })(),
);
