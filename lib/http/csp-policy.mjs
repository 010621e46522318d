/**
 * The policy strings themselves, in plain JavaScript so that next.config.mjs can
 * send the public one as a static header (no middleware on public pages) and
 * lib/http/csp.ts the same text to proxy.ts. docs/auth.md says what each part allows.
 */

/** The frame hosts a <Video> embed loads from (lib/mdx/video-url.ts): no other site may be framed. */
export const VIDEO_FRAME_ORIGINS = ['https://www.youtube-nocookie.com', 'https://www.facebook.com'];

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
  // <Video> embeds, only after the reader clicks.
  `frame-src ${VIDEO_FRAME_ORIGINS.join(' ')}`,
];

/** Cached HTML shared by every reader cannot carry a nonce: this origin's scripts plus inline ones (Next's flight data). */
export const publicCsp = [...common, "script-src 'self' 'unsafe-inline'"].join('; ');

/** Next reads the nonce from this policy on the request and puts it on every script it renders. */
export function strictCsp(nonce, dev = false) {
  return [...common, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`].join('; ');
}
