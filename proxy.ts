import { authPaths } from '@/lib/config/site';
import { env } from '@/lib/env';
import { getToken } from 'next-auth/jwt';
import { type NextRequest, NextResponse } from 'next/server';

/**
 * First gate only. A signed-out visitor of /editor/** is sent to sign in
 * before any page code runs; the real checks are in every page, route
 * handler and server action (lib/auth/session.ts), which do not trust
 * anything this function does. It also passes the requested path on to the
 * pages (x-bantin-pathname, overwriting any value a client sent) so the
 * sign-in page can bring the person back.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const path = `${pathname}${search}`;

  let token = null;
  try {
    // The cookie is __Secure-… when next-auth serves over https (see next-auth's init).
    const authUrl = env().NEXTAUTH_URL;
    const secureCookie = authUrl ? authUrl.startsWith('https://') : request.headers.get('x-forwarded-proto') === 'https';
    token = await getToken({ req: request, secret: env().NEXTAUTH_SECRET, secureCookie });
  } catch {
    token = null;
  }
  if (!token?.uid) {
    const url = request.nextUrl.clone();
    url.pathname = authPaths.signIn;
    url.search = `?callbackUrl=${encodeURIComponent(path)}`;
    return NextResponse.redirect(url);
  }

  const headers = new Headers(request.headers);
  headers.set('x-bantin-pathname', path);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/editor', '/editor/:path*'],
};
