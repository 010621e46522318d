/**
 * Checking a sign-in: throttle first, then the password, then record the
 * outcome (throttle counters and the audit log). Used by next-auth's
 * Credentials provider; kept apart from it so it can be tested directly.
 * Every failure answers the same way, whether or not the account exists.
 */
import { verifyPassword } from '@/lib/users/password';
import type { Role } from '@/lib/db/schema';
import { writeAudit } from '@/lib/audit/log';
import { verifyDeviceCookie } from './device-cookie';
import { checkThrottle, isAccountLocked, pruneLoginAttempts, recordFailure, recordSuccess, type ThrottleState, type ThrottleSubject } from './login-throttle';
import { getUserByEmail } from '@/lib/users/accounts';
import { verifySecondFactor } from '@/lib/users/two-step';
import { signInSchema } from '@/lib/validations/user';

export type VerifiedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

export type SignInOutcome =
  | { ok: true; user: VerifiedUser }
  | { ok: false; reason: 'invalid' }
  /** Password right, two-step on, no code sent yet: the form asks for it (not a failure). */
  | { ok: false; reason: 'code-required' }
  | { ok: false; reason: 'code-invalid' }
  | { ok: false; reason: 'throttled'; retryAt: string };

// A bcrypt hash of a random string: unknown emails are compared against it so
// that they take as long as known ones (no account discovery by timing).
const DUMMY_HASH = '$2b$11$tQlrzOnLUwvC6mMEdDbgl.u3wRkKw7ud1VasVuVrDD6gMfLWGHUnO';

/** The email a sign-in is for, as the throttle counts it (also for a form the schema refuses). */
export function signInEmail(input: { email?: unknown }): string {
  const parsed = signInSchema.shape.email.safeParse(input.email);
  return parsed.success ? parsed.data : typeof input.email === 'string' ? input.email.trim().toLowerCase().slice(0, 254) : '';
}

/** Who a sign-in attempt is counted against: the account and address, or the trusted device alone. */
export function throttleSubjectOf(email: string, ip: string | null, deviceCookie: string | null | undefined): ThrottleSubject {
  return { email, ip, device: verifyDeviceCookie(deviceCookie, email) };
}

export async function verifySignIn(
  input: { email?: unknown; password?: unknown; code?: unknown },
  ip: string | null,
  now: Date = new Date(),
  deviceCookie: string | null = null,
): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(input);
  const email = signInEmail(input);
  const subject = throttleSubjectOf(email, ip, deviceCookie);

  const before: ThrottleState = await checkThrottle(subject, now);
  if (before.locked) return { ok: false, reason: 'throttled', retryAt: before.retryAt };

  if (!parsed.success) {
    // Empty fields are caught by the form; a scripted empty post still counts.
    await recordFailure(subject, now);
    return { ok: false, reason: 'invalid' };
  }

  const user = await getUserByEmail(email);
  const passwordOk = await verifyPassword(parsed.data.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !passwordOk || user.active !== 1) {
    const wasLocked = !subject.device && (await isAccountLocked(email, now));
    await recordFailure(subject, now);
    if (user && !subject.device && !wasLocked && (await isAccountLocked(email, now))) {
      // The owner is shown this on their account page (recentAccountLocks).
      await writeAudit({ userId: user.id, action: 'auth.account-locked', target: user.id, ip });
    }
    await writeAudit({
      userId: user?.id ?? null,
      action: 'auth.sign-in-failed',
      target: email,
      detail: { reason: !user ? 'unknown-account' : !passwordOk ? 'wrong-password' : 'inactive' },
      ip,
    });
    return { ok: false, reason: 'invalid' };
  }

  if (user.totp_secret) {
    const code = typeof input.code === 'string' ? input.code.slice(0, 40) : '';
    if (!code.trim()) return { ok: false, reason: 'code-required' };
    if (!(await verifySecondFactor(user, code, now))) {
      await recordFailure(subject, now);
      await writeAudit({ userId: user.id, action: 'auth.sign-in-failed', target: email, detail: { reason: 'wrong-code' }, ip });
      return { ok: false, reason: 'code-invalid' };
    }
  }

  await recordSuccess(email, undefined, subject.device);
  // Keep the table small: finished windows of anyone are forgotten.
  await pruneLoginAttempts(now);
  await writeAudit({ userId: user.id, action: 'auth.sign-in', target: user.id, ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.session_version } };
}
