/**
 * A renamed section's old addresses answer 301 (the page itself can only say
 * 308): the proxy looks the path up here. Only /chuyen-muc/<slug>, its
 * /trang/N and its rss.xml move; anything else under it is left to the pages.
 */
const SECTION_PATH = /^\/chuyen-muc\/([a-z0-9]+(?:-[a-z0-9]+)*)(\/trang\/[1-9]\d{0,5}|\/rss\.xml)?\/?$/;

/** The slug a path names, when it is one of a section's addresses. */
export function sectionSlugOfPath(pathname: string): string | null {
  return SECTION_PATH.exec(pathname)?.[1] ?? null;
}

/** The new address of a path under a renamed section, or null. */
export function redirectedPath(pathname: string, redirects: ReadonlyMap<string, string>): string | null {
  const m = SECTION_PATH.exec(pathname);
  if (!m) return null;
  const to = redirects.get(m[1]!);
  return to ? `/chuyen-muc/${to}${m[2] ?? ''}` : null;
}
