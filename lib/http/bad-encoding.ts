import { apiError } from '@/lib/api/respond';

/**
 * Malformed percent-encoding (`/bai/%E0%A4%A`, `/the/%C0%AF`, `/%`) makes Next's
 * router throw URIError while decoding route parameters, before any portal code
 * runs, and it answers 500. The proxy sees the raw path first and refuses it here.
 */
export function hasBadEncoding(pathname: string): boolean {
  if (!pathname.includes('%')) return false;
  for (const segment of pathname.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Địa chỉ không hợp lệ</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>Địa chỉ không hợp lệ</h1><p>Đường dẫn này có ký tự mã hoá sai nên không mở được. Hãy kiểm tra lại địa chỉ, hoặc <a href="/">về trang chủ</a>.</p></body></html>`;

/** 400: the API's JSON error shape under /api/, a small Vietnamese page elsewhere. */
export function badEncodingResponse(pathname: string): Response {
  if (pathname.startsWith('/api/')) return apiError(400, 'bad_request', 'Địa chỉ có ký tự mã hoá sai (percent-encoding).');
  return new Response(page, { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
