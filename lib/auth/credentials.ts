/**
 * Checking a sign-in: throttle first, then the password, then record the
 * outcome (throttle counters and the audit log). Used by next-auth's
 * Credentials provider; kept apart from it so it can be tested directly.
 * Every failure answers the same way, whether or not the account exists.
 */
import { verifyPassword } from '@/lib/users/password';
import type { Role } from '@/lib/db/schema';
import { writeAudit } from '@/lib/audit/log';
import { checkThrottle, pruneLoginAttempts, recordFailure, recordSuccess, type ThrottleState } from './login-throttle';
import { getUserByEmail } from '@/lib/users/accounts';
import { signInSchema } from '@/lib/validations/user';

export type VerifiedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

export type SignInOutcome =
  | { ok: true; user: VerifiedUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAt: string };

// A bcrypt hash of a random string: unknown emails are compared against it so
// that they take as long as known ones (no account discovery by timing).
const DUMMY_HASH = '$2b$11$tQlrzOnLUwvC6mMEdDbgl.u3wRkKw7ud1VasVuVrDD6gMfLWGHUnO';

export async function verifySignIn(input: { email?: unknown; password?: unknown }, ip: string | null, now: Date = new Date()): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(input);
  const email = parsed.success ? parsed.data.email : typeof input.email === 'string' ? input.email.trim().toLowerCase().slice(0, 254) : '';
  const subject = { email, ip };

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
    await recordFailure(subject, now);
    await writeAudit({
      userId: user?.id ?? null,
      action: 'auth.sign-in-failed',
      target: email,
      detail: { reason: !user ? 'unknown-account' : !passwordOk ? 'wrong-password' : 'inactive' },
      ip,
    });
    return { ok: false, reason: 'invalid' };
  }

  await recordSuccess(email);
  // Keep the table small: finished windows of anyone are forgotten.
  await pruneLoginAttempts(now);
  await writeAudit({ userId: user.id, action: 'auth.sign-in', target: user.id, ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.session_version } };
}
