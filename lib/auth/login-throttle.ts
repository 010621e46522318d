/**
 * Throttling of failed sign-ins, per account and per address, counted in the
 * login_attempts table so that every server process (and every instance
 * behind a load balancer) shares one count.
 *
 * Each key ("acct:{email}", "ip:{address}") has a fixed window: failures
 * inside `windowMinutes` of the first one add up; reaching the key's limit
 * locks it for `lockMinutes`. A failure after the window has passed starts
 * a new window. A successful sign-in clears the account's count (not the
 * address's, so one valid account cannot reset an address that is guessing
 * others). Counting is one atomic upsert, so concurrent failures from many
 * processes are never lost.
 *
 * A sign-in from a browser holding a valid device cookie for the account
 * (lib/auth/device-cookie.ts) is counted under that device only ("dev:{id}"),
 * with the account's limit: a stranger locking the account does not lock out
 * its owner's own browsers, and a stolen device cookie still cannot guess fast.
 */
import { type Kysely, sql } from 'kysely';
import { db as getDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { formatVnTime } from '@/lib/text/vietnamese';

export const throttlePolicy = {
  /** Failures per account within the window before it is locked. */
  accountLimit: 5,
  /** Failures per address within the window (an office or a mobile carrier NAT shares one). */
  addressLimit: 20,
  windowMinutes: 15,
  lockMinutes: 15,
} as const;

export type ThrottleSubject = { email: string; ip: string | null; device?: string | null };
export type ThrottleState = { locked: false } | { locked: true; retryAt: string };

const accountKey = (email: string) => `acct:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `ip:${ip}`;

function keysOf(s: ThrottleSubject): { key: string; limit: number }[] {
  if (s.device) return [{ key: `dev:${s.device}`, limit: throttlePolicy.accountLimit }];
  const keys = [];
  if (s.email.trim()) keys.push({ key: accountKey(s.email), limit: throttlePolicy.accountLimit });
  if (s.ip) keys.push({ key: addressKey(s.ip), limit: throttlePolicy.addressLimit });
  return keys;
}

const minutes = (n: number) => n * 60_000;

/** Is the account or the address locked right now? */
export async function checkThrottle(subject: ThrottleSubject, now: Date = new Date(), conn?: Kysely<Database>): Promise<ThrottleState> {
  const d = conn ?? (await getDb());
  const keys = keysOf(subject).map((k) => k.key);
  if (keys.length === 0) return { locked: false };
  const nowIso = now.toISOString();
  const row = await d
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max('locked_until').as('until'))
    .where('key', 'in', keys)
    .where('locked_until', '>', nowIso)
    .executeTakeFirst();
  return row?.until ? { locked: true, retryAt: row.until } : { locked: false };
}

/** Count one failed sign-in against the account and the address; returns whether either is now locked. */
export async function recordFailure(subject: ThrottleSubject, now: Date = new Date(), conn?: Kysely<Database>): Promise<ThrottleState> {
  const d = conn ?? (await getDb());
  const nowIso = now.toISOString();
  const windowCutoff = new Date(now.getTime() - minutes(throttlePolicy.windowMinutes)).toISOString();
  const lockUntil = new Date(now.getTime() + minutes(throttlePolicy.lockMinutes)).toISOString();
  for (const { key, limit } of keysOf(subject)) {
    // failures after this attempt: 1 in a new window, else one more.
    const next = sql<number>`case when login_attempts.window_start < ${windowCutoff} then 1 else login_attempts.failures + 1 end`;
    await d
      .insertInto('login_attempts')
      .values({ key, failures: 1, window_start: nowIso, locked_until: limit <= 1 ? lockUntil : null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          failures: next,
          window_start: sql<string>`case when login_attempts.window_start < ${windowCutoff} then ${nowIso} else login_attempts.window_start end`,
          locked_until: sql<string | null>`case when ${next} >= ${limit} then ${lockUntil} else login_attempts.locked_until end`,
        }),
      )
      .execute();
  }
  return checkThrottle(subject, now, d);
}

/**
 * A successful sign-in clears the failures it was counted under: the account's,
 * or from a trusted device only that device's (a lock strangers caused stays on for them).
 */
export async function recordSuccess(email: string, conn?: Kysely<Database>, device?: string | null): Promise<void> {
  const d = conn ?? (await getDb());
  await d.deleteFrom('login_attempts').where('key', '=', device ? `dev:${device}` : accountKey(email)).execute();
}

/** Whether the account itself (not an address or a device) is locked right now. */
export async function isAccountLocked(email: string, now: Date = new Date(), conn?: Kysely<Database>): Promise<boolean> {
  return (await checkThrottle({ email, ip: null }, now, conn)).locked;
}

/** Forget counts whose window and lock are both over (kept small; called now and then). */
export async function pruneLoginAttempts(now: Date = new Date(), conn?: Kysely<Database>): Promise<void> {
  const d = conn ?? (await getDb());
  const windowCutoff = new Date(now.getTime() - minutes(throttlePolicy.windowMinutes)).toISOString();
  await d
    .deleteFrom('login_attempts')
    .where('window_start', '<', windowCutoff)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now.toISOString())]))
    .execute();
}

/** "Bạn đã nhập sai quá nhiều lần. Thử lại sau 14:05 (khoảng 15 phút nữa)." — the time in GMT+7. */
export function throttleMessage(retryAt: string, now: Date = new Date()): string {
  const mins = Math.max(1, Math.ceil((new Date(retryAt).getTime() - now.getTime()) / 60_000));
  return `Bạn đã đăng nhập sai quá nhiều lần. Vì an toàn, hãy thử lại sau ${formatVnTime(retryAt)} (khoảng ${mins} phút nữa).`;
}

/** Seconds until retryAt, for the Retry-After header. */
export function retryAfterSeconds(retryAt: string, now: Date = new Date()): number {
  return Math.max(1, Math.ceil((new Date(retryAt).getTime() - now.getTime()) / 1000));
}
