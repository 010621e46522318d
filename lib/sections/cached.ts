/**
 * Cached reads of the sections for public pages, tagged `sections`: a change
 * in /editor/chuyen-muc expires that tag, and every page that read the menu or
 * a section's name re-renders on its next request.
 */
import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db';
import { nameOf, queryRedirect, querySections, sectionTree, slugsOfPage } from './queries';

const life = { revalidate: siteConfig.revalidateSeconds, tags: [cacheTags.sections] };

/** Every section in menu order (each top-level section followed by its children). */
export const getSections = cache(() => unstable_cache(async () => querySections(await db()), ['sections'], life)());

export const getSectionTree = cache(async () => sectionTree(await getSections()));

export const getStoredSection = cache(async (slug: string) => (await getSections()).find((s) => s.slug === slug) ?? null);

/** The slugs a section's page lists: its own and its children's. */
export const getPageSlugs = cache(async (slug: string) => slugsOfPage(await getSections(), slug));

/** The name readers see for a category (the slug itself when no stored section has it). */
export const getSectionName = cache(async (slug: string) => nameOf(await getSections(), slug));

/** Where a renamed section's old slug now lives, or null. */
export const getSectionRedirect = cache((slug: string) => unstable_cache(async () => queryRedirect(await db(), slug), ['section-redirect', slug], life)());

/** A name lookup for code that maps many articles at once (the JSON API, JSON-LD). */
export const getSectionNamer = cache(async () => {
  const all = await getSections();
  return (slug: string) => nameOf(all, slug);
});
