/**
 * Content-Security-Policy, one description for the whole site (docs/auth.md says
 * what each part allows and why). Public pages are cached HTML shared by every
 * reader, so they cannot carry a per-request nonce: next.config.mjs sends
 * publicCsp as a static header. The editor area and the sign-in page are
 * rendered per request anyway and get a strict nonce policy from proxy.ts.
 */
export { publicCsp, strictCsp } from './csp-policy.mjs';

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
