import http from 'node:http';
import https from 'node:https';
import { paths as sitePaths } from '@/lib/config/site';
import { siteUrl } from '@/lib/config/site-url';
import { env } from '@/lib/env';
import { cacheTags } from './tags';
import { expireTagsNow } from './expire-now';

/**
 * Refresh on publish through the shipped proxy (deploy/nginx.conf, docs/deploy.md "Publishing"):
 * once a change's tags are expired, ask each proxy for the pages they name with the refresh header.
 * The proxy fetches those from Next at once and stores them in place of its copy, so readers see
 * a publish as soon as it is rendered rather than after the micro-cache's second and a background
 * update (issue 12, goals 1 and 3). Without PROXY_REFRESH_URL this does nothing.
 */

export const REFRESH_HEADER = 'x-bantin-refresh';

/** The public addresses a set of cache tags stands for; the rest wait out the proxy's 1 s. */
export function pathsForTags(tags: readonly string[]): string[] {
  const paths = new Set<string>();
  const one = (prefix: string, slug: string) => `${prefix}/${encodeURIComponent(slug)}`;
  for (const tag of tags) {
    if (tag === cacheTags.listings) ['/', sitePaths.feed(), sitePaths.sitemap(), '/news-sitemap.xml'].forEach((p) => paths.add(p));
    else if (tag === cacheTags.frontpage || tag === cacheTags.breaking) paths.add('/');
    const at = tag.indexOf(':');
    if (at < 0) continue;
    const [kind, slug] = [tag.slice(0, at), tag.slice(at + 1)];
    if (!slug) continue;
    if (kind === 'article') paths.add(one('/bai', slug));
    else if (kind === 'section') [one('/chuyen-muc', slug), `${one('/chuyen-muc', slug)}/rss.xml`].forEach((p) => paths.add(p));
    else if (kind === 'tag') paths.add(one('/the', slug));
    else if (kind === 'author') paths.add(one('/tac-gia', slug));
  }
  return [...paths];
}

type Outcome = { proxy: string; path: string; status: number | null };
const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 8 }), https: new https.Agent({ keepAlive: true, maxSockets: 8 }) };
const lastComplaint = new Map<string, number>();

function complain(proxy: string, message: string) {
  // One line a minute per proxy: a proxy that is down must not flood the log on every save.
  const now = Date.now();
  if (now - (lastComplaint.get(proxy) ?? 0) < 60_000) return;
  lastComplaint.set(proxy, now);
  console.error(`[bản tin] proxy refresh: ${proxy}: ${message}`);
}

function fetchThrough(proxy: URL, host: string, path: string, secret: string): Promise<Outcome> {
  const lib = proxy.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = lib.request(
      { protocol: proxy.protocol, hostname: proxy.hostname, port: proxy.port, path, method: 'GET', agent: proxy.protocol === 'https:' ? agents.https : agents.http, timeout: 15_000, headers: { host, [REFRESH_HEADER]: secret } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ proxy: proxy.origin, path, status: res.statusCode ?? null }));
        res.on('error', () => resolve({ proxy: proxy.origin, path, status: null }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out after 15 s')));
    req.on('error', (e) => {
      complain(proxy.origin, e.message);
      resolve({ proxy: proxy.origin, path, status: null });
    });
    req.end();
  });
}

/** The configured proxies, or none. A URL without the secret is a configuration mistake, said once. */
function configured(): { proxies: URL[]; secret: string } | null {
  const { PROXY_REFRESH_URL, PROXY_REFRESH_SECRET } = env();
  if (!PROXY_REFRESH_URL) return null;
  if (!PROXY_REFRESH_SECRET) {
    complain('config', 'PROXY_REFRESH_URL is set without PROXY_REFRESH_SECRET; nothing is refreshed');
    return null;
  }
  return { proxies: PROXY_REFRESH_URL.split(',').map((u) => new URL(u.trim())), secret: PROXY_REFRESH_SECRET };
}

/**
 * Ask every proxy for `paths` now. The Host is the site's (SITE_URL), the one readers' requests
 * carry, so the refreshed copy is the one under their cache key. Resolves when all have answered.
 */
export async function refreshProxies(paths: readonly string[]): Promise<Outcome[]> {
  const config = configured();
  if (!config || paths.length === 0) return [];
  const host = new URL(siteUrl()).host;
  return Promise.all(config.proxies.flatMap((proxy) => paths.map((p) => fetchThrough(proxy, host, p, config.secret))));
}

/**
 * After a change: expire `tags` through the cache handler (what updateTag/revalidateTag will also
 * do, but now, so the proxy's request cannot reach Next before the expiry), then refresh their
 * pages on every proxy. Fire and forget; the micro-cache is the fallback if any of it fails.
 */
export function refreshAfterChange(tags: readonly string[]): void {
  // Tags that name no proxied page (a live coverage's) need neither the early expiry nor a refresh.
  const paths = pathsForTags(tags);
  if (!configured() || paths.length === 0) return;
  void expireTagsNow([...tags])
    .then(() => refreshProxies(paths))
    .catch((e: Error) => complain('expiry', e.message));
}
