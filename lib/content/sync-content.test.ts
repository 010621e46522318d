import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { queryArticleBySlug, queryAuthor, queryFeed, queryHome, querySection, queryTag } from '@/lib/articles/queries';
import { freshDb, testDialects } from '@/test/test-db';
import { contentDocs } from './content-docs';
import { type ContentDoc, syncContent } from './sync-content';

const SEED = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';
const now = () => new Date().toISOString();

afterAll(closeDb);

describe.each(testDialects)('content sync into the index (%s)', (dialect) => {
  it('upserts every content/ article, skips unchanged files, removes deleted ones', async () => {
    const db = await freshDb(dialect);
    const docs = contentDocs();
    expect(docs.length).toBeGreaterThanOrEqual(2);

    const first = await syncContent(db, docs);
    expect(first.errors).toEqual([]);
    expect(first.inserted).toContain(SEED);

    const again = await syncContent(db, docs);
    expect(again.inserted).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.unchanged).toBe(docs.length);

    const seedDoc = docs.find((d) => d.slug === SEED)!;
    const edited: ContentDoc = { ...seedDoc, title: `${seedDoc.title} (sửa)` };
    const third = await syncContent(db, [edited]);
    expect(third.updated).toEqual([SEED]);
    expect(third.removed.length).toBe(docs.length - 1);
    const rows = await db.selectFrom('articles').select('slug').execute();
    expect(rows.map((r) => r.slug)).toEqual([SEED]);
  });

  it('serves the seed article through every listing', async () => {
    const db = await freshDb(dialect);
    await syncContent(db, contentDocs());
    const a = await queryArticleBySlug(db, SEED, now());
    expect(a?.publishedAt).toBe('2020-11-27T01:30:00.000Z');
    expect(a?.category).toBe('quoc-phong-an-ninh');
    expect(a?.bylines[0]).toMatchObject({ name: 'T.C', slug: 't-c' });
    expect(a?.body).toContain('<Figure');

    const home = await queryHome(db, now());
    expect(home.lead).not.toBeNull();
    expect([home.lead, ...home.latest].map((x) => x!.slug)).toContain(SEED);
    expect((await querySection(db, 'quoc-phong-an-ninh', 1, now())).items.map((x) => x.slug)).toContain(SEED);
    expect((await queryTag(db, 'phoi-hop-hoat-dong', 1, now()))?.items.map((x) => x.slug)).toEqual([SEED]);
    expect((await queryAuthor(db, 't-c', 1, now()))?.name).toBe('T.C');
    expect((await queryFeed(db, now())).map((x) => x.slug)).toContain(SEED);
    // Not visible before its publication time.
    expect(await queryArticleBySlug(db, SEED, '2020-11-27T01:00:00.000Z')).toBeNull();
  });

  it('refuses a body that fails the allowlist and keeps the file out of the index', async () => {
    const db = await freshDb(dialect);
    const seedDoc = contentDocs().find((d) => d.slug === SEED)!;
    const bad: ContentDoc = { ...seedDoc, body: { raw: 'Xin chào\n\n<script>alert(1)</script>\n' } };
    const report = await syncContent(db, [bad]);
    expect(report.errors[0]).toMatch(/content\/articles\/.*\.mdx: body: Dòng 3: Thẻ <script> không được phép/);
    expect(await db.selectFrom('articles').select('id').execute()).toEqual([]);
  });
});
