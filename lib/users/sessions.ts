/**
 * Signed-in sessions. Each sign-in opens a row; the JWT cookie carries its id
 * (sid) and getSessionUser accepts a token only while its row is there. So
 * "Đăng xuất" ends that session on the server (a copied cookie stops working),
 * and "Đăng xuất khỏi mọi thiết bị" ends all of a person's sessions.
 */
import { randomUUID } from 'node:crypto';
import { db as getDb, withWriteTransaction } from '@/lib/db';
import { writeAudit } from '@/lib/audit/log';
import type { Actor, UserWriteResult } from './accounts';

/** The longest a session lives, on the server and in the cookie (next-auth's maxAge). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Opens a session at sign-in; also drops the person's expired rows so the table stays small. */
export async function openSession(userId: string, now = new Date()): Promise<string> {
  const id = randomUUID();
  const d = await getDb();
  const nowIso = now.toISOString();
  await d.deleteFrom('sessions').where('user_id', '=', userId).where('expires_at', '<=', nowIso).execute();
  await d
    .insertInto('sessions')
    .values({ id, user_id: userId, created_at: nowIso, expires_at: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000).toISOString() })
    .execute();
  return id;
}

/** True while the session has not been ended or expired and belongs to that person. */
export async function isSessionOpen(sid: string, userId: string, now = new Date()): Promise<boolean> {
  const d = await getDb();
  const row = await d.selectFrom('sessions').select('expires_at').where('id', '=', sid).where('user_id', '=', userId).executeTakeFirst();
  return !!row && row.expires_at > now.toISOString();
}

/** Sign-out on one device. */
export async function closeSession(sid: string): Promise<void> {
  const d = await getDb();
  await d.deleteFrom('sessions').where('id', '=', sid).execute();
}

/** How many sessions a person has open (for the account and user pages). */
export async function countOpenSessions(userId: string, now = new Date()): Promise<number> {
  const d = await getDb();
  const row = await d
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Ends every session of a person: the person themself, or an admin for anyone.
 * Bumping session_version too makes tokens issued before this table existed stop as well.
 */
export async function closeAllSessions(actor: Actor, input: { userId: string }, ip: string | null = null): Promise<UserWriteResult<{ closed: number }>> {
  if (actor.id !== input.userId && actor.role !== 'admin') return { ok: false, message: 'Bạn không có quyền kết thúc phiên đăng nhập của người khác.' };
  const d = await getDb();
  return withWriteTransaction(async (tx) => {
    const user = await tx.selectFrom('users').select(['id', 'email']).where('id', '=', input.userId).executeTakeFirst();
    if (!user) return { ok: false, message: 'Không tìm thấy người dùng này.' };
    const deleted = await tx.deleteFrom('sessions').where('user_id', '=', user.id).executeTakeFirst();
    await tx
      .updateTable('users')
      .set((eb) => ({ session_version: eb('session_version', '+', 1), updated_at: new Date().toISOString() }))
      .where('id', '=', user.id)
      .execute();
    const closed = Number(deleted.numDeletedRows);
    await writeAudit({ userId: actor.id, action: 'auth.sign-out-everywhere', target: user.id, detail: { email: user.email, closed }, ip }, tx);
    return { ok: true, value: { closed } };
  }, d);
}
