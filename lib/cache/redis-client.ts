import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '@redis/client';
import { env } from '@/lib/env';
import { dataDir, dialectName } from '@/lib/db';

/**
 * With REDIS_URL set, one kept Redis client per process for the shared page and data
 * cache (lib/cache/shared-cache-handler.mjs, docs/deploy-cache.md). Called from
 * instrumentation.ts before the server answers; without REDIS_URL it does nothing and
 * the cache stays in-process.
 */
const CLIENT = Symbol.for('bantin.sharedCacheClient');
type SharedClient = { client: unknown; namespace: string; build: string };
type Holder = { [CLIENT]?: SharedClient };

/** Instances share entries only when they serve the same database (a second site on the same Redis keeps its own). */
export function cacheNamespace(): string {
  const identity = dialectName() === 'postgres' ? `pg:${env().DATABASE_URL}` : `sqlite:${dataDir()}`;
  return `bantin:${createHash('sha256').update(identity).digest('hex').slice(0, 12)}`;
}

function buildId(): string {
  try {
    return fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'dev';
  }
}

export function startSharedCache(log: (...args: unknown[]) => void = console.log): boolean {
  const url = env().REDIS_URL;
  const holder = globalThis as Holder;
  if (!url || holder[CLIENT]) return Boolean(holder[CLIENT]);
  const client = createClient({
    url,
    // A slow or absent Redis must not hold a page: commands fail fast and the handler serves from memory.
    disableOfflineQueue: true,
    commandOptions: { timeout: 500 },
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
  });
  // Errors are reported once per outage by the handler; node-redis would otherwise throw on 'error'.
  client.on('error', () => {});
  client.connect().catch((error: Error) => log('[bản tin] shared cache: first connection to Redis failed, retrying:', error.message));
  holder[CLIENT] = { client, namespace: cacheNamespace(), build: buildId() };
  log(`[bản tin] shared cache: Redis (${new URL(url).host})`);
  return true;
}
