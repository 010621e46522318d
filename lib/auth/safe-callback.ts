import { authPaths } from '@/lib/config/site';

// Any origin works: only "is it still this origin?" matters, never its name.
const BASE = 'http://bantin.invalid';

/**
 * A callbackUrl is followed only when it is a path of this site (issue 10,
 * holes 2 and 3). It is decided the way a browser would read it: any control
 * or odd whitespace (raw or percent-encoded, %09 %0A %0D %00, full-width dots
 * %E3%80%82…) or a backslash refuses it outright, then the WHATWG URL parser
 * resolves it against a fixed origin and the result must keep that origin.
 * What comes back is the parser's own serialisation, so it is always a valid
 * Location header value (never ERR_INVALID_CHAR, never a 500).
 */
export function safeCallbackPath(raw: string | string[] | null | undefined): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  if (!v || v.length > 2000 || !v.startsWith('/')) return authPaths.editor;
  let decoded = v;
  try {
    // Browsers decode once; decode twice so a doubly-encoded trick is seen too.
    decoded = decodeURIComponent(decodeURIComponent(v));
  } catch {
    return authPaths.editor;
  }
  for (const s of [v, decoded]) {
    if (/[\u0000-\u001f\u007f-\u009f\\\s\u3002\uff0e\uff61\u2024\ufe52]/u.test(s)) return authPaths.editor;
    if (s.startsWith('//')) return authPaths.editor;
  }
  let url: URL;
  try {
    url = new URL(v, BASE);
  } catch {
    return authPaths.editor;
  }
  if (url.origin !== BASE) return authPaths.editor;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith('//') || path.startsWith(authPaths.signIn) || path.startsWith('/api/auth')) return authPaths.editor;
  return path;
}
