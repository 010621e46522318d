/**
 * Content-Security-Policy, one description for the whole site (docs/auth.md says
 * what each part allows and why). Public pages are cached HTML shared by every
 * reader, so they cannot carry a per-request nonce: they allow only this origin's
 * scripts plus inline ones (Next's flight data). The editor area and the sign-in
 * page are rendered per request anyway and get a strict nonce policy.
 */
import { VIDEO_FRAME_ORIGINS } from '@/lib/mdx/video-url';

const common = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // React and Tailwind set style attributes; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  // <Video> embeds, only after the reader clicks (lib/mdx/video-url.ts): no other site may be framed.
  `frame-src ${VIDEO_FRAME_ORIGINS.join(' ')}`,
];

export const publicCsp = [...common, "script-src 'self' 'unsafe-inline'"].join('; ');

/** Next reads the nonce from this policy on the request and puts it on every script it renders. */
export function strictCsp(nonce: string, dev = false): string {
  return [...common, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`].join('; ');
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
