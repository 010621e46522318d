import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { migrations } from '@/lib/db/migrations';
import { type Fixture, insertFixtures } from '@/test/search-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { querySuggestions } from './suggest';

const NOW = '2026-11-28T12:00:00.000Z';
afterAll(closeDb);

const article = (i: number, title: string, extra: Partial<Fixture> = {}): Fixture => ({
  slug: `goi-y-${i}`,
  title,
  summary: 'Tóm tắt.',
  body: 'Phối hợp trong thân bài không được gợi ý.',
  category: 'thoi-su',
  publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
  ...extra,
});

describe.each(testDialects)('search suggestions (%s)', (dialect) => {
  it('titles holding every word, the last one unfinished, accent-insensitive, newest first, at most 5, readable only', async () => {
    const db = await freshDb(dialect);
    await insertFixtures(db, [
      ...Array.from({ length: 7 }, (_, i) => article(i, `Phối hợp tuần tra số ${i}`)),
      article(20, 'Phổi và sức khỏe'),
      article(21, 'Tin khác'),
      article(22, 'Phối hợp chưa đăng', { status: 'draft' }),
      article(23, 'Phối hợp hẹn giờ', { status: 'scheduled', publishedAt: '2027-01-01T00:00:00.000Z' }),
    ]);
    const titles = async (q: string) => (await querySuggestions(db, q, NOW)).map((s) => s.title);
    expect(await titles('phoi hop tua')).toEqual([6, 5, 4, 3, 2].map((i) => `Phối hợp tuần tra số ${i}`));
    // A 1–2 letter unfinished word waits: the finished words alone are matched.
    expect(await titles('suc k')).toEqual(['Phổi và sức khỏe']);
    expect(await titles('tin k')).toEqual(['Tin khác']);
    expect(await titles('PHỐI HỢP TUẦN TRA')).toEqual(await titles('phoi hop tuan tra'));
    expect(await titles('pho')).toContain('Phổi và sức khỏe');
    expect(await titles('khá')).toEqual(['Tin khác']);
    expect(await titles('tin kh')).toEqual(['Tin khác']);
    expect(await titles('suc khoe phoi')).toEqual(['Phổi và sức khỏe']);
    expect(await titles('than bai')).toEqual([]); // titles only
    for (const q of ['', '   ', '"', "'; drop table articles; --", 'phoi* OR', 'NEAR(']) await expect(querySuggestions(db, q, NOW)).resolves.toBeInstanceOf(Array);
    expect((await querySuggestions(db, 'tin kh', NOW))[0]!.href).toBe('/bai/goi-y-21');
  });

  it('follow edits, takedowns and deletes (the titles index of migration 920), which fills itself from an older index', async () => {
    const db = await freshDb(dialect);
    const a = article(1, 'Khánh thành cầu Cửa Đại');
    await insertFixtures(db, [a]);
    const titles = async (q: string) => (await querySuggestions(db, q, NOW)).map((s) => s.title);
    expect(await titles('cua dai')).toEqual(['Khánh thành cầu Cửa Đại']);
    await insertFixtures(db, [{ ...a, title: 'Khánh thành cầu Hội An mới' }]);
    expect(await titles('cua dai')).toEqual([]);
    expect(await titles('hoi an mo')).toEqual(['Khánh thành cầu Hội An mới']);
    // A new time moves the article to another key: the title follows it.
    await insertFixtures(db, [{ ...a, title: 'Khánh thành cầu Hội An mới', publishedAt: '2025-06-01T00:00:00.000Z' }]);
    expect(await titles('hoi an mo')).toEqual(['Khánh thành cầu Hội An mới']);
    await db.updateTable('articles').set({ status: 'unpublished' }).where('slug', '=', a.slug).execute();
    expect(await titles('hoi an')).toEqual([]);
    await db.updateTable('articles').set({ status: 'published' }).where('slug', '=', a.slug).execute();
    // An index from before 920 (no titles table): the migration fills it from the rows already indexed.
    await migrations['920-search-titles']!.down!(db);
    await migrations['920-search-titles']!.up(db);
    expect(await titles('hoi an')).toEqual(['Khánh thành cầu Hội An mới']);
    await db.deleteFrom('articles').where('slug', '=', a.slug).execute();
    expect(await titles('hoi an')).toEqual([]);
  });
});
