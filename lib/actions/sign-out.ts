'use server';

/**
 * Signing out, as a server action behind a plain <form>, so the button works
 * the moment the page is painted, before (or without) any JavaScript. It
 * clears next-auth's session cookie (and its chunks) and records the sign-out.
 *
 * A JWT session cannot be revoked server-side on one device without ending
 * the others; clearing the cookie is what next-auth's own sign-out does too.
 * Ending every session is "change password" or an admin's reset, which move
 * the session version on (lib/users/accounts.ts).
 */
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/session';
import { authPaths } from '@/lib/config/site';
import { writeAudit } from '@/lib/audit/log';

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export async function signOutAction(): Promise<void> {
  // Signing out must work even when the database does not answer: the cookie goes either way.
  const user = await getSessionUser().catch(() => null);
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (!SESSION_COOKIE.test(name)) continue;
    jar.set(name, '', { maxAge: 0, path: '/', httpOnly: true, sameSite: 'lax', secure: name.startsWith('__Secure-') });
  }
  if (user) {
    try {
      await writeAudit({ userId: user.id, action: 'auth.sign-out', target: user.id });
    } catch (error) {
      // The person is signed out either way; a lost audit line must not keep them in.
      console.error('[bản tin] sign-out audit', error);
    }
  }
  redirect(authPaths.signIn);
}
