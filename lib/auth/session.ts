/**
 * The session, as every page, route handler and server action of the editor
 * area reads it. The proxy (proxy.ts) is only a first gate; these checks are
 * the real ones.
 *
 * getSessionUser trusts the next-auth JWT only for *who* (user id), *which
 * session version* and *which session* (sid); everything else (name, role,
 * active) comes from the database on each request, and a token whose version
 * differs from users.session_version, or whose session row was closed by a
 * sign-out, is ignored. A role change, deactivation or password
 * change therefore takes effect on the person's very next request.
 *
 * Refusals:
 * - requireUser (pages): signed out → redirect to /dang-nhap?callbackUrl=…;
 *   wrong role → forbidden() (HTTP 403), rendered by app/(editor)/forbidden.tsx
 *   in Vietnamese inside the editor layout.
 * - authorizeAction (server actions, route handlers): never throws for these
 *   cases, returns { ok: false, message } in Vietnamese.
 */
import 'server-only';
import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { authOptions } from '@/lib/auth/auth-options';
import { clientIp } from '@/lib/auth/request-meta';
import { authPaths } from '@/lib/config/site';
import type { Role } from '@/lib/db/schema';
import { getUserById } from '@/lib/users/accounts';
import { isSessionOpen } from '@/lib/users/sessions';
import { twoStepRequiredRoles } from '@/lib/users/two-step';

export { isSameOrigin } from '@/lib/auth/request-meta';

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The newsroom requires two-step sign-in for this role and the person has not turned it on yet. */
  mustEnrolTwoStep: boolean;
};

/**
 * The user a session token names, if the token is still good: the user
 * exists, is active, the token's session version is the current one, and its
 * session has not been signed out.
 */
export async function resolveSessionUser(token: { uid?: string | null; sv?: number | null; sid?: string | null } | null | undefined): Promise<SessionUser | null> {
  if (!token?.uid || typeof token.sv !== 'number' || !token.sid) return null;
  const [user, open] = await Promise.all([getUserById(token.uid), isSessionOpen(token.sid, token.uid)]);
  if (!user || !open || user.active !== 1 || user.session_version !== token.sv) return null;
  const mustEnrolTwoStep = !user.totp_secret && (await twoStepRequiredRoles()).includes(user.role);
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustEnrolTwoStep };
}

/** The signed-in user of this request, or null. One database read per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  let session;
  try {
    session = await getServerSession(authOptions);
  } catch {
    // A token that cannot be read (other secret, tampered) is no session.
    return null;
  }
  if (!session) return null;
  return resolveSessionUser({ uid: session.user?.id, sv: session.sv, sid: session.sid });
});

/** The session id of this request's cookie (for signing out this device), or null. */
export async function currentSessionId(): Promise<string | null> {
  try {
    return (await getServerSession(authOptions))?.sid || null;
  } catch {
    return null;
  }
}

export const FORBIDDEN_MESSAGE = 'Bạn không có quyền thực hiện việc này.';
export const SIGNED_OUT_MESSAGE = 'Phiên đăng nhập đã hết hoặc không còn hiệu lực. Hãy đăng nhập lại.';
export const TWO_STEP_REQUIRED_MESSAGE = 'Tòa soạn yêu cầu xác thực hai bước cho vai trò của bạn. Hãy bật nó ở trang Tài khoản trước.';

/** The path being requested (set by proxy.ts), for the sign-in page to come back to. */
async function currentPath(): Promise<string> {
  const h = await headers();
  const p = h.get('x-bantin-pathname');
  return p && p.startsWith('/') && !p.startsWith('//') ? p : authPaths.editor;
}

/** For pages: the signed-in user, or a redirect to sign in, or 403 when the role is not allowed. */
export async function requireUser(roles?: Role[]): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(authPaths.signInFor(await currentPath()));
  // Until they turn two-step on, people the newsroom requires it of see only their account pages.
  if (user.mustEnrolTwoStep && !(await currentPath()).startsWith(authPaths.account)) redirect(authPaths.twoStep);
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}

/** For server actions and route handlers: never throws for signed-out or forbidden. `enrolling`: the two-step set-up itself. */
export async function authorizeAction(roles?: Role[], opts: { enrolling?: boolean } = {}): Promise<{ ok: true; user: SessionUser } | { ok: false; message: string }> {
  const user = await getSessionUser();
  if (!user) return { ok: false, message: SIGNED_OUT_MESSAGE };
  if (user.mustEnrolTwoStep && !opts.enrolling) return { ok: false, message: TWO_STEP_REQUIRED_MESSAGE };
  if (roles && !roles.includes(user.role)) return { ok: false, message: FORBIDDEN_MESSAGE };
  return { ok: true, user };
}

/** The client address of the current request (server actions, pages), for the audit log. */
export async function requestIp(): Promise<string | null> {
  return clientIp(await headers());
}
