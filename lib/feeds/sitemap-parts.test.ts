/**
 * A sitemap past its limit becomes an index of parts. The limit is lowered to 5 so a handful of
 * articles (real SQLite) splits it; every URL of the single file must be in exactly one part.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';

// Every read is built afresh: this file tests the slicing, cached.test.ts the caching.
vi.mock('next/cache', () => ({ unstable_cache: (fn: () => Promise<unknown>) => fn }));

import { closeDb } from '@/lib/db';
import { insertFixtures, type Fixture } from '@/test/search-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { getSitemapPartXml, getSitemapXml } from './cached';
import { partCount, partOfName, partSlices } from './sitemap-parts';

afterAll(closeDb);

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

// 12 public articles (the oldest is bai-11), 4 tags, 3 authors; a draft and a future one that no part may show.
const fixtures: Fixture[] = [
  ...Array.from({ length: 12 }, (_, i): Fixture => ({
    slug: `bai-${i}`,
    title: `Bài ${i}`,
    summary: 'Một bản tin dùng để kiểm tra sơ đồ trang.',
    body: 'Nội dung.',
    category: 'thoi-su',
    tags: [`Chủ đề ${i % 4}`],
    bylines: [`Phóng viên ${i % 3}`],
    publishedAt: hoursAgo(i + 1),
  })),
  { slug: 'ban-nhap', title: 'Nháp', summary: 'Chưa đăng.', body: 'x', category: 'thoi-su', tags: ['Chỉ nháp'], bylines: ['Người nháp'], publishedAt: hoursAgo(1), status: 'draft' },
  { slug: 'hen-gio', title: 'Hẹn giờ', summary: 'Chưa tới giờ.', body: 'x', category: 'thoi-su', tags: ['Hẹn'], publishedAt: hoursAgo(-5), status: 'scheduled' },
];

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

describe('the parts’ slices', () => {
  it('cover every position exactly once, at most `limit` each, and no part past the last', () => {
    for (const [counts, sections, limit] of [
      [{ articles: 12, tags: 4, authors: 3 }, 6, 5],
      [{ articles: 10, tags: 0, authors: 0 }, 4, 5],
      [{ articles: 0, tags: 7, authors: 9 }, 1, 3],
      [{ articles: 100_000, tags: 2_500, authors: 300 }, 6, 50_000],
    ] as const) {
      const parts = partCount(counts, sections, limit);
      const total = counts.articles + 1 + sections + counts.tags + counts.authors;
      expect(parts).toBe(Math.ceil(total / limit));
      let sum = 0;
      for (let n = 1; n <= parts; n++) {
        const s = partSlices(counts, sections, limit, n)!;
        const size = Object.values(s).reduce((a, x) => a + x.limit, 0);
        expect(size).toBeLessThanOrEqual(limit);
        sum += size;
      }
      expect(sum).toBe(total);
      expect(partSlices(counts, sections, limit, parts + 1)).toBeNull();
    }
    // Within one file there are no parts.
    expect(partSlices({ articles: 3, tags: 1, authors: 1 }, 6, 50, 1)).toBeNull();
  });

  it('takes a part number only as N.xml with N a plain positive integer', () => {
    expect(partOfName('1.xml')).toBe(1);
    expect(partOfName('27.xml')).toBe(27);
    for (const bad of ['0.xml', '01.xml', '-1.xml', '1.5.xml', 'a.xml', '1', '1.xml.gz', '', '9999999999.xml']) expect(partOfName(bad)).toBeNull();
  });
});

describe.each(testDialects)('a split sitemap (%s)', (dialect) => {
  it('is an index of parts of at most the limit that hold every URL of the single file exactly once', async () => {
    const db = await freshDb(dialect);
    await insertFixtures(db, fixtures);
    const single = await getSitemapXml(1000);
    expect(single).toContain('<urlset');
    const all = locs(single);
    expect(all.length).toBe(12 + 1 + 6 + 4 + 3);
    expect(all.some((l) => /ban-nhap|hen-gio|chi-nhap|nguoi-nhap|\/the\/hen$/.test(l))).toBe(false);
    expect(await getSitemapPartXml(1, 1000)).toBeNull();

    const index = await getSitemapXml(5);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const partLocs = locs(index);
    expect(partLocs.map((l) => new URL(l).pathname)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `/sitemap/${n}.xml`));

    const parts = await Promise.all(partLocs.map((_, i) => getSitemapPartXml(i + 1, 5)));
    const seen: string[] = [];
    for (const xml of parts) {
      expect(xml).toContain('<urlset');
      expect(locs(xml!).length).toBeLessThanOrEqual(5);
      seen.push(...locs(xml!));
    }
    expect(seen.length).toBe(all.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...all].sort());

    // Oldest first: part 1 is the five oldest, and its lastmod is the newest of them (bai-7).
    expect(locs(parts[0]!).map((l) => l.split('/bai/')[1])).toEqual(['bai-11', 'bai-10', 'bai-9', 'bai-8', 'bai-7']);
    const lastmods = [...index.matchAll(/<sitemap><loc>[^<]*<\/loc>(?:<lastmod>([^<]*)<\/lastmod>)?<\/sitemap>/g)].map((m) => m[1]);
    expect(lastmods[0]).toBe(/<loc>[^<]*\/bai\/bai-7<\/loc><lastmod>([^<]*)</.exec(parts[0]!)![1]);
    // Part 3 holds bai-1, bai-0 and home: its lastmod is the newest article's.
    expect(lastmods[2]).toBe(/<loc>[^<]*\/bai\/bai-0<\/loc><lastmod>([^<]*)</.exec(parts[2]!)![1]);
    // The last part holds only authors, which carry no lastmod.
    expect(lastmods[5]).toBeUndefined();

    for (const n of [0, 7, -1, 1.5, Number.NaN]) expect(await getSitemapPartXml(n, 5)).toBeNull();
  });
});
