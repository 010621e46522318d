// The incremental cache handler (next.config.mjs `cacheHandler`): ISR pages, route
// handlers and unstable_cache entries. Plain JavaScript because Next imports this file
// itself at run time, unbundled (docs/deploy-cache.md).
//
// Without a shared store (no REDIS_URL, and always during `next build`) it hands every
// call to Next's own in-memory cache, so the one-machine default is unchanged. With one
// (lib/cache/redis-client.ts installs it when REDIS_URL is set), entries and tag-expiry
// times live in Redis, so a revalidateTag/updateTag on any instance is seen by every
// instance on its next read. If Redis is down, reads and writes go to a bounded
// in-process copy and tag expiries are replayed to Redis when it is back.
import { serialize, deserialize } from 'node:v8';
import { RESP_TYPES } from '@redis/client';
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

// A CommonJS module with `exports.default`: Node's import gives its exports object, a bundler its default.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const STORE = Symbol.for('bantin.sharedCacheStore');
const CLIENT = Symbol.for('bantin.sharedCacheClient');
const TAGS_HEADER = 'x-next-cache-tags';
/** Redis keeps an entry at most this long (a miss only costs one render). */
const MAX_TTL_S = 7 * 24 * 3600;

/**
 * One process's view of the shared cache: a kept Redis client, a key namespace, and a
 * bounded in-process copy (read when the entry in Redis has not changed, and the only
 * copy while Redis is down).
 */
export class SharedCacheStore {
  /**
   * @param {any} client a @redis/client client, connected or connecting client (commands should time out; offline queue off)
   * @param {{ namespace: string, build: string, maxBytes?: number, log?: (...a: unknown[]) => void, manifest?: Map<string, {stale?: number, expired?: number}> }} opts
   *   namespace: one per database (instances of one site share it); build: entries of another build are never read
   */
  constructor(client, { namespace, build, maxBytes = 50 * 1024 * 1024, log = console.warn, manifest = tagsManifest }) {
    this.client = client;
    this.ns = namespace;
    this.build = build;
    this.maxBytes = maxBytes;
    this.log = log;
    this.manifest = manifest;
    /** @type {Map<string, { lastModified: number, entry: any, size: number }>} insertion order = least recently used first */
    this.local = new Map();
    this.localBytes = 0;
    /** Tag expiries not yet written to Redis (it was down). */
    this.pendingTags = new Map();
    this.down = false;
    client.on?.('ready', () => void this.replayTags());
  }

  key(kind, key) {
    return `${this.ns}:${this.build}:${kind}:${key}`;
  }

  get tagsKey() {
    // Tags are not per build: an expiry time means the same to every build.
    return `${this.ns}:tags`;
  }

  /** Run a Redis call; false when Redis is unavailable (logged once per outage). */
  async redis(fn) {
    if (!this.client.isReady) return this.unavailable(new Error('not connected'));
    try {
      const result = await fn(this.client);
      if (this.down) {
        this.down = false;
        this.log('[bản tin] shared cache: Redis is back');
      }
      return { ok: true, result };
    } catch (error) {
      return this.unavailable(error);
    }
  }

  unavailable(error) {
    if (!this.down) {
      this.down = true;
      this.log(`[bản tin] shared cache: Redis unavailable (${error.message}); serving from this instance's memory until it is back`);
    }
    return { ok: false };
  }

  remember(key, lastModified, entry, size) {
    this.forget(key);
    if (size > this.maxBytes) return;
    this.local.set(key, { lastModified, entry, size });
    this.localBytes += size;
    for (const [k, v] of this.local) {
      if (this.localBytes <= this.maxBytes) break;
      this.local.delete(k);
      this.localBytes -= v.size;
    }
  }

  forget(key) {
    const old = this.local.get(key);
    if (!old) return;
    this.localBytes -= old.size;
    this.local.delete(key);
  }

  /** Fold tag times read from Redis into Next's tag manifest (keeping the later of each time). */
  mergeTags(tags, raw) {
    tags.forEach((tag, i) => {
      if (!raw[i]) return;
      const remote = JSON.parse(raw[i]);
      const mine = this.manifest.get(tag) || {};
      const merged = { ...mine };
      for (const f of ['stale', 'expired']) if (typeof remote[f] === 'number' && !(mine[f] >= remote[f])) merged[f] = remote[f];
      this.manifest.set(tag, merged);
    });
  }

  async get(key, tagsFromCtx) {
    const metaKey = this.key('m', key);
    const known = this.local.get(key);
    const knownTags = known ? [...tagsFromCtx, ...entryTags(known.entry)] : tagsFromCtx;
    const first = await this.redis((c) => Promise.all([c.get(metaKey), knownTags.length ? c.hmGet(this.tagsKey, knownTags) : []]));
    let hit = known;
    if (first.ok) {
      const [remoteModified, tagTimes] = first.result;
      this.mergeTags(knownTags, tagTimes);
      if (remoteModified === null) {
        this.forget(key);
        return null;
      }
      if (!known || String(known.lastModified) !== remoteModified) {
        const blob = await this.redis((c) => c.withTypeMapping({ [RESP_BLOB]: Buffer }).get(this.key('e', key)));
        if (!blob.ok || !blob.result) return blob.ok ? null : known ? this.fresh(known.entry, knownTags) : null;
        const entry = decode(blob.result);
        if (!entry) return null;
        this.remember(key, entry.lastModified, entry, blob.result.length);
        hit = this.local.get(key) ?? { entry };
        const tags = [...tagsFromCtx, ...entryTags(entry)].filter((t) => !knownTags.includes(t));
        if (tags.length) {
          const more = await this.redis((c) => c.hmGet(this.tagsKey, tags));
          if (more.ok) this.mergeTags(tags, more.result);
        }
      } else {
        // Most recently used goes last.
        this.local.delete(key);
        this.local.set(key, known);
      }
    }
    if (!hit) return null;
    return this.fresh(hit.entry, [...tagsFromCtx, ...entryTags(hit.entry)]);
  }

  /** An entry one of whose tags expired after it was stored is a miss. */
  fresh(entry, tags) {
    // Next's own rule (tags-manifest.external.js areTagsExpired), on this store's manifest.
    const now = Date.now();
    for (const tag of tags) {
      const expired = this.manifest.get(tag)?.expired;
      if (typeof expired === 'number' && expired <= now && expired > entry.lastModified) return null;
    }
    return entry;
  }

  async set(key, value, cacheControl, revalidate) {
    const entry = { value, lastModified: Date.now(), cacheControl };
    const blob = serialize(entry);
    this.remember(key, entry.lastModified, entry, blob.length);
    const lifetime = cacheControl?.expire ?? (typeof revalidate === 'number' ? revalidate * 2 : undefined);
    const ttl = Math.max(60, Math.min(MAX_TTL_S, typeof lifetime === 'number' && lifetime > 0 ? Math.ceil(lifetime) : MAX_TTL_S));
    // The entry before its marker: a reader that sees the new marker finds the new entry.
    await this.redis((c) => c.multi().set(this.key('e', key), blob, { EX: ttl }).set(this.key('m', key), String(entry.lastModified), { EX: ttl }).exec());
  }

  async revalidateTag(tags, durations) {
    const now = Date.now();
    const fields = {};
    for (const tag of tags) {
      const update = { ...(this.manifest.get(tag) || {}) };
      // The same times Next's own cache records (file-system-cache.js revalidateTag).
      if (durations) {
        update.stale = now;
        if (durations.expire !== undefined) update.expired = now + durations.expire * 1000;
      } else update.expired = now;
      this.manifest.set(tag, update);
      fields[tag] = JSON.stringify(update);
    }
    if (tags.length === 0) return;
    const done = await this.redis((c) => c.hSet(this.tagsKey, fields));
    if (!done.ok) for (const [tag, v] of Object.entries(fields)) this.pendingTags.set(tag, v);
  }

  async replayTags() {
    if (this.pendingTags.size === 0) return;
    const fields = Object.fromEntries(this.pendingTags);
    this.pendingTags.clear();
    const done = await this.redis((c) => c.hSet(this.tagsKey, fields));
    if (!done.ok) for (const [tag, v] of Object.entries(fields)) if (!this.pendingTags.has(tag)) this.pendingTags.set(tag, v);
  }
}

// GET's reply type, mapped so that entries come back as Buffers.
const RESP_BLOB = RESP_TYPES.BLOB_STRING;

/** An entry written by another Node version or a damaged one is a miss, not an error. */
function decode(blob) {
  try {
    const entry = deserialize(blob);
    return entry && typeof entry.lastModified === 'number' ? entry : null;
  } catch {
    return null;
  }
}

function entryTags(entry) {
  const header = entry?.value?.headers?.[TAGS_HEADER];
  return typeof header === 'string' && header ? header.split(',') : [];
}

/**
 * This process's store: the one a test installed, or one made on first use from the
 * client lib/cache/redis-client.ts left on globalThis at start-up (that file is bundled
 * by Next and this one is not, so they meet on globalThis, not through an import).
 */
export function installedStore(maxBytes) {
  if (globalThis[STORE] === undefined && globalThis[CLIENT]) {
    const { client, namespace, build } = globalThis[CLIENT];
    globalThis[STORE] = new SharedCacheStore(client, { namespace, build, maxBytes: maxBytes || undefined });
  }
  return globalThis[STORE] ?? null;
}

/** Make `store` the one this process's handler uses (null: back to Next's in-memory cache). */
export function installStore(store) {
  globalThis[STORE] = store ?? undefined;
}

/**
 * Expire tags outside a request (the go-live timer, the settle-time repeat of a change):
 * Next's revalidateTag needs a request's store, this does what it ends in. With the shared
 * store the expiry is every instance's; without it, Next's own tag manifest, which its
 * in-memory cache checks on every read. `soft`: stale-while-revalidate, as revalidateTag(tag, 'max').
 * lib/cache/expire-now.ts reaches this through Node's own import of this file.
 */
export async function expireTags(hard, soft = []) {
  const store = installedStore();
  if (store) {
    await store.revalidateTag(hard);
    if (soft.length) await store.revalidateTag(soft, {});
    return;
  }
  // Next's own times (file-system-cache.js revalidateTag): expired now; soft: stale now.
  const now = Date.now();
  for (const tag of hard) tagsManifest.set(tag, { ...(tagsManifest.get(tag) || {}), expired: now });
  for (const tag of soft) tagsManifest.set(tag, { ...(tagsManifest.get(tag) || {}), stale: now });
}

/**
 * When `tag` was last expired (ms since the epoch; undefined: never), as every instance
 * sees it: with the shared store, read from Redis (one HMGET) and folded into this
 * process's manifest; without, Next's own manifest. For caches kept outside Next's
 * (lib/search/results-cache.ts), which must drop what a publish made stale.
 */
export async function tagExpiredAt(tag) {
  const store = installedStore();
  if (!store) return tagsManifest.get(tag)?.expired;
  const read = await store.redis((c) => c.hmGet(store.tagsKey, [tag]));
  if (read.ok) store.mergeTags([tag], read.result);
  return store.manifest.get(tag)?.expired;
}

export default class SharedCacheHandler {
  constructor(ctx) {
    this.ctx = ctx;
    this.memory = null;
  }

  /** Next's own in-memory cache, as used when no handler is configured (isrFlushToDisk is off). */
  fallback() {
    this.memory ??= new FileSystemCache(this.ctx);
    return this.memory;
  }

  async get(key, ctx) {
    const store = installedStore(this.ctx.maxMemoryCacheSize);
    if (!store) return this.fallback().get(key, ctx);
    const tags = ctx.kind === 'FETCH' ? [...(ctx.tags || []), ...(ctx.softTags || [])] : [];
    return store.get(key, tags);
  }

  async set(key, data, ctx) {
    const store = installedStore(this.ctx.maxMemoryCacheSize);
    if (!store) return this.fallback().set(key, data, ctx);
    return store.set(key, data, ctx.fetchCache ? undefined : ctx.cacheControl, data?.revalidate);
  }

  async revalidateTag(tags, durations) {
    const store = installedStore(this.ctx.maxMemoryCacheSize);
    if (!store) return this.fallback().revalidateTag(tags, durations);
    return store.revalidateTag(typeof tags === 'string' ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}
