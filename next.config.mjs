import { fileURLToPath } from 'node:url';
import { publicCsp } from './lib/http/csp-policy.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // No ETag: Next hashed the whole HTML on every request (16% of a warm article's CPU in
  // issue 12's profile); a reverse proxy's cache, not Next, should answer conditional requests.
  generateEtags: false,
  // Native modules stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', 'sharp', 'exifr', '@redis/client'],
  // With REDIS_URL one cache shared by every instance (docs/deploy-cache.md); without, Next's own
  // in-memory cache, named by nobody: a configured handler is imported and built anew on every
  // request (next-server.js getIncrementalCache), part of a cached page's cost (issue 12 goal 2).
  // next.config is evaluated again by `next start`, so this is read at run time.
  cacheHandler: process.env.REDIS_URL?.trim() ? fileURLToPath(new URL('./lib/cache/shared-cache-handler.mjs', import.meta.url)) : undefined,
  // The ceiling of that in-process cache (Next's default, written down): an LRU of about 50 M
  // characters of HTML and RSC bytes, so a crawl of 100,000 articles cannot grow it (bench/resources.mts).
  cacheMaxMemorySize: 50 * 1024 * 1024,
  // Cached pages and data live in memory only: a restart, or the same build
  // started on another DATA_DIR, never serves pages of another database.
  // authInterrupts: forbidden() answers 403 in the editor area (see lib/auth/session.ts).
  experimental: { isrFlushToDisk: false, authInterrupts: true },
  // The home page is served from a dynamic segment so that `next build`
  // prerenders nothing from the build machine's database (docs/architecture.md, "Caching").
  async rewrites() {
    return { beforeFiles: [{ source: '/', destination: '/trang-chu/moi-nhat' }] };
  },
  async headers() {
    const security = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    ];
    // Public pages: a shared cache (the shipped nginx micro-cache, a CDN) keeps them 1 s, browsers
    // revalidate. Next's own s-maxage (the ISR lifetime, 180–300 s) and its year-long
    // stale-while-revalidate let a proxy serve an old home page long after a publish
    // (issue 12); Next keeps its header only when none is set (docs/deploy.md, "Cache-Control").
    const publicCache = [{ key: 'Cache-Control', value: 'public, max-age=0, s-maxage=1' }];
    const publicPages = ['/', '/bai/:path*', '/chuyen-muc/:path*', '/the/:path*', '/tac-gia/:path*', '/trang-chu/:path*', '/tim-kiem'];
    // The public Content-Security-Policy is a constant, so it is a static header here rather than
    // middleware work on every page; the editor area and sign-in get a nonce policy from proxy.ts.
    const csp = [{ key: 'Content-Security-Policy', value: publicCsp }];
    // An unnamed group, not `/:path(…)`: with a named parameter Next runs every header value that has
    // a colon through path-to-regexp on every request (resolve-routes.js, compileNonPath), the CSP among them.
    const notEditorOrSignIn = '/((?!editor(?:/|$)|dang-nhap(?:/|$)).*)';
    return [
      { source: '/:path*', headers: security },
      { source: notEditorOrSignIn, headers: csp },
      ...publicPages.map((source) => ({ source, headers: publicCache })),
    ];
  },
};

export default nextConfig;
