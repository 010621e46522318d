import { env } from '@/lib/env';

/*
 * The site's origin, read from the environment at run time. Kept apart from
 * site.ts, which client components import: the environment schema stays off the browser.
 */

/** Canonical origin for links, feeds and sitemaps, from SITE_URL. No trailing slash. */
export function siteUrl(): string {
  const { SITE_URL, PORT } = env();
  return (SITE_URL || `http://localhost:${PORT}`).replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}
