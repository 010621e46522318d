import { afterAll, describe, expect, it } from 'vitest';
import { cacheTags } from '@/lib/cache/tags';
import { expireTagsNow } from '@/lib/cache/expire-now';
import { closeDb } from '@/lib/db';
import { fixtures, insertFixtures, type Fixture } from '@/test/search-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { boundedCache } from './results-cache';
import { getSearchResults, searchCacheKey, searchQueryKey } from './search';
import { querySearch } from './search-query';

afterAll(closeDb);

/** A loader that counts its calls and answers with the key and the call's number. */
function counting() {
  const calls: string[] = [];
  return { calls, load: (key: string) => async () => (calls.push(key), `${key}#${calls.length}`) };
}

describe('the bounded search cache', () => {
  it('keeps at most max distinct queries, dropping the least recently used', async () => {
    const c = boundedCache<string>({ max: 3, ttlMs: 60_000, expiredAt: async () => undefined });
    const { calls, load } = counting();
    for (const k of ['a', 'b', 'c']) await c.get(k, load(k));
    await c.get('a', load('a')); // read again: now the most recent
    await c.get('d', load('d')); // the fourth: 'b' goes
    expect(c.size).toBe(3);
    expect(c.keys()).toEqual(['c', 'a', 'd']);
    expect(await c.get('a', load('a'))).toBe('a#1');
    expect(await c.get('b', load('b'))).toBe('b#5');
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'b']);
    // A thousand arbitrary queries still leave three.
    for (let i = 0; i < 1000; i++) await c.get(`q${i}`, load(`q${i}`));
    expect(c.size).toBe(3);
  });

  it('drops an answer once the listings tag is expired after its query began, and after its lifetime', async () => {
    let t = 1_000;
    let expired: number | undefined;
    const c = boundedCache<string>({ max: 10, ttlMs: 5_000, expiredAt: async () => expired, now: () => t });
    const { load } = counting();
    expect(await c.get('k', load('k'))).toBe('k#1');
    t += 10;
    expired = 500; // before the entry: still good
    expect(await c.get('k', load('k'))).toBe('k#1');
    expired = t; // a publish now
    t += 1;
    expect(await c.get('k', load('k'))).toBe('k#2');
    expect(await c.get('k', load('k'))).toBe('k#2');
    t += 5_000;
    expect(await c.get('k', load('k'))).toBe('k#3');
  });

  it('searches afresh when the expiry time cannot be read, and a reload counts as the most recent', async () => {
    let fail = false;
    const c = boundedCache<string>({ max: 2, ttlMs: 60_000, expiredAt: async () => (fail ? Promise.reject(new Error('no handler')) : undefined) });
    const { load } = counting();
    await c.get('a', load('a'));
    await c.get('b', load('b'));
    fail = true;
    expect(await c.get('a', load('a'))).toBe('a#3');
    expect(c.keys()).toEqual(['b', 'a']);
  });

  it('does not keep a failed search', async () => {
    const c = boundedCache<string>({ max: 10, ttlMs: 60_000, expiredAt: async () => undefined });
    await expect(c.get('x', async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await c.get('x', async () => 'ok')).toBe('ok');
  });

  it('keys by case and spaces only: accents stay (exact accents rank first)', () => {
    expect(searchQueryKey('  Quảng   NAM ')).toBe('quảng nam');
    expect(searchQueryKey('Quảng Nam'.normalize('NFD'))).toBe('quảng nam');
    expect(searchQueryKey('quang nam')).not.toBe(searchQueryKey('Quảng Nam'));
    expect(searchCacheKey({ q: 'Quảng  Nam', page: 1 })).toBe(searchCacheKey({ q: 'quảng nam', page: 1 }));
    expect(searchCacheKey({ q: 'quảng nam', page: 2 })).not.toBe(searchCacheKey({ q: 'quảng nam', page: 1 }));
    expect(searchCacheKey({ q: 'quảng nam', page: 1, section: 'thoi-su' })).not.toBe(searchCacheKey({ q: 'quảng nam', page: 1 }));
  });
});

const NOW = new Date().toISOString();

describe.each(testDialects)('cached search results (%s)', (dialect) => {
  it('a query and its normalised key give the same answer (so sharing the key is safe)', async () => {
    const db = await freshDb(dialect);
    await insertFixtures(db, fixtures);
    for (const q of ['LÊ VĂN DŨNG', '  Phối   HỢP  ', 'phối hợp'.normalize('NFD'), 'ĐƯỜNG', 'Dương  Lịch', 'Da Nang']) {
      const [a, b] = await Promise.all([querySearch(db, { q, page: 1 }, NOW), querySearch(db, { q: searchQueryKey(q), page: 1 }, NOW)]);
      expect(b.items.map((h) => [h.article.slug, h.title, h.snippet]), q).toEqual(a.items.map((h) => [h.article.slug, h.title, h.snippet]));
      expect([b.total, b.tokens], q).toEqual([a.total, a.tokens]);
    }
  });

  it('serves a common query from the cache, and a publish makes the next search see the new article', async () => {
    const db = await freshDb(dialect);
    // A word of this run only: the cache is the process's, shared by both engines' runs.
    const word = `Hội An ${dialect === 'sqlite' ? 'Sơn Trà' : 'Tam Kỳ'}`;
    const first: Fixture = { slug: `cau-${dialect}-1`, title: `Cầu ${word}`, summary: 'Thông xe.', body: 'Người dân vui mừng.', category: 'thoi-su', publishedAt: '2026-01-01T00:00:00.000Z' };
    await insertFixtures(db, [first]);
    const slugs = async (q: string) => (await getSearchResults({ q, page: 1 })).items.map((h) => h.article.slug);
    expect(await slugs(`cầu ${word}`)).toEqual([first.slug]);

    // Written without the publish's expiry: the cached answer is still served (to the same key, whatever the case and spaces).
    const second: Fixture = { ...first, slug: `cau-${dialect}-2`, publishedAt: '2026-02-01T00:00:00.000Z' };
    await insertFixtures(db, [second]);
    expect(await slugs(`  CẦU   ${word.toUpperCase()} `)).toEqual([first.slug]);
    const r = await getSearchResults({ q: `CẦU ${word}`, page: 1 });
    expect(r.input.q).toBe(`CẦU ${word}`);

    // The publish's expiry of the listings tag (what revalidateArticle, updateTag and go-live end in).
    await expireTagsNow([cacheTags.listings]);
    expect(await slugs(`cầu ${word}`)).toEqual([second.slug, first.slug]);
  });
});
