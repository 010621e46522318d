/**
 * Device cookies (OWASP's answer to lockout attacks): after a correct sign-in the
 * browser gets a signed cookie naming the account. A later sign-in bringing a
 * valid one for the same account is counted on its own (per device), so a
 * stranger's wrong guesses, which lock the account for unknown clients, do not
 * lock its owner out of a browser they have signed in from before.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

export const DEVICE_COOKIE = 'bantin_device';
/** A year: the owner's laptop and phone stay trusted across the 30-day sessions. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

function sign(payload: string): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set');
  return createHmac('sha256', `device-cookie:${secret}`).update(payload).digest('base64url');
}

/** A fresh cookie value for this account: email.nonce.signature. */
export function issueDeviceCookie(email: string): string {
  const payload = `${b64(email.trim().toLowerCase())}.${randomBytes(16).toString('base64url')}`;
  return `${payload}.${sign(payload)}`;
}

/** The device's id when the value is a genuine cookie issued for this email, else null. */
export function verifyDeviceCookie(value: string | null | undefined, email: string): string | null {
  if (!value || value.length > 400) return null;
  const parts = value.split('.');
  if (parts.length !== 3) return null;
  const [who, nonce, mac] = parts as [string, string, string];
  let expected: Buffer;
  try {
    expected = Buffer.from(sign(`${who}.${nonce}`));
  } catch {
    return null;
  }
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return who === b64(email.trim().toLowerCase()) ? nonce : null;
}

/** The device cookie's value in a Cookie header. */
export function deviceCookieFrom(cookieHeader: string | null | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === DEVICE_COOKIE) return rest.join('=') || null;
  }
  return null;
}

/** The Set-Cookie header that gives a browser its device cookie. */
export function deviceCookieHeader(value: string, secure: boolean): string {
  return `${DEVICE_COOKIE}=${value}; Path=/api/auth; Max-Age=${DEVICE_COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
