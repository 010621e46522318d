/**
 * Sections and the rest of the index, on both engines: a content/ file whose
 * section was renamed follows the rename, one naming an unknown section still
 * shows (warned, named by its slug), a parent's page lists its children's
 * articles while a child's lists its own, and the home blocks follow the order.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { queryArticleBySlug, queryHome, querySection } from '@/lib/articles/queries';
import { contentDocs } from '@/lib/content/content-docs';
import { type ContentDoc, syncContent } from '@/lib/content/sync-content';
import { closeDb } from '@/lib/db';
import { insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { nameOf, querySections, slugsOfPage } from './queries';
import { sectionSchema } from './schema';
import { moveSection, saveSection } from './writes';

const SEED = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';
const now = () => new Date().toISOString();

afterAll(closeDb);

describe.each(testDialects)('sections across the index (%s)', (dialect) => {
  it('a content/ article follows its renamed section, and an unknown section still shows', async () => {
    const db = await freshDb(dialect);
    const admin = await insertUser(db, 'admin', 'QT');
    const seedDoc = contentDocs().find((d) => d.slug === SEED)!;
    expect((await syncContent(db, [seedDoc])).warnings).toEqual([]);
    await saveSection(admin, sectionSchema.parse({ original: 'quoc-phong-an-ninh', name: 'Quốc phòng', slug: 'quoc-phong' }), null, db);
    expect((await queryArticleBySlug(db, SEED, now()))?.category).toBe('quoc-phong');
    // The file still says quoc-phong-an-ninh; an edit of it must not put it back under the old slug.
    const edited: ContentDoc = { ...seedDoc, title: `${seedDoc.title} (sửa)` };
    expect((await syncContent(db, [edited])).updated).toEqual([SEED]);
    expect((await queryArticleBySlug(db, SEED, now()))?.category).toBe('quoc-phong');
    expect((await querySection(db, 'quoc-phong', 1, now())).items.map((a) => a.slug)).toEqual([SEED]);

    const unknown: ContentDoc = { ...seedDoc, category: 'the-thao' } as unknown as ContentDoc;
    const r = await syncContent(db, [unknown]);
    expect(r.errors).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(/field "category": "the-thao"/);
    expect((await queryArticleBySlug(db, SEED, now()))?.category).toBe('the-thao');
    expect(nameOf(await querySections(db), 'the-thao')).toBe('the-thao');
  });

  it("a parent's page lists its children's articles, a child's page its own; home blocks follow the menu order", async () => {
    const db = await freshDb(dialect);
    const admin = await insertUser(db, 'admin', 'QT');
    const seedDoc = contentDocs().find((d) => d.slug === SEED)!;
    await saveSection(admin, sectionSchema.parse({ name: 'Biên phòng', parent: 'quoc-phong-an-ninh' }), null, db);
    await syncContent(db, [{ ...seedDoc, category: 'bien-phong' } as unknown as ContentDoc]);
    const all = await querySections(db);
    const parent = await querySection(db, 'quoc-phong-an-ninh', 1, now(), slugsOfPage(all, 'quoc-phong-an-ninh').slice(1));
    expect(parent.items.map((a) => a.slug)).toEqual([SEED]);
    expect((await querySection(db, 'bien-phong', 1, now())).items.map((a) => a.slug)).toEqual([SEED]);
    expect((await querySection(db, 'thoi-su', 1, now())).items).toEqual([]);
    await moveSection(admin, { slug: 'quoc-phong-an-ninh', direction: 'up' }, null, db);
    const home = await queryHome(db, now());
    expect(home.sections.map((s) => [s.slug, s.name])).toEqual([['quoc-phong-an-ninh', 'Quốc phòng – An ninh']]);
    expect(home.sections[0]!.items.map((a) => a.slug)).toEqual([SEED]);
  });
});
