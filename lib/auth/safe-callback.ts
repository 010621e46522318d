import { authPaths } from '@/lib/config/site';

/** A callbackUrl is followed only when it is a path of this site; anything else goes to the editor. */
export function safeCallbackPath(raw: string | string[] | null | undefined): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  if (!v || !v.startsWith('/') || v.startsWith('//') || v.startsWith('/\\')) return authPaths.editor;
  if (v.startsWith(authPaths.signIn) || v.startsWith('/api/auth')) return authPaths.editor;
  return v;
}
