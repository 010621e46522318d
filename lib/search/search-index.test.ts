import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { migrations } from '@/lib/db/migrations';
import { insertFixtures, type Fixture } from '@/test/search-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { querySearch, SEARCH_COUNT_CAP, SEARCH_WINDOW } from './search-query';

const NOW = '2026-11-28T12:00:00.000Z';
afterAll(closeDb);

const base: Fixture = {
  slug: 'bai-thu-nghiem-chi-muc',
  title: 'Khánh thành cầu Cửa Đại',
  summary: 'Cây cầu dài nhất tỉnh chính thức thông xe sau ba năm thi công.',
  body: 'Người dân hai bờ sông vui mừng.',
  category: 'kinh-te',
  publishedAt: '2024-01-01T00:00:00.000Z',
};

async function slugsFor(db: Awaited<ReturnType<typeof freshDb>>, q: string) {
  return (await querySearch(db, { q, page: 1 }, NOW, 50)).items.map((h) => h.article.slug);
}

describe.each(testDialects)('search index upkeep (%s)', (dialect) => {
  it('follows every write to articles: edit, unpublish, delete — with no call from the writer', async () => {
    const db = await freshDb(dialect);
    await insertFixtures(db, [base]);
    expect(await slugsFor(db, 'cua dai')).toEqual([base.slug]);

    // An edit changes what is found.
    await insertFixtures(db, [{ ...base, title: 'Khánh thành cầu Hội An mới' }]);
    expect(await slugsFor(db, 'cua dai')).toEqual([]);
    expect(await slugsFor(db, 'cau hoi an moi')).toEqual([base.slug]);

    // A takedown hides it at once; a republish shows it again.
    await db.updateTable('articles').set({ status: 'unpublished' }).where('slug', '=', base.slug).execute();
    expect(await slugsFor(db, 'cau hoi an moi')).toEqual([]);
    await db.updateTable('articles').set({ status: 'published' }).where('slug', '=', base.slug).execute();
    expect(await slugsFor(db, 'cau hoi an moi')).toEqual([base.slug]);

    // A direct update of search_text (any writer) re-indexes too.
    await db.updateTable('articles').set({ search_text: 'hoan toan khac' }).where('slug', '=', base.slug).execute();
    expect(await slugsFor(db, 'cau hoi an moi')).toEqual([]);
    expect(await slugsFor(db, 'hoan toan khac')).toEqual([base.slug]);

    await db.deleteFrom('articles').where('slug', '=', base.slug).execute();
    expect(await slugsFor(db, 'hoan toan khac')).toEqual([]);
  });

  it('finds a scheduled article only once its time has come, to the millisecond (the key range)', async () => {
    const db = await freshDb(dialect);
    const at = '2026-11-28T12:30:00.000Z';
    await insertFixtures(db, [{ ...base, status: 'scheduled', publishedAt: at }]);
    const find = async (now: string) => (await querySearch(db, { q: 'cua dai', page: 1 }, now, 10)).items.map((h) => h.article.slug);
    expect(await find('2026-11-28T12:29:59.999Z')).toEqual([]);
    expect(await find(at)).toEqual([base.slug]);
  });

  it('rebuilds the index from existing articles when the migration runs again (idempotent)', async () => {
    const db = await freshDb(dialect);
    await insertFixtures(db, [base]);
    await migrations['901-search-by-date']!.up(db);
    await migrations['901-search-by-date']!.up(db);
    expect(await slugsFor(db, 'cua dai')).toEqual([base.slug]);
  });

  it('pages through more matches than the ranked window without repeating or skipping an article', async () => {
    const db = await freshDb(dialect);
    const many: Fixture[] = Array.from({ length: 2 * SEARCH_WINDOW + 37 }, (_, i) => ({
      ...base,
      slug: `bai-so-${i}`,
      title: i % 7 === 0 ? `Cầu Cửa Đại số ${i}` : `Tin số ${i} về giao thông`,
      summary: `Bản tin thứ ${i} nói về cầu và đường trong tỉnh.`,
      publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
    }));
    await insertFixtures(db, many);
    const first = await querySearch(db, { q: 'cau', page: 1 }, NOW, 25);
    expect(first.total).toBe(many.length);
    const seen: string[] = [];
    for (let p = 1; p <= first.pageCount; p++) {
      const r = await querySearch(db, { q: 'cau', page: p }, NOW, 25);
      seen.push(...r.items.map((h) => h.article.slug));
    }
    expect(seen.length).toBe(many.length);
    expect(new Set(seen).size).toBe(many.length);
    // Title matches lead, newest first among equals.
    expect(seen[0]).toBe(`bai-so-${[...many.keys()].filter((i) => i % 7 === 0).at(-1)}`);
  });

  it('counts matches up to the cap and says when there are more', async () => {
    const db = await freshDb(dialect);
    await insertFixtures(
      db,
      Array.from({ length: SEARCH_COUNT_CAP + 3 }, (_, i) => ({ ...base, slug: `bai-dem-${i}`, body: '', publishedAt: new Date(Date.UTC(2023, 0, 1) + i * 120_000).toISOString() })),
    );
    const r = await querySearch(db, { q: 'cua dai', page: 1 }, NOW, 10);
    expect(r.total).toBe(SEARCH_COUNT_CAP);
    expect(r.totalIsLowerBound).toBe(true);
    expect(r.pageCount).toBe(SEARCH_COUNT_CAP / 10);
    const few = await querySearch(db, { q: 'cua dai', page: 1, from: '2023-01-01', to: '2023-01-01' }, NOW, 10);
    expect(few.totalIsLowerBound).toBe(false);
    expect(few.total).toBeLessThan(SEARCH_COUNT_CAP);
    expect(few.total).toBeGreaterThan(0);
  });
});
