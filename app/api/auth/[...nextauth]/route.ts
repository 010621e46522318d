import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/auth-options';
import { env } from '@/lib/env';
import { clientIp } from '@/lib/auth/request-meta';
import { signInEmail, throttleSubjectOf } from '@/lib/auth/credentials';
import { deviceCookieFrom, deviceCookieHeader, issueDeviceCookie } from '@/lib/auth/device-cookie';
import { checkThrottle, retryAfterSeconds, throttleMessage } from '@/lib/auth/login-throttle';

/**
 * next-auth's handler, with sign-in throttling in front of the credentials
 * callback: a locked account or address gets HTTP 429 with a Vietnamese
 * message saying when to retry (and Retry-After), before any password is
 * checked; a failure that just reached the limit is answered 429 too, so the
 * person learns of the lock at once. A correct sign-in also gives the browser
 * its device cookie (lib/auth/device-cookie.ts), so a stranger's lock does not
 * keep the owner out of it later. The sign-in form
 * (app/(auth)/dang-nhap/sign-in-form.tsx) shows the message.
 */
const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

function throttled(retryAt: string): Response {
  return Response.json(
    { error: 'Throttled', message: throttleMessage(retryAt), retryAt },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds(retryAt)), 'Cache-Control': 'no-store' } },
  );
}

async function credentialsCallback(req: NextRequest, ctx: Ctx): Promise<Response> {
  let email = '';
  try {
    const form = await req.clone().formData();
    email = String(form.get('email') ?? '');
  } catch {
    // Not a form: next-auth will refuse it.
  }
  email = signInEmail({ email });
  const subject = throttleSubjectOf(email, clientIp(req.headers), deviceCookieFrom(req.headers.get('cookie')));
  const before = await checkThrottle(subject);
  if (before.locked) return throttled(before.retryAt);

  const res: Response = await handler(req, ctx);
  if (res.status === 401) {
    const after = await checkThrottle(subject);
    if (after.locked) return throttled(after.retryAt);
  }
  if (signedIn(res) && email) {
    const secure = (env().NEXTAUTH_URL ?? '').startsWith('https://') || req.headers.get('x-forwarded-proto') === 'https';
    res.headers.append('Set-Cookie', deviceCookieHeader(issueDeviceCookie(email), secure));
  }
  return res;
}

/** next-auth answered with a fresh session cookie: the sign-in succeeded. */
const signedIn = (res: Response) => res.headers.getSetCookie().some((c) => /next-auth\.session-token=[^;]/.test(c));

export async function GET(req: NextRequest, ctx: Ctx): Promise<Response> {
  return handler(req, ctx);
}

export async function POST(req: NextRequest, ctx: Ctx): Promise<Response> {
  const { nextauth } = await ctx.params;
  if (nextauth?.[0] === 'callback' && nextauth[1] === 'credentials') return credentialsCallback(req, ctx);
  return handler(req, ctx);
}
