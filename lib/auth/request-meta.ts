import { env } from '@/lib/env';
/**
 * Facts about the request that security decisions use: the client's address
 * (for sign-in throttling and the audit log) and whether a state-changing
 * request comes from our own pages (Origin check).
 *
 * Client address:
 * - TRUST_PROXY=1 (the portal runs behind a reverse proxy that sets
 *   X-Forwarded-For): the first address of X-Forwarded-For, else X-Real-IP.
 * - otherwise: X-Real-IP when present, else the socket address, which Next.js
 *   passes on as X-Forwarded-For when the client sent none. Next.js keeps a
 *   client-sent X-Forwarded-For as is, so without a proxy a client can choose
 *   its apparent address: the per-address limit is then best effort, and the
 *   per-account limit (which does not depend on the address) still holds.
 *   Production deployments sit behind a proxy and set TRUST_PROXY=1.
 */

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(h: HeaderSource, name: string): string | null {
  if (h instanceof Headers) return h.get(name);
  const v = h[name] ?? h[name.toLowerCase()];
  if (Array.isArray(v)) return v[0] ?? null;
  return v ?? null;
}

function clean(ip: string | null | undefined): string | null {
  const v = ip?.trim();
  if (!v) return null;
  // "::ffff:127.0.0.1" and "127.0.0.1" are the same client.
  const unmapped = v.startsWith('::ffff:') && v.includes('.') ? v.slice(7) : v;
  return unmapped.slice(0, 100);
}

export function trustProxy(): boolean {
  return env().TRUST_PROXY;
}

export function clientIp(h: HeaderSource): string | null {
  const xff = header(h, 'x-forwarded-for');
  const hops = xff ? xff.split(',').map((s) => s.trim()).filter(Boolean) : [];
  if (trustProxy()) return clean(hops[0] ?? header(h, 'x-real-ip'));
  return clean(header(h, 'x-real-ip') ?? hops.at(-1));
}

/** The origins this site answers on: SITE_URL, NEXTAUTH_URL and the request's own Host. */
function allowedOrigins(h: HeaderSource, requestUrl?: string): Set<string> {
  const out = new Set<string>();
  for (const raw of [env().SITE_URL, env().NEXTAUTH_URL, requestUrl]) {
    if (!raw) continue;
    try {
      out.add(new URL(raw).origin);
    } catch {
      // not a URL: ignore
    }
  }
  const host = header(h, 'host');
  if (host) {
    const proto = trustProxy() ? (header(h, 'x-forwarded-proto') ?? 'http') : 'http';
    out.add(`${proto}://${host}`);
    out.add(`https://${host}`);
  }
  return out;
}

/**
 * For route handlers that change state: the request's Origin (or, when a
 * browser sends none, its Referer) must be this site. A request with neither
 * is refused: every browser sends Origin on a cross-site POST, and our own
 * forms and fetches send it too.
 */
export function isSameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin');
  const source = origin && origin !== 'null' ? origin : req.headers.get('referer');
  if (!source) return false;
  let o: string;
  try {
    o = new URL(source).origin;
  } catch {
    return false;
  }
  return allowedOrigins(req.headers, req.url).has(o);
}
