/**
 * Sections on SQLite and (with TEST_DATABASE_URL) PostgreSQL: the seeded list,
 * add, rename (articles follow, the old slug redirects), order, one level of
 * chuyên mục con, delete refused while in use, admin-only rights, audit.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeIndexRecord } from '@/lib/articles/index-writer';
import { createArticle } from '@/lib/articles/workflow';
import { getAuditLog } from '@/lib/audit/log';
import { closeDb, type Db, withWriteTransaction } from '@/lib/db';
import type { Role } from '@/lib/db/schema';
import { articleFields, insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { countArticlesIn, queryRedirect, querySections, slugsOfPage } from './queries';
import { sectionSchema } from './schema';
import { deleteSection, moveSection, saveSection } from './writes';

afterAll(closeDb);

async function addArticle(db: Db, slug: string, category: string) {
  const at = new Date().toISOString();
  await withWriteTransaction(
    (tx) =>
      writeIndexRecord(tx, {
        id: randomUUID(), slug, source: 'db', contentHash: null, title: `Bài ${slug}`, summary: 'Tóm tắt.', body: 'Nội dung.',
        category: category as 'thoi-su', tags: [], bylines: [{ name: 'Nguyễn Văn Á', role: 'reporter' }], cover: null, dateline: null,
        status: 'published', publishedAt: at, updatedAt: at, createdAt: at, authorId: null, version: 1, sample: false,
      }),
    db,
  );
}

const input = (v: Record<string, string>) => sectionSchema.parse(v);

describe.each(testDialects)('sections (%s)', (dialect) => {
  let db: Db;
  let people: Record<Role, { id: string; role: Role }>;

  beforeAll(async () => {
    db = await freshDb(dialect);
    people = { reporter: await insertUser(db, 'reporter', 'PV'), editor: await insertUser(db, 'editor', 'BTV'), admin: await insertUser(db, 'admin', 'QT') };
  });

  it('starts with the six sections that were fixed in code, in their menu order', async () => {
    const all = await querySections(db);
    expect(all.map((s) => [s.slug, s.name])).toEqual([
      ['thoi-su', 'Thời sự'], ['quoc-phong-an-ninh', 'Quốc phòng – An ninh'], ['kinh-te', 'Kinh tế'], ['xa-hoi', 'Xã hội'], ['van-hoa', 'Văn hóa'], ['dich-vu', 'Dịch vụ bạn đọc'],
    ]);
    expect(all.every((s) => s.parent === null)).toBe(true);
  });

  it('lets only an admin add, edit, move or delete a section', async () => {
    for (const role of ['reporter', 'editor'] as const) {
      expect(await saveSection(people[role], input({ name: 'Thể thao' }), null, db)).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await moveSection(people[role], { slug: 'kinh-te', direction: 'up' }, null, db)).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await deleteSection(people[role], 'dich-vu', null, db)).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect((await querySections(db)).map((s) => s.slug)).not.toContain('the-thao');
  });

  it('adds a section at the end with a slug made from its name, and audits it', async () => {
    const r = await saveSection(people.admin, input({ name: 'Thể thao' }), null, db);
    expect(r).toMatchObject({ ok: true, slug: 'the-thao' });
    expect((await querySections(db)).at(-1)).toMatchObject({ slug: 'the-thao', name: 'Thể thao', parent: null });
    expect((await getAuditLog({ action: 'section.create' }, db)).entries.map((e) => e.target)).toContain('the-thao');
    expect(await saveSection(people.admin, input({ name: 'Thể thao 2', slug: 'the-thao' }), null, db)).toMatchObject({ ok: false, code: 'taken' });
  });

  it('moves a section up and down among its siblings', async () => {
    expect(await moveSection(people.admin, { slug: 'kinh-te', direction: 'up' }, null, db)).toMatchObject({ ok: true });
    expect((await querySections(db)).slice(0, 3).map((s) => s.slug)).toEqual(['thoi-su', 'kinh-te', 'quoc-phong-an-ninh']);
    expect(await moveSection(people.admin, { slug: 'thoi-su', direction: 'up' }, null, db)).toMatchObject({ ok: false, code: 'edge' });
    await moveSection(people.admin, { slug: 'kinh-te', direction: 'down' }, null, db);
    expect((await querySections(db)).slice(0, 3).map((s) => s.slug)).toEqual(['thoi-su', 'quoc-phong-an-ninh', 'kinh-te']);
  });

  it('renaming a slug moves its articles and children and leaves a redirect from the old slug', async () => {
    await addArticle(db, 'cho-phien', 'kinh-te');
    await saveSection(people.admin, input({ name: 'Nông nghiệp', parent: 'kinh-te' }), null, db);
    const r = await saveSection(people.admin, input({ original: 'kinh-te', name: 'Kinh tế – Đầu tư', slug: 'kinh-te-dau-tu' }), null, db);
    expect(r).toMatchObject({ ok: true, slug: 'kinh-te-dau-tu' });
    if (r.ok) expect(r.revalidate).toEqual(expect.arrayContaining(['sections', 'section:kinh-te', 'section:kinh-te-dau-tu']));
    expect(await countArticlesIn(db, 'kinh-te')).toBe(0);
    expect(await countArticlesIn(db, 'kinh-te-dau-tu')).toBe(1);
    expect(await queryRedirect(db, 'kinh-te')).toBe('kinh-te-dau-tu');
    const all = await querySections(db);
    expect(all.find((s) => s.slug === 'nong-nghiep')?.parent).toBe('kinh-te-dau-tu');
    expect(slugsOfPage(all, 'kinh-te-dau-tu')).toEqual(['kinh-te-dau-tu', 'nong-nghiep']);
    // A second rename collapses the chain: the first old slug points at the newest.
    await saveSection(people.admin, input({ original: 'kinh-te-dau-tu', name: 'Kinh tế', slug: 'kinh-te-moi' }), null, db);
    expect(await queryRedirect(db, 'kinh-te')).toBe('kinh-te-moi');
    expect(await queryRedirect(db, 'kinh-te-dau-tu')).toBe('kinh-te-moi');
  });

  it('allows one level of chuyên mục con only', async () => {
    const r = await saveSection(people.admin, input({ name: 'Lúa gạo', parent: 'nong-nghiep' }), null, db);
    expect(r).toMatchObject({ ok: false, code: 'parent' });
    if (!r.ok) expect(r.message).toContain('một cấp');
    // A section with children cannot itself become a child.
    expect(await saveSection(people.admin, input({ original: 'kinh-te-moi', name: 'Kinh tế', slug: 'kinh-te-moi', parent: 'xa-hoi' }), null, db)).toMatchObject({ ok: false, code: 'parent' });
    expect(await saveSection(people.admin, input({ original: 'xa-hoi', name: 'Xã hội', slug: 'xa-hoi', parent: 'xa-hoi' }), null, db)).toMatchObject({ ok: false, code: 'parent' });
  });

  it('refuses to delete a section while an article or a chuyên mục con uses it, with the reason', async () => {
    const used = await deleteSection(people.admin, 'kinh-te-moi', null, db);
    expect(used).toMatchObject({ ok: false, code: 'in-use' });
    await addArticle(db, 'lua-mua', 'nong-nghiep');
    const r = await deleteSection(people.admin, 'nong-nghiep', null, db);
    expect(r).toMatchObject({ ok: false, code: 'in-use' });
    if (!r.ok) expect(r.message).toContain('còn 1 bài');
    expect(await deleteSection(people.admin, 'the-thao', null, db)).toMatchObject({ ok: true });
    expect((await querySections(db)).map((s) => s.slug)).not.toContain('the-thao');
  });

  it("the article form's section must be a stored one: a new section is accepted, an unknown one refused", async () => {
    const unknown = await createArticle(people.reporter, articleFields({ slug: 'bai-chuyen-muc-la', category: 'khong-co' }));
    expect(unknown).toMatchObject({ ok: false, code: 'invalid' });
    if (!unknown.ok) expect(unknown.fieldErrors?.category).toMatch(/Chuyên mục này không còn/);
    await saveSection(people.admin, input({ name: 'Du lịch' }), null, db);
    expect(await createArticle(people.reporter, articleFields({ slug: 'bai-du-lich', category: 'du-lich' }))).toMatchObject({ ok: true });
  });

  it('refuses a slug that is not a clean Vietnamese-folded slug', () => {
    expect(sectionSchema.safeParse({ name: 'X', slug: 'Kinh Tế' }).success).toBe(false);
    expect(sectionSchema.safeParse({ name: '' }).success).toBe(false);
  });
});
