/**
 * Feeds and sitemaps are served as cached XML: built once, then rebuilt only
 * after a publish expires their tags. next/cache is replaced by a small
 * tagged memo with the same contract (key → value, tags expire entries).
 */
import { afterAll, describe, expect, it, vi } from 'vitest';

const cache = vi.hoisted(() => ({ entries: new Map<string, { value: unknown; tags: string[] }>(), builds: [] as string[] }));

vi.mock('next/cache', () => {
  const expire = (tag: string) => {
    for (const [k, e] of cache.entries) if (e.tags.includes(tag)) cache.entries.delete(k);
  };
  return {
    unstable_cache:
      (fn: () => Promise<unknown>, key: string[], opts: { tags?: string[] }) =>
      async () => {
        const k = key.join('|');
        const hit = cache.entries.get(k);
        if (hit) return hit.value;
        cache.builds.push(key[0]);
        const value = await fn();
        cache.entries.set(k, { value, tags: opts.tags ?? [] });
        return value;
      },
    updateTag: expire,
    revalidateTag: (tag: string, profile: unknown) => {
      if (typeof profile === 'object' && (profile as { expire?: number }).expire === 0) expire(tag);
    },
  };
});

import { closeDb, withWriteTransaction } from '@/lib/db';
import { writeIndexRecord } from '@/lib/articles/index-writer';
import { ingestImage } from '@/lib/media/ingest';
import { saveSection } from '@/lib/sections/writes';
import { getSections } from '@/lib/sections/cached';
import { insertUser } from '@/test/editor-fixtures';
import { jpeg } from '@/test/images';
import { getSection } from '@/lib/config/site';
import { taggedOfFields, updateArticleTags } from '@/lib/cache/tags';
import { insertFixtures, type Fixture } from '@/test/search-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { getNewsSitemapXml, getRssXml, getSitemapXml } from './cached';

afterAll(closeDb);

const fixture = (slug: string): Fixture => ({
  slug,
  title: `Bài ${slug}`,
  summary: 'Một bản tin dùng để kiểm tra bộ nhớ đệm của nguồn tin.',
  body: 'Nội dung.',
  category: 'van-hoa',
  tags: ['Di sản'],
  publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
});

const all = () => Promise.all([getRssXml(), getRssXml(getSection('van-hoa')), getSitemapXml(), getNewsSitemapXml()]);

describe.each(testDialects)('cached feeds and sitemaps (%s)', (dialect) => {
  it('builds each XML once, and a publish shows in every one of them', async () => {
    cache.entries.clear();
    cache.builds.length = 0;
    const db = await freshDb(dialect);
    await insertFixtures(db, [fixture('bai-dau')]);
    const first = await all();
    const builds = cache.builds.filter((b) => b.endsWith('-xml')).length;
    expect(builds).toBe(4);
    expect(await all()).toEqual(first);
    expect(cache.builds.filter((b) => b.endsWith('-xml')).length).toBe(builds);

    await insertFixtures(db, [fixture('bai-moi-dang')]);
    updateArticleTags(taggedOfFields({ slug: 'bai-moi-dang', category: 'van-hoa', tags: ['Di sản'], bylines: [] }));
    for (const xml of await all()) expect(xml).toContain('/bai/bai-moi-dang');
  });

  it("a section's feed carries its sub-sections' articles, each with the section's name, one dc:creator per byline and the cover's real size", async () => {
    cache.entries.clear();
    const db = await freshDb(dialect);
    const admin = await insertUser(db, 'admin', 'Quản trị');
    const made = await saveSection(admin, { original: '', name: 'Lễ hội', slug: 'le-hoi', description: '', parent: 'van-hoa' }, null, db);
    expect(made.ok).toBe(true);
    const { media } = await ingestImage(db, await jpeg(1200, 800));
    const at = new Date(Date.now() - 3_600_000).toISOString();
    await withWriteTransaction(
      (tx) =>
        writeIndexRecord(tx, {
          id: 'fx-le-hoi',
          slug: 'dem-hoi-pho-co',
          source: 'db',
          contentHash: null,
          title: 'Đêm hội phố cổ',
          summary: 'Phố cổ thắp đèn lồng đón khách trong đêm rằm.',
          body: 'Nội dung.',
          category: 'le-hoi' as 'van-hoa',
          tags: ['Di sản'],
          bylines: [
            { name: 'Trần Công', role: 'reporter' },
            { name: 'Lê Ảnh', role: 'photographer' },
          ],
          cover: { src: media.ref, alt: 'Đèn lồng', caption: 'Đèn lồng phố cổ', credit: 'Lê Ảnh' },
          dateline: null,
          status: 'published',
          publishedAt: at,
          updatedAt: at,
          createdAt: at,
          authorId: null,
          version: 1,
          sample: false,
        }),
      db,
    );
    const parent = (await getSections()).find((x) => x.slug === 'van-hoa')!;
    const xml = await getRssXml(parent);
    const item = xml.slice(xml.indexOf('<item>'), xml.indexOf('</item>'));
    expect(item).toContain('/bai/dem-hoi-pho-co');
    expect(xml).toMatch(/<rss [^>]*xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
    expect([...item.matchAll(/<dc:creator>([^<]*)<\/dc:creator>/g)].map((m) => m[1])).toEqual(['Trần Công', 'Lê Ảnh']);
    expect(item).not.toContain('<author>');
    expect([...item.matchAll(/<category>(?:<!\[CDATA\[)?([^<\]]*)/g)].map((m) => m[1])).toEqual(['Lễ hội', 'Di sản']);
    const v = media.variants.find((x) => x.slot === 960 && x.format === 'webp')!;
    const enclosure = /<enclosure ([^>]*)\/>/.exec(item)![1]!;
    expect(enclosure).toMatch(new RegExp(`url="https?://[^"]+/media/${v.key}"`));
    expect(enclosure).toContain(`length="${v.bytes}"`);
    expect(v.bytes).toBeGreaterThan(0);
    expect(enclosure).toContain('type="image/webp"');
    // The site feed names the section the same way.
    expect(await getRssXml()).toContain('<category>Lễ hội</category>');
  });
});
