/**
 * Responses of the public JSON API (app/api/v1): CORS open for GET, shared
 * cache headers, errors as JSON in Vietnamese with a proper status. A failure
 * never shows a stack trace.
 */

/** Browsers keep a minute; shared caches (CDN, proxy) five, then serve stale while refreshing. */
export const API_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept',
  'Access-Control-Max-Age': '86400',
};

export function apiJson(data: unknown, status = 200): Response {
  return Response.json(data, {
    status,
    headers: { ...CORS_HEADERS, 'Cache-Control': API_CACHE_CONTROL, 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export type ApiErrorCode = 'bad_request' | 'not_found' | 'gone' | 'server_error';

export function apiError(status: number, code: ApiErrorCode, message: string, details?: Record<string, string>): Response {
  return Response.json(
    { error: { code, message, ...(details && Object.keys(details).length ? { details } : {}) } },
    { status, headers: { ...CORS_HEADERS, 'Cache-Control': status === 404 || status === 410 ? 'public, max-age=60' : 'no-store', 'Content-Type': 'application/json; charset=utf-8' } },
  );
}

/** Answer to a CORS preflight. */
export function apiOptions(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** Run a handler; anything unexpected becomes a 500 in Vietnamese, logged on the server. */
export async function apiHandle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    console.error('[bản tin] API error:', error);
    return apiError(500, 'server_error', 'Máy chủ gặp lỗi, xin thử lại sau.');
  }
}

/** The first bad parameter's message as the summary, every one in details. */
export function badParams(errors: Record<string, string | undefined>): Response {
  const details = Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1])));
  const first = Object.entries(details)[0];
  return apiError(400, 'bad_request', first ? `Tham số "${first[0]}" không hợp lệ: ${first[1]}` : 'Tham số không hợp lệ.', details);
}
