import { authPaths } from '@/lib/config/site';
import { env } from '@/lib/env';
import { goneHtml } from '@/lib/http/gone-page';
import { badEncodingResponse, hasBadEncoding } from '@/lib/http/bad-encoding';
import { newNonce, publicCsp, strictCsp } from '@/lib/http/csp';
import { getToken } from 'next-auth/jwt';
import { type NextRequest, NextResponse } from 'next/server';

/**
 * First gate only, on the paths config.matcher names. It refuses malformed
 * percent-encoding (Next would answer 500), answers 410 for a taken-down
 * article, and sets the editor's nonce Content-Security-Policy (lib/http/csp.ts;
 * the public one is a static header in next.config.mjs). A
 * signed-out visitor of /editor/** is sent to sign in before any page code
 * runs; the real checks are in every page, route handler and server action
 * (lib/auth/session.ts), which do not trust anything this function does. It
 * also passes the requested path on to the pages (x-bantin-pathname,
 * overwriting any value a client sent) so the sign-in page can bring the
 * person back.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (hasBadEncoding(pathname)) return badEncodingResponse(pathname);
  if (pathname.startsWith('/bai/')) {
    // A taken-down article: 410, not the 404 page (lib/articles/gone.ts, a memoised set of slugs).
    const { articleSlugOfPath, isTakenDown } = await import('@/lib/articles/gone');
    const slug = articleSlugOfPath(pathname);
    if (slug && (await isTakenDown(slug))) return goneResponse(request);
  }
  // Public paths carry the static public policy from next.config.mjs.
  if (!isEditorPath(pathname) && pathname !== authPaths.signIn) return NextResponse.next();

  const csp = strictCsp(newNonce(), process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  const path = `${pathname}${search}`;
  headers.set('x-bantin-pathname', path);

  if (isEditorPath(pathname) && !(await hasToken(request))) {
    const url = request.nextUrl.clone();
    url.pathname = authPaths.signIn;
    url.search = `?callbackUrl=${encodeURIComponent(path)}`;
    return NextResponse.redirect(url);
  }
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('Content-Security-Policy', csp);
  return res;
}

/**
 * A taken-down article: 410 with the Vietnamese notice (lib/http/gone-page.ts),
 * from a memoised set of slugs (lib/articles/gone.ts), not the 404 page.
 */
function goneResponse(request: NextRequest): NextResponse {
  return new NextResponse(request.method === 'HEAD' ? null : goneHtml(), {
    status: 410,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': publicCsp,
      // Like every public page (next.config.mjs): a proxy in front sees a republish within a second.
      'Cache-Control': 'public, max-age=0, s-maxage=1',
    },
  });
}

async function hasToken(request: NextRequest): Promise<boolean> {
  try {
    // The cookie is __Secure-… when next-auth serves over https (see next-auth's init).
    const authUrl = env().NEXTAUTH_URL;
    const secureCookie = authUrl ? authUrl.startsWith('https://') : request.headers.get('x-forwarded-proto') === 'https';
    const token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET, secureCookie });
    return !!token?.uid;
  } catch {
    return false;
  }
}

const isEditorPath = (p: string) => p === '/editor' || p.startsWith('/editor/');

export const config = {
  // Only the paths that need this function: Next's middleware hop costs ~0.4 ms of CPU per request
  // (bench/README.md), so home, section, tag and author pages run without it. Any path with a
  // `%` comes here (Next tests the raw pathname too), so malformed encoding is refused, not a 500;
  // articles for the 410 of a taken-down one (a page cannot answer 410).
  matcher: ['/editor', '/editor/:path*', '/dang-nhap', '/bai/:path*', '/:path(.*%.*)'],
};
