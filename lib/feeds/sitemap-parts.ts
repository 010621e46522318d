/**
 * A sitemap split into parts of at most `limit` URLs (the protocol allows 50,000 per file). The
 * URLs are one list in a fixed order: public articles oldest first (ties by id), then home, the
 * sections, tags and authors (by slug). Oldest first keeps the early parts, and their lastmod, as
 * they were when articles are published, so a crawler refetches only the last ones. Part N is
 * positions (N−1)·limit … N·limit − 1 of that list, and reads only its own slice.
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { type SitemapCounts, querySitemapArticles, querySitemapSlugs } from '@/lib/articles/sitemap-queries';

type Span = { offset: number; limit: number };
export type PartSlices = { articles: Span; home: Span; sections: Span; tags: Span; authors: Span };

const kinds = ['articles', 'home', 'sections', 'tags', 'authors'] as const;
type Counts = Pick<SitemapCounts, 'articles' | 'tags' | 'authors'>;

function sizes(counts: Counts, sections: number): Record<(typeof kinds)[number], number> {
  return { articles: counts.articles, home: 1, sections, tags: counts.tags, authors: counts.authors };
}

/** How many files the sitemap needs: 1 is today's single <urlset> at /sitemap.xml. */
export function partCount(counts: Counts, sections: number, limit: number): number {
  const total = Object.values(sizes(counts, sections)).reduce((a, b) => a + b, 0);
  return Math.max(1, Math.ceil(total / limit));
}

/** What part `part` holds of each kind, or null when the sitemap is not split or there is no such part. */
export function partSlices(counts: Counts, sections: number, limit: number, part: number): PartSlices | null {
  const parts = partCount(counts, sections, limit);
  if (parts === 1 || !Number.isInteger(part) || part < 1 || part > parts) return null;
  const [start, end] = [(part - 1) * limit, part * limit];
  const size = sizes(counts, sections);
  const slices = {} as PartSlices;
  let at = 0;
  for (const kind of kinds) {
    // The overlap of [start, end) with this kind's positions [at, at + size).
    const from = Math.max(start, at);
    const to = Math.min(end, at + size[kind]);
    slices[kind] = { offset: Math.max(0, from - at), limit: Math.max(0, to - from) };
    at += size[kind];
  }
  return slices;
}

/** The newest lastmod among a part's entries: its articles' (from the index's pass) and, if it holds them, home's and the sections'. */
export function partLastmod(slices: PartSlices, articleLastmod: string | undefined, latest: string | null): string | null {
  const mods = [slices.articles.limit > 0 ? articleLastmod : undefined, slices.home.limit + slices.sections.limit > 0 ? latest : null];
  return mods.filter((m): m is string => !!m).sort().at(-1) ?? null;
}

/** The rows of one part: only its slice of articles, tags and authors is read. */
export async function readPart(db: Kysely<Database>, now: string, slices: PartSlices, sectionSlugs: string[]) {
  const { articles, home, sections, tags, authors } = slices;
  return {
    articles: await querySitemapArticles(db, now, articles.offset, articles.limit),
    home: home.limit > 0,
    sections: sectionSlugs.slice(sections.offset, sections.offset + sections.limit),
    tags: await querySitemapSlugs(db, now, 'tags', tags.offset, tags.limit),
    authors: await querySitemapSlugs(db, now, 'authors', authors.offset, authors.limit),
  };
}

/** The part number of an address's last segment, `N.xml` with N a positive integer written plainly; else null (404). */
export function partOfName(name: string): number | null {
  const m = /^([1-9]\d{0,8})\.xml$/.exec(name);
  return m ? Number(m[1]) : null;
}
