import { env } from '@/lib/env';
/**
 * Facts about the request that security decisions use: the client's address
 * (for sign-in throttling and the audit log) and whether a state-changing
 * request comes from our own pages (Origin check).
 *
 * Client address (issue 10, hole 5): no header a client can set may choose it.
 * - TRUST_PROXY=1 (behind the shipped reverse proxy, which appends the peer
 *   address to X-Forwarded-For): only the LAST hop, the one that proxy added;
 *   earlier hops and X-Real-IP came from the client and are ignored.
 * - otherwise: null. Next.js keeps a client-sent X-Forwarded-For as is and
 *   gives route handlers no socket address, so no header is believed; the
 *   per-account limit (independent of the address) still holds.
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

/** The last X-Forwarded-For hop: the one the nearest proxy (or Next itself) appended. */
function lastHop(h: HeaderSource): string | undefined {
  return (header(h, 'x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean).at(-1);
}

export function clientIp(h: HeaderSource): string | null {
  return trustProxy() ? clean(lastHop(h)) : null;
}

/**
 * An address good enough to tell readers apart when counting views: the trusted one when
 * there is one, else what the headers claim. Spoofing it only lets a reader count twice,
 * so unlike sign-in throttling it may believe the client.
 */
export function viewerAddress(h: HeaderSource): string {
  return clientIp(h) ?? clean(header(h, 'x-real-ip') ?? lastHop(h)) ?? '';
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
