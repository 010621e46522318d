'use server';

/**
 * Signing out, as a server action behind a plain <form>, so the button works
 * the moment the page is painted, before (or without) any JavaScript. It
 * closes this session on the server (a copy of the cookie stops working too),
 * clears next-auth's session cookie (and its chunks) and records the sign-out.
 * "Đăng xuất khỏi mọi thiết bị" closes all of a person's sessions.
 */
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { authorizeAction, currentSessionId, getSessionUser, requestIp } from '@/lib/auth/session';
import { authPaths } from '@/lib/config/site';
import { writeAudit } from '@/lib/audit/log';
import { closeAllSessions, closeSession } from '@/lib/users/sessions';

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (!SESSION_COOKIE.test(name)) continue;
    jar.set(name, '', { maxAge: 0, path: '/', httpOnly: true, sameSite: 'lax', secure: name.startsWith('__Secure-') });
  }
}

export async function signOutAction(): Promise<void> {
  // Signing out must work even when the database does not answer: the cookie goes either way.
  const user = await getSessionUser().catch(() => null);
  const sid = await currentSessionId();
  if (sid) await closeSession(sid).catch((error) => console.error('[bản tin] sign-out close session', error));
  await clearSessionCookie();
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

/** "Đăng xuất khỏi mọi thiết bị" on one's own account page: every session ends, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const auth = await authorizeAction(undefined, { enrolling: true });
  if (auth.ok) await closeAllSessions(auth.user, { userId: auth.user.id }, await requestIp());
  await clearSessionCookie();
  redirect(`${authPaths.signIn}?da-dang-xuat-moi-noi=1`);
}
