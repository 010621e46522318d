/**
 * Writes of the sections: add or edit (name, slug, description, parent),
 * move up or down among siblings, delete. Each checks the rights itself
 * (./access.ts) and writes its audit line in the same transaction. A new slug
 * moves the section's articles and children and leaves a redirect, so old
 * addresses answer 301 (docs/sections.md). The caller refreshes the tags named.
 */
import type { Kysely } from 'kysely';
import { writeAudit } from '@/lib/audit/log';
import { cacheTags } from '@/lib/cache/tags';
import { withWriteTransaction, db as getDb } from '@/lib/db';
import type { Database, Role } from '@/lib/db/schema';
import { FORBIDDEN_TEXT, canManageSections } from './access';
import { countArticlesIn, querySections, type StoredSection } from './queries';
import type { MoveInput, SectionInput } from './schema';

type Actor = { id: string; role: Role };
type Tx = Kysely<Database>;

export type SectionResult =
  | { ok: true; slug: string; revalidate: string[] }
  | { ok: false; code: 'forbidden' | 'missing' | 'taken' | 'parent' | 'in-use' | 'edge'; message: string; field?: string };

const MISSING = 'Chuyên mục này không còn (có thể người khác vừa xóa hoặc đổi đường dẫn). Hãy tải lại trang.';
const forbidden = (): SectionResult => ({ ok: false, code: 'forbidden', message: FORBIDDEN_TEXT });
const tagsFor = (...slugs: (string | null | undefined)[]) => [cacheTags.sections, cacheTags.listings, ...new Set(slugs.filter((s): s is string => !!s).map(cacheTags.section))];

/** Refuse a parent that is missing, the section itself, or itself a chuyên mục con (one level only). */
function parentProblem(all: StoredSection[], slug: string | null, parent: string | null): string | null {
  if (!parent) return null;
  const p = all.find((s) => s.slug === parent);
  if (!p) return 'Chuyên mục cha không còn. Hãy tải lại trang và chọn lại.';
  if (p.slug === slug) return 'Một chuyên mục không thể là chuyên mục cha của chính nó.';
  if (p.parent) return `"${p.name}" đã là chuyên mục con: chỉ được một cấp chuyên mục con.`;
  if (slug && all.some((s) => s.parent === slug)) return 'Chuyên mục này đang có chuyên mục con nên không thể làm chuyên mục con của chuyên mục khác (chỉ một cấp).';
  return null;
}

const nextPosition = (all: StoredSection[], parent: string | null) => Math.max(-1, ...all.filter((s) => s.parent === parent).map((s) => s.position)) + 1;

/** Add a section (input.original '') or edit one (input.original is its current slug). */
export async function saveSection(actor: Actor, input: SectionInput, ip: string | null = null, db?: Kysely<Database>): Promise<SectionResult> {
  if (!canManageSections(actor)) return forbidden();
  const now = new Date().toISOString();
  return withWriteTransaction(async (tx): Promise<SectionResult> => {
    const all = await querySections(tx);
    const before = input.original ? all.find((s) => s.slug === input.original) : undefined;
    if (input.original && !before) return { ok: false, code: 'missing', message: MISSING };
    if (input.slug !== input.original && all.some((s) => s.slug === input.slug))
      return { ok: false, code: 'taken', field: 'slug', message: `Đường dẫn "${input.slug}" đã có chuyên mục khác dùng. Hãy chọn đường dẫn khác.` };
    const problem = parentProblem(all, before?.slug ?? null, input.parent);
    if (problem) return { ok: false, code: 'parent', field: 'parent', message: problem };
    const row = { slug: input.slug, name: input.name, description: input.description, parent_slug: input.parent, updated_at: now };
    if (!before) {
      await tx.insertInto('sections').values({ ...row, position: nextPosition(all, input.parent), created_at: now }).execute();
      // A live section wins over an old redirect of the same slug.
      await tx.deleteFrom('section_redirects').where('old_slug', '=', input.slug).execute();
      await writeAudit({ userId: actor.id, action: 'section.create', target: input.slug, detail: row, ip }, tx);
      return { ok: true, slug: input.slug, revalidate: tagsFor(input.slug, input.parent) };
    }
    const position = before.parent === input.parent ? before.position : nextPosition(all, input.parent);
    await tx.updateTable('sections').set({ ...row, position }).where('slug', '=', before.slug).execute();
    let moved = 0;
    if (input.slug !== before.slug) moved = await moveSlug(tx, before.slug, input.slug, now);
    await writeAudit({ userId: actor.id, action: 'section.update', target: input.slug, detail: { before, after: { ...row, position }, articlesMoved: moved }, ip }, tx);
    return { ok: true, slug: input.slug, revalidate: tagsFor(before.slug, input.slug, before.parent, input.parent) };
  }, db ?? (await getDb()));
}

/** A slug changes: its articles, children and pins follow, and the old slug redirects (chains collapse to the newest). */
async function moveSlug(tx: Tx, from: string, to: string, now: string): Promise<number> {
  const moved = await tx.updateTable('articles').set({ category: to }).where('category', '=', from).executeTakeFirst();
  await tx.updateTable('sections').set({ parent_slug: to }).where('parent_slug', '=', from).execute();
  await tx.updateTable('front_pins').set({ section: to }).where('section', '=', from).execute();
  await tx.updateTable('section_redirects').set({ new_slug: to }).where('new_slug', '=', from).execute();
  await tx.deleteFrom('section_redirects').where('old_slug', '=', to).execute();
  await tx
    .insertInto('section_redirects')
    .values({ old_slug: from, new_slug: to, created_at: now })
    .onConflict((oc) => oc.column('old_slug').doUpdateSet({ new_slug: to, created_at: now }))
    .execute();
  return Number(moved.numUpdatedRows ?? 0);
}

/** Move a section one place up or down among its siblings (the menu's order). */
export async function moveSection(actor: Actor, input: MoveInput, ip: string | null = null, db?: Kysely<Database>): Promise<SectionResult> {
  if (!canManageSections(actor)) return forbidden();
  return withWriteTransaction(async (tx): Promise<SectionResult> => {
    const all = await querySections(tx);
    const me = all.find((s) => s.slug === input.slug);
    if (!me) return { ok: false, code: 'missing', message: MISSING };
    const siblings = all.filter((s) => s.parent === me.parent);
    const i = siblings.indexOf(me);
    const j = input.direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= siblings.length) return { ok: false, code: 'edge', message: input.direction === 'up' ? `"${me.name}" đã ở đầu danh sách.` : `"${me.name}" đã ở cuối danh sách.` };
    [siblings[i], siblings[j]] = [siblings[j], siblings[i]];
    // Renumber the whole group so positions stay 0..n-1 whatever they were.
    for (const [k, s] of siblings.entries()) await tx.updateTable('sections').set({ position: k }).where('slug', '=', s.slug).execute();
    await writeAudit({ userId: actor.id, action: 'section.move', target: me.slug, detail: { direction: input.direction, order: siblings.map((s) => s.slug) }, ip }, tx);
    return { ok: true, slug: me.slug, revalidate: [cacheTags.sections, cacheTags.listings] };
  }, db ?? (await getDb()));
}

/** Delete a section no article uses and that has no chuyên mục con. */
export async function deleteSection(actor: Actor, slug: string, ip: string | null = null, db?: Kysely<Database>): Promise<SectionResult> {
  if (!canManageSections(actor)) return forbidden();
  return withWriteTransaction(async (tx): Promise<SectionResult> => {
    const all = await querySections(tx);
    const me = all.find((s) => s.slug === slug);
    if (!me) return { ok: false, code: 'missing', message: MISSING };
    const children = all.filter((s) => s.parent === slug);
    if (children.length)
      return { ok: false, code: 'in-use', message: `Chưa xóa được "${me.name}": còn chuyên mục con ${children.map((c) => `"${c.name}"`).join(', ')}. Hãy chuyển hoặc xóa chúng trước.` };
    const n = await countArticlesIn(tx, slug);
    if (n > 0) return { ok: false, code: 'in-use', message: `Chưa xóa được "${me.name}": còn ${n} bài thuộc chuyên mục này (kể cả bản nháp). Hãy chuyển các bài sang chuyên mục khác trước.` };
    await tx.deleteFrom('sections').where('slug', '=', slug).execute();
    // Old addresses of a deleted section now answer 404 instead of pointing at nothing.
    await tx.deleteFrom('section_redirects').where('new_slug', '=', slug).execute();
    await tx.deleteFrom('front_pins').where('section', '=', slug).execute();
    await writeAudit({ userId: actor.id, action: 'section.delete', target: slug, detail: me, ip }, tx);
    return { ok: true, slug, revalidate: tagsFor(slug, me.parent) };
  }, db ?? (await getDb()));
}
