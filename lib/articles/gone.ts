/**
 * Taken-down articles answer 410 Gone, not 404 (issue 11). The proxy asks on
 * every /bai/<slug> request, so the answer is one small query at most every
 * MEMO_MS per process, kept as a set of slugs, never a read per request.
 */
import { db, type Db } from '@/lib/db';

const MEMO_MS = 2000;
const memo = globalThis as unknown as { __bantinGoneSlugs?: { at: number; set: Promise<Set<string>> } };

/**
 * Slugs of articles readers once saw and an editor took down. A scheduled
 * article taken down before its time was never public (no first publication
 * time, lib/articles/workflow.ts): its address is simply unknown, 404.
 */
export async function queryTakenDownSlugs(database: Db): Promise<Set<string>> {
  const rows = await database.selectFrom('articles').select('slug').where('status', '=', 'unpublished').where('first_published_at', 'is not', null).execute();
  return new Set(rows.map((r) => r.slug));
}

function goneSlugs(): Promise<Set<string>> {
  const now = Date.now();
  const m = memo.__bantinGoneSlugs;
  if (m && now - m.at < MEMO_MS) return m.set;
  const set = db().then(queryTakenDownSlugs);
  // A failed read is not kept: the next request tries again.
  set.catch(() => {
    if (memo.__bantinGoneSlugs?.set === set) memo.__bantinGoneSlugs = undefined;
  });
  memo.__bantinGoneSlugs = { at: now, set };
  return set;
}

/** Forget the memo, so a takedown (or a republish) on this instance counts on the next request. */
export function forgetTakenDown(): void {
  memo.__bantinGoneSlugs = undefined;
}

/** Was this slug taken down? A failed read answers false: the page then says 404, never 500. */
export async function isTakenDown(slug: string): Promise<boolean> {
  try {
    return (await goneSlugs()).has(slug);
  } catch {
    return false;
  }
}

/** The article slug of a public article address (/bai/<slug>), or null. */
export function articleSlugOfPath(pathname: string): string | null {
  const m = /^\/bai\/([^/]+)\/?$/.exec(pathname);
  return m ? m[1]! : null;
}
