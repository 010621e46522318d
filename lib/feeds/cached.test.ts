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

import { closeDb } from '@/lib/db';
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
});
