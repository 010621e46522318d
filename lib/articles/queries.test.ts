import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, type Db, withWriteTransaction } from '@/lib/db';
import { freshDb, testDialects } from '@/test/test-db';
import { writeIndexRecord } from './index-writer';
import { queryAuthor, queryFeed, queryHome, queryLatest, queryRelated, querySameSection, querySection, queryTag } from './queries';

afterAll(closeDb);

const NOW = '2026-11-28T00:00:00.000Z';

async function add(db: Db, slug: string, o: { category?: string; tags?: string[]; at?: string; status?: 'published' | 'draft' | 'scheduled'; cover?: boolean; byline?: string } = {}) {
  const at = o.at ?? '2026-11-01T00:00:00.000Z';
  const id = randomUUID();
  await withWriteTransaction(
    (tx) =>
      writeIndexRecord(tx, {
        id,
        slug,
        source: 'db',
        contentHash: null,
        title: `Bài ${slug}`,
        summary: `Tóm tắt của bài ${slug}.`,
        body: `Nội dung bài ${slug}.`,
        category: (o.category ?? 'thoi-su') as 'thoi-su',
        tags: o.tags ?? [],
        bylines: [{ name: o.byline ?? 'Nguyễn Văn Á', role: 'reporter' }],
        cover: o.cover ? { src: 'a.jpg', alt: 'ảnh', caption: '', credit: 'T.C' } : null,
        dateline: null,
        status: o.status ?? 'published',
        publishedAt: at,
        updatedAt: at,
        createdAt: at,
        authorId: null,
        version: 1,
        sample: false,
      }),
    db,
  );
  return id;
}

describe.each(testDialects)('public listings (%s)', (dialect) => {
  it('ranks related news by shared tags, then section, then recency, and excludes the article', async () => {
    const db = await freshDb(dialect);
    await add(db, 'goc', { tags: ['Bão', 'Miền Trung', 'Cứu hộ'] });
    await add(db, 'hai-the', { category: 'xa-hoi', tags: ['Bão', 'Cứu hộ'], at: '2026-10-01T00:00:00.000Z' });
    await add(db, 'mot-the', { category: 'xa-hoi', tags: ['Miền Trung'], at: '2026-11-20T00:00:00.000Z' });
    await add(db, 'cung-muc', { at: '2026-11-25T00:00:00.000Z' });
    await add(db, 'khong-lien-quan', { category: 'van-hoa' });
    await add(db, 'ban-nhap', { tags: ['Bão', 'Miền Trung', 'Cứu hộ'], status: 'draft' });
    await add(db, 'hen-gio', { tags: ['Bão'], status: 'scheduled', at: '2026-12-01T00:00:00.000Z' });

    const goc = (await querySection(db, 'thoi-su', 1, NOW)).items.find((a) => a.slug === 'goc')!;
    const related = await queryRelated(db, goc, NOW);
    expect(related.map((a) => a.slug)).toEqual(['hai-the', 'mot-the', 'cung-muc']);
    const same = await querySameSection(db, goc, NOW, []);
    expect(same.map((a) => a.slug)).toEqual(['cung-muc']);
  });

  it('paginates sections, tags and authors, newest first, and hides drafts and future schedules', async () => {
    const db = await freshDb(dialect);
    for (let i = 1; i <= 23; i++) await add(db, `bai-${i}`, { tags: ['Giao thông'], at: new Date(Date.UTC(2026, 9, i)).toISOString(), byline: 'Trần Thị Bé' });
    await add(db, 'nhap', { tags: ['Giao thông'], status: 'draft', at: '2026-11-27T00:00:00.000Z', byline: 'Trần Thị Bé' });
    await add(db, 'sau-nay', { tags: ['Giao thông'], status: 'scheduled', at: '2026-12-27T00:00:00.000Z', byline: 'Trần Thị Bé' });

    const p1 = await querySection(db, 'thoi-su', 1, NOW);
    expect(p1.total).toBe(23);
    expect(p1.pageCount).toBe(3);
    expect(p1.items[0]!.slug).toBe('bai-23');
    const p3 = await querySection(db, 'thoi-su', 3, NOW);
    expect(p3.items.map((a) => a.slug)).toEqual(['bai-3', 'bai-2', 'bai-1']);

    const tag = await queryTag(db, 'giao-thong', 2, NOW);
    expect(tag?.name).toBe('Giao thông');
    expect(tag?.items).toHaveLength(10);
    expect(await queryTag(db, 'khong-co', 1, NOW)).toBeNull();

    const author = await queryAuthor(db, 'tran-thi-be', 1, NOW);
    expect(author?.name).toBe('Trần Thị Bé');
    expect(author?.total).toBe(23);

    // The scheduled article appears once its time has come, decided at read time.
    const later = await queryTag(db, 'giao-thong', 1, '2026-12-28T00:00:00.000Z');
    expect(later?.items[0]!.slug).toBe('sau-nay');
  });

  it('interleaves published and due scheduled articles newest first, ties by id, on every page', async () => {
    const db = await freshDb(dialect);
    // Two statuses walked apart and merged (queries.ts, newestIds): times shared across statuses, and an
    // offset deep in one status, must give the order of one sort by (published_at desc, id).
    const expected: { id: string; at: string }[] = [];
    for (let i = 0; i < 14; i++) {
      const at = new Date(Date.UTC(2026, 10, 1 + Math.floor(i / 3))).toISOString();
      const status = i % 4 === 1 || i === 13 ? 'scheduled' : 'published';
      expected.push({ id: await add(db, `bai-${i}`, { status, at, category: i % 2 ? 'kinh-te' : 'thoi-su' }), at });
    }
    await add(db, 'sau-nay', { status: 'scheduled', at: '2026-12-27T00:00:00.000Z' });
    expected.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? 1 : -1));
    const ids = expected.map((e) => e.id);
    for (const [limit, offset] of [[14, 0], [5, 0], [5, 5], [4, 9], [3, 12], [5, 14]] as const) {
      expect((await queryLatest(db, NOW, limit, offset)).map((a) => a.id)).toEqual(ids.slice(offset, offset + limit));
    }
    expect((await queryFeed(db, NOW)).map((a) => a.id)).toEqual(ids);
  });

  it('leads the home page with the newest article that has a photo', async () => {
    const db = await freshDb(dialect);
    await add(db, 'co-anh', { cover: true, at: '2026-11-10T00:00:00.000Z' });
    await add(db, 'moi-nhat', { at: '2026-11-20T00:00:00.000Z', category: 'kinh-te' });
    const home = await queryHome(db, NOW);
    expect(home.lead?.slug).toBe('co-anh');
    expect(home.latest.map((a) => a.slug)).toEqual(['moi-nhat']);
    expect(home.sections.map((s) => s.slug)).toEqual(['thoi-su', 'kinh-te']);
  });
});
