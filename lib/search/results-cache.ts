/**
 * A bounded cache of search answers, one per process: at most `max` distinct
 * queries, least recently used dropped first, so a bot walking arbitrary
 * queries cannot fill memory or push the site's pages out of Next's cache.
 * An entry is dropped when the listings tag (every publish, edit, takedown and
 * go-live expires it) was expired after the entry's query started, on any
 * instance (lib/cache/expire-now.ts tagExpiredAt), and after `ttlMs` anyway.
 */
import { cacheTags } from '@/lib/cache/tags';
import { tagExpiredAt } from '@/lib/cache/expire-now';

type Entry<T> = { value: Promise<T>; startedAt: number };

export type BoundedCache<T> = {
  get(key: string, load: () => Promise<T>): Promise<T>;
  readonly size: number;
  keys(): string[];
};

export function boundedCache<T>({ max, ttlMs, expiredAt = () => tagExpiredAt(cacheTags.listings), now = Date.now }: {
  max: number;
  ttlMs: number;
  /** When the entries' tag was last expired (ms); undefined: never. */
  expiredAt?: () => Promise<number | undefined>;
  now?: () => number;
}): BoundedCache<T> {
  // A Map keeps insertion order: the first key is the least recently used.
  const entries = new Map<string, Entry<T>>();

  function store(key: string, load: () => Promise<T>): Promise<T> {
    const startedAt = now();
    const entry: Entry<T> = { value: load(), startedAt };
    entries.delete(key); // a reload goes last, as the most recently used
    entries.set(key, entry);
    while (entries.size > max) entries.delete(entries.keys().next().value as string);
    // A failed search is not kept: the next reader tries again.
    entry.value.catch(() => entries.get(key) === entry && entries.delete(key));
    return entry.value;
  }

  return {
    async get(key, load) {
      const hit = entries.get(key);
      if (!hit) return store(key, load);
      // Unknown (the cache handler failed to load): searched afresh rather than served stale.
      const expired = await expiredAt().catch(() => Infinity);
      const t = now();
      // Next's rule (areTagsExpired): expired at or before now, and after the entry began.
      const stale = t - hit.startedAt >= ttlMs || (expired !== undefined && (expired <= t || expired === Infinity) && expired >= hit.startedAt);
      const current = entries.get(key);
      if (current !== hit) return current ? current.value : store(key, load);
      if (stale) return store(key, load);
      // Most recently used goes last.
      entries.delete(key);
      entries.set(key, hit);
      return hit.value;
    },
    get size() {
      return entries.size;
    },
    keys: () => [...entries.keys()],
  };
}
