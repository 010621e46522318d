/**
 * Reads of the stored sections (migration 820-sections), uncached: the cached
 * reads for public pages are in ./cached.ts. Positions order siblings: the
 * top-level sections among themselves, a section's children under it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

type DB = Kysely<Database>;

export type StoredSection = {
  slug: string;
  name: string;
  description: string;
  position: number;
  /** The top-level section this chuyên mục con belongs to; null for a top-level section. */
  parent: string | null;
};

/** A top-level section with its children, in menu order. */
export type SectionNode = StoredSection & { children: StoredSection[] };

/** Every section in menu order: each top-level section followed by its children. */
export async function querySections(db: DB): Promise<StoredSection[]> {
  const rows = await db.selectFrom('sections').select(['slug', 'name', 'description', 'position', 'parent_slug']).orderBy('position').orderBy('slug').execute();
  const all = rows.map((r): StoredSection => ({ slug: r.slug, name: r.name, description: r.description, position: Number(r.position), parent: r.parent_slug }));
  return sectionTree(all).flatMap((n) => [strip(n), ...n.children]);
}

const strip = ({ children: _children, ...s }: SectionNode): StoredSection => s;

/** Group a flat list into top-level sections with their children (a child of a missing parent shows at the top level). */
export function sectionTree(all: StoredSection[]): SectionNode[] {
  const sorted = [...all].sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));
  const top = new Map(sorted.filter((s) => !s.parent || !sorted.some((p) => p.slug === s.parent)).map((s) => [s.slug, { ...s, children: [] as StoredSection[] }]));
  for (const s of sorted) if (!top.has(s.slug) && s.parent) top.get(s.parent)?.children.push(s);
  return [...top.values()];
}

/** The slug a renamed section's old slug answers 301 to, or null. */
export async function queryRedirect(db: DB, oldSlug: string): Promise<string | null> {
  const row = await db.selectFrom('section_redirects').select('new_slug').where('old_slug', '=', oldSlug).executeTakeFirst();
  return row?.new_slug ?? null;
}

/** Every redirect, old slug → new slug (the content sync maps an old category through it). */
export async function queryRedirects(db: DB): Promise<Map<string, string>> {
  const rows = await db.selectFrom('section_redirects').select(['old_slug', 'new_slug']).execute();
  return new Map(rows.map((r) => [r.old_slug, r.new_slug]));
}

/** How many articles (any status, either source) are filed under this slug. */
export async function countArticlesIn(db: DB, slug: string): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<string | number>().as('n')).where('category', '=', slug).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The slugs a section's page lists: its own and its children's. */
export function slugsOfPage(all: StoredSection[], slug: string): string[] {
  return [slug, ...all.filter((s) => s.parent === slug).map((s) => s.slug)];
}

/** The name readers see for a category: the stored name, else the slug itself (a content/ file naming an unknown section still shows). */
export function nameOf(all: StoredSection[], slug: string): string {
  return all.find((s) => s.slug === slug)?.name ?? slug;
}

/** Articles per category (any status): the admin page shows them, and which sections may be deleted. */
export async function countArticlesBySection(db: DB): Promise<Map<string, number>> {
  const rows = await db.selectFrom('articles').select(['category', (eb) => eb.fn.countAll<string | number>().as('n')]).groupBy('category').execute();
  return new Map(rows.map((r) => [r.category, Number(r.n)]));
}
