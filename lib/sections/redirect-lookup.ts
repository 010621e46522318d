/**
 * The redirects table as the proxy reads it: one small query at most every
 * MEMO_MS per process, so section pages do not each pay a database read. A
 * rename is seen by every instance within MEMO_MS; until then the page itself
 * answers 308 to the same place (app/(site)/chuyen-muc/[section]/section-page.tsx).
 */
import { db } from '@/lib/db';
import { queryRedirects } from './queries';
import { redirectedPath, sectionSlugOfPath } from './redirect-path';

const MEMO_MS = 2000;
const memo = globalThis as unknown as { __bantinSectionRedirects?: { at: number; map: Promise<Map<string, string>> } };

function redirects(): Promise<Map<string, string>> {
  const now = Date.now();
  const m = memo.__bantinSectionRedirects;
  if (m && now - m.at < MEMO_MS) return m.map;
  const map = db().then(queryRedirects);
  // A failed read is not kept: the next request tries again.
  map.catch(() => {
    if (memo.__bantinSectionRedirects?.map === map) memo.__bantinSectionRedirects = undefined;
  });
  memo.__bantinSectionRedirects = { at: now, map };
  return map;
}

/** Forget the memo (a rename on this instance is then seen at once). */
export function forgetSectionRedirects(): void {
  memo.__bantinSectionRedirects = undefined;
}

/** The 301 target of a section address whose slug was renamed, or null. */
export async function sectionRedirectFor(pathname: string): Promise<string | null> {
  if (!sectionSlugOfPath(pathname)) return null;
  try {
    return redirectedPath(pathname, await redirects());
  } catch {
    return null;
  }
}
