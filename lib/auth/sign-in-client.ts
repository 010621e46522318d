/**
 * The browser side of signing in, speaking next-auth v4's credentials
 * protocol directly (csrf token, then POST /api/auth/callback/credentials
 * with json=true). next-auth/react's signIn() cannot read our 429 answer
 * (it expects a `url` in every reply), so the form uses this instead.
 */
export type SignInResult = { ok: true; url: string } | { ok: false; message: string; status: number; needsCode?: boolean };

export const SIGN_IN_INVALID = 'Email hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa. Hãy kiểm tra lại.';
export const SIGN_IN_UNAVAILABLE = 'Chưa đăng nhập được lúc này. Hãy thử lại sau ít phút.';
export const CODE_REQUIRED = 'Tài khoản này bật xác thực hai bước: hãy nhập mã 6 chữ số trong ứng dụng xác thực (hoặc một mã khôi phục).';
export const CODE_INVALID = 'Mã xác thực không đúng hoặc đã dùng. Hãy nhập mã mới đang hiện trong ứng dụng.';

export async function signInWithPassword(input: { email: string; password: string; code?: string; callbackUrl: string }): Promise<SignInResult> {
  try {
    const csrf = await fetch('/api/auth/csrf', { cache: 'no-store' });
    if (!csrf.ok) return { ok: false, status: csrf.status, message: SIGN_IN_UNAVAILABLE };
    const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
    const res = await fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: input.email, password: input.password, code: input.code ?? '', csrfToken: csrfToken ?? '', callbackUrl: input.callbackUrl, json: 'true' }),
      cache: 'no-store',
    });
    const data = (await res.json().catch(() => ({}))) as { url?: string; message?: string };
    if (res.status === 429) return { ok: false, status: 429, message: data.message ?? SIGN_IN_UNAVAILABLE };
    if (res.status === 401) {
      const error = data.url ? new URL(data.url, window.location.origin).searchParams.get('error') : null;
      if (error === 'code-required') return { ok: false, status: 401, message: CODE_REQUIRED, needsCode: true };
      if (error === 'code-invalid') return { ok: false, status: 401, message: CODE_INVALID, needsCode: true };
      return { ok: false, status: 401, message: SIGN_IN_INVALID };
    }
    if (!res.ok || !data.url) return { ok: false, status: res.status, message: SIGN_IN_UNAVAILABLE };
    const url = new URL(data.url, window.location.origin);
    if (url.searchParams.get('error') || url.searchParams.get('csrf')) return { ok: false, status: res.status, message: SIGN_IN_UNAVAILABLE };
    return { ok: true, url: input.callbackUrl };
  } catch {
    return { ok: false, status: 0, message: 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.' };
  }
}
