/**
 * A publish must not expire an unrelated article page (issue 12): the page's
 * cache entry carries the tags of every cached read it makes, so the reads
 * below are the ones app/(site)/bai/[slug]/page.tsx and MostReadBlock make.
 * Its side blocks may only be refreshed softly (stale-while-revalidate).
 */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ read: [] as string[], hard: [] as string[], soft: [] as string[] }));

vi.mock('next/cache', () => ({
  // Record every tag a cached read names, then run the read itself.
  unstable_cache:
    (fn: (...a: unknown[]) => unknown, _key: string[], opts: { tags?: string[] }) =>
    (...a: unknown[]) => {
      calls.read.push(...(opts.tags ?? []));
      return fn(...a);
    },
  updateTag: (tag: string) => calls.hard.push(tag),
  revalidateTag: (tag: string, profile: string | { expire?: number }) => {
    const expiresNow = typeof profile === 'object' && profile.expire === 0;
    (expiresNow ? calls.hard : calls.soft).push(tag);
  },
}));

import { closeDb } from '@/lib/db';
import { insertFixtures, type Fixture } from '@/test/search-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { revalidateArticle, taggedOfFields, updateArticleTags } from '@/lib/cache/tags';
import { getArticle, getFeed, getHome, getMostRead, getRelated, getSameSection, getSectionPage } from './cached';

afterAll(closeDb);

// The published article shares the reader's section, tag and byline: the strictest case.
const fixture = (slug: string, day: number): Fixture => ({
  slug,
  title: `Bài ${slug}`,
  summary: 'Một bản tin dùng để kiểm tra dấu vết bộ nhớ đệm.',
  body: 'Nội dung.',
  category: 'kinh-te',
  tags: ['Du lịch'],
  bylines: ['Minh Hải'],
  publishedAt: new Date(Date.UTC(2024, 0, day)).toISOString(),
});

async function tagsRead(read: () => Promise<unknown>): Promise<Set<string>> {
  calls.read = [];
  await read();
  return new Set(calls.read);
}

describe.each(testDialects)('what a publish expires (%s)', (dialect) => {
  beforeEach(() => {
    calls.hard = [];
    calls.soft = [];
  });

  it('expires home, section and feed at once, refreshes an unrelated article page only softly', async () => {
    await insertFixtures(await freshDb(dialect), [fixture('bai-doc', 1), fixture('bai-moi', 2)]);
    const articlePage = await tagsRead(async () => {
      const article = (await getArticle('bai-doc'))!;
      const related = await getRelated(article);
      await getSameSection(article, related.map((r) => r.id));
      await Promise.all([getMostRead(24), getMostRead(24 * 7)]);
    });
    const listingPages = await tagsRead(async () => {
      await getHome();
      await getSectionPage('kinh-te', 1);
      await getFeed();
    });
    const published = taggedOfFields({ slug: 'bai-moi', category: 'kinh-te', tags: ['Du lịch'], bylines: [{ name: 'Minh Hải' }] });

    for (const refresh of [updateArticleTags, revalidateArticle]) {
      calls.hard = [];
      calls.soft = [];
      refresh(null, published);
      expect(calls.hard.filter((t) => articlePage.has(t))).toEqual([]);
      expect(calls.soft.some((t) => articlePage.has(t))).toBe(true);
      expect([...listingPages].filter((t) => !calls.hard.includes(t))).toEqual([]);
    }
  });
});
