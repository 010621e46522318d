import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Expiring cache tags where Next's revalidateTag cannot (it needs a request): the go-live
 * timer (lib/articles/go-live.ts) and the repeat of a change's expiry once renders in flight
 * are over. Both go through the cache handler itself, loaded the way Next loads it (Node's
 * own import of the same file, not a bundled copy), so its state is the one pages are read
 * from: with REDIS_URL the shared tag times, every instance's at once; without, this
 * process's.
 */
type Handler = { expireTags(hard: string[], soft?: string[]): Promise<void>; tagExpiredAt(tag: string): Promise<number | undefined> };
let handler: Promise<Handler> | undefined;

function loadHandler(): Promise<Handler> {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'cache', 'shared-cache-handler.mjs');
  handler ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(file).href) as Promise<Handler>).catch((error: Error) => {
    // Tried again next time rather than failing every expiry for the life of the process.
    handler = undefined;
    throw error;
  });
  return handler;
}

/** Expire `hard` at once and mark `soft` stale (refreshed in the background). */
export async function expireTagsNow(hard: string[], soft: string[] = []): Promise<void> {
  if (hard.length === 0 && soft.length === 0) return;
  await (await loadHandler()).expireTags(hard, soft);
}

/** When `tag` was last expired, as every instance sees it (the shared store's time, else this process's). */
export async function tagExpiredAt(tag: string): Promise<number | undefined> {
  return (await loadHandler()).tagExpiredAt(tag);
}

/**
 * A render that started before a change and finished after its expiry stores the old page
 * with a newer time. Expiring the same tags again once such a render is over (this long
 * after the change) drops it.
 */
export const CHANGE_SETTLE_MS = 3_000;

export function expireAgainAfterSettle(hard: string[], soft: string[] = [], log: (...a: unknown[]) => void = console.error): void {
  if (hard.length === 0 && soft.length === 0) return;
  setTimeout(() => void expireTagsNow(hard, soft).catch((e: Error) => log('[bản tin] cache: expiring again failed:', e.message)), CHANGE_SETTLE_MS).unref?.();
}
