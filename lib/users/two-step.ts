/**
 * Two-step sign-in: a TOTP code from an authenticator app (RFC 6238, 30 s,
 * 6 digits, via `otpauth`), or one of ten single-use recovery codes. Anyone may
 * turn it on for themself; an admin may require it for roles and turn it off
 * for someone who lost their phone (audited). Codes are throttled like
 * passwords (lib/auth/credentials.ts counts a wrong code as a failure).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { sql } from 'kysely';
import { db as getDb, withWriteTransaction } from '@/lib/db';
import type { Role, UserRow } from '@/lib/db/schema';
import { siteConfig } from '@/lib/config/site';
import { writeAudit } from '@/lib/audit/log';
import { type Actor, type UserWriteResult } from './accounts';
import { verifyPassword } from './password';

const PERIOD = 30;
const RECOVERY_CODES = 10;
const REQUIRED_KEY = 'two-step-required-roles';

const totpOf = (secret: string, label = '') => new TOTP({ issuer: siteConfig.name, label, secret: Secret.fromBase32(secret), digits: 6, period: PERIOD, algorithm: 'SHA1' });
const hashCode = (code: string) => createHash('sha256').update(normalizeRecovery(code)).digest('hex');
const normalizeRecovery = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();

export type TwoStepStatus = { enabled: boolean; enabledAt: string | null; recoveryLeft: number };

export async function twoStepStatus(userId: string): Promise<TwoStepStatus> {
  const d = await getDb();
  const user = await d.selectFrom('users').select(['totp_secret', 'totp_enabled_at']).where('id', '=', userId).executeTakeFirst();
  const left = await d
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { enabled: !!user?.totp_secret, enabledAt: user?.totp_enabled_at ?? null, recoveryLeft: Number(left.n) };
}

/** Step 1 of turning it on: a new secret kept aside until the person proves their app has it. */
export async function startEnrolment(actor: Actor & { email: string }): Promise<{ secret: string; uri: string }> {
  const secret = new Secret({ size: 20 }).base32;
  const d = await getDb();
  await d.updateTable('users').set({ totp_pending_secret: secret }).where('id', '=', actor.id).execute();
  return { secret, uri: totpOf(secret, actor.email).toString() };
}

/** The secret being set up, if any (the page shows it again after a reload). */
export async function pendingEnrolment(actor: Actor & { email: string }): Promise<{ secret: string; uri: string } | null> {
  const d = await getDb();
  const row = await d.selectFrom('users').select('totp_pending_secret').where('id', '=', actor.id).executeTakeFirst();
  return row?.totp_pending_secret ? { secret: row.totp_pending_secret, uri: totpOf(row.totp_pending_secret, actor.email).toString() } : null;
}

/** The time step a code belongs to (now ±1 step for clock drift), or null. */
function matchingStep(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODES }, () => {
    const raw = randomBytes(5).toString('hex'); // 40 bits each, single use, throttled
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

/** Step 2: the code from the app confirms the pending secret; the recovery codes are shown once. */
export async function confirmEnrolment(actor: Actor, code: string, ip: string | null = null, now = new Date()): Promise<UserWriteResult<{ recoveryCodes: string[] }>> {
  const d = await getDb();
  return withWriteTransaction(async (tx) => {
    const row = await tx.selectFrom('users').select(['totp_pending_secret', 'email']).where('id', '=', actor.id).executeTakeFirst();
    if (!row?.totp_pending_secret) return { ok: false, message: 'Hãy bắt đầu lại việc bật xác thực hai bước.' };
    const step = matchingStep(row.totp_pending_secret, code, now);
    if (step === null) return { ok: false, message: 'Mã xác thực không đúng. Hãy nhập mã 6 chữ số đang hiện trong ứng dụng.', field: 'code' };
    await tx
      .updateTable('users')
      .set({ totp_secret: row.totp_pending_secret, totp_pending_secret: null, totp_enabled_at: now.toISOString(), totp_last_step: step })
      .where('id', '=', actor.id)
      .execute();
    const recoveryCodes = newRecoveryCodes();
    await tx.deleteFrom('recovery_codes').where('user_id', '=', actor.id).execute();
    await tx
      .insertInto('recovery_codes')
      .values(recoveryCodes.map((c) => ({ id: randomUUID(), user_id: actor.id, code_hash: hashCode(c), used_at: null })))
      .execute();
    await writeAudit({ userId: actor.id, action: 'auth.two-step-on', target: actor.id, detail: { email: row.email }, ip }, tx);
    return { ok: true, value: { recoveryCodes } };
  }, d);
}

/**
 * The second step of a sign-in: a TOTP code not used before (a code read over a
 * shoulder cannot be replayed in its 30 s), or an unused recovery code, which is spent.
 */
export async function verifySecondFactor(user: Pick<UserRow, 'id' | 'totp_secret' | 'totp_last_step'>, code: string, now = new Date()): Promise<boolean> {
  if (!user.totp_secret || !code.trim()) return false;
  const d = await getDb();
  const step = matchingStep(user.totp_secret, code, now);
  if (step !== null) {
    const used = await d
      .updateTable('users')
      .set({ totp_last_step: step })
      .where('id', '=', user.id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(used.numUpdatedRows) === 1;
  }
  const spent = await d
    .updateTable('recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', user.id)
    .where('code_hash', '=', hashCode(code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows) === 1;
}

/** Turning it off: the person with their password, or an admin for someone who lost their phone. */
export async function disableTwoStep(actor: Actor, input: { userId: string; password?: string }, ip: string | null = null): Promise<UserWriteResult> {
  const self = actor.id === input.userId;
  if (!self && actor.role !== 'admin') return { ok: false, message: 'Bạn không có quyền thay đổi việc này.' };
  const d = await getDb();
  const user = await d.selectFrom('users').select(['id', 'email', 'password_hash']).where('id', '=', input.userId).executeTakeFirst();
  if (!user) return { ok: false, message: 'Không tìm thấy người dùng này.' };
  if (self && !(await verifyPassword(input.password ?? '', user.password_hash))) return { ok: false, message: 'Mật khẩu không đúng.', field: 'password' };
  return withWriteTransaction(async (tx) => {
    await tx.updateTable('users').set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null }).where('id', '=', user.id).execute();
    await tx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    await writeAudit({ userId: actor.id, action: self ? 'auth.two-step-off' : 'auth.two-step-reset', target: user.id, detail: { email: user.email }, ip }, tx);
    return { ok: true, value: undefined };
  }, d);
}

/** The roles that must use two-step sign-in (an admin's choice; none at first). */
export async function twoStepRequiredRoles(): Promise<Role[]> {
  const d = await getDb();
  const row = await d.selectFrom('app_state').select('value').where('key', '=', REQUIRED_KEY).executeTakeFirst();
  try {
    const roles = JSON.parse(row?.value ?? '[]') as unknown;
    return Array.isArray(roles) ? roles.filter((r): r is Role => r === 'admin' || r === 'editor' || r === 'reporter') : [];
  } catch {
    return [];
  }
}

export async function setTwoStepRequiredRoles(actor: Actor, roles: Role[], ip: string | null = null): Promise<UserWriteResult> {
  if (actor.role !== 'admin') return { ok: false, message: 'Chỉ quản trị viên được đặt quy định này.' };
  const value = JSON.stringify([...new Set(roles)].sort());
  const d = await getDb();
  return withWriteTransaction(async (tx) => {
    await tx
      .insertInto('app_state')
      .values({ key: REQUIRED_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: sql.ref('excluded.value') }))
      .execute();
    await writeAudit({ userId: actor.id, action: 'auth.two-step-policy', target: null, detail: { roles: JSON.parse(value) }, ip }, tx);
    return { ok: true, value: undefined };
  }, d);
}
