/**
 * People: reads and the user-management writes. Every write takes the
 * acting user explicitly and checks the rights itself (canManageUsers), so
 * the server actions are thin (authorizeAction + safeParse + one of these)
 * and the rights can be tested without a request.
 *
 * A role change, deactivation or password change bumps session_version:
 * getSessionUser compares it with the one in the session token, so the
 * change takes effect on the person's very next request.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { hashPassword, verifyPassword } from './password';
import { env } from '@/lib/env';
import { db as getDb, withWriteTransaction } from '@/lib/db';
import type { Database, Role, UserRow, UsersTable } from '@/lib/db/schema';
import { writeAudit } from '@/lib/audit/log';

export type Actor = { id: string; role: Role };

export type PublicUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  updatedAt: string;
};

/** Outcome of a write: ok, or a Vietnamese message (and the field it is about). */
export type UserWriteResult<T = undefined> = { ok: true; value: T } | { ok: false; message: string; field?: string };

const FORBIDDEN = 'Bạn không có quyền quản lý người dùng.';

/** Only admins manage people. */
export function canManageUsers(actor: Actor | null | undefined): boolean {
  return actor?.role === 'admin';
}

function toPublic(u: UserRow): PublicUser {
  return { id: u.id, email: u.email, name: u.name, role: u.role, active: u.active === 1, createdAt: u.created_at, updatedAt: u.updated_at };
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function getUserById(id: string, conn?: Kysely<Database>): Promise<UserRow | undefined> {
  const d = conn ?? (await getDb());
  return d.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getUserByEmail(email: string, conn?: Kysely<Database>): Promise<UserRow | undefined> {
  const d = conn ?? (await getDb());
  return d.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

/** Everyone, for the admin's list: active first, then by name. */
export async function listUsers(conn?: Kysely<Database>): Promise<PublicUser[]> {
  const d = conn ?? (await getDb());
  const rows = await d.selectFrom('users').selectAll().orderBy('active', 'desc').orderBy('name').orderBy('email').execute();
  return rows.map(toPublic);
}

async function countActiveAdmins(tx: Kysely<Database>): Promise<number> {
  const row = await tx
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

type NewUser = { name: string; email: string; role: Role; password: string };

/** Insert a user (no rights check: for the first-admin bootstrap and the CLI, which run as the operator). */
export async function insertUser(input: NewUser, conn?: Kysely<Database>): Promise<UserWriteResult<PublicUser>> {
  const d = conn ?? (await getDb());
  const email = normalizeEmail(input.email);
  const now = new Date().toISOString();
  const row: Insertable<UsersTable> = {
    id: randomUUID(),
    email,
    name: input.name.trim(),
    password_hash: await hashPassword(input.password),
    role: input.role,
    active: 1,
    session_version: 1,
    created_at: now,
    updated_at: now,
  };
  const inserted = await d
    .insertInto('users')
    .values(row)
    .onConflict((oc) => oc.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return { ok: false, message: 'Email này đã có tài khoản.', field: 'email' };
  return { ok: true, value: toPublic({ ...row, totp_pending_secret: null, totp_secret: null, totp_enabled_at: null, totp_last_step: null }) };
}

/** Admin creates (invites) a person with an initial password they pass on. */
export async function createUser(actor: Actor, input: NewUser, ip: string | null = null): Promise<UserWriteResult<PublicUser>> {
  if (!canManageUsers(actor)) return { ok: false, message: FORBIDDEN };
  const d = await getDb();
  return withWriteTransaction(async (tx) => {
    const result = await insertUser(input, tx);
    if (result.ok) {
      await writeAudit({ userId: actor.id, action: 'user.create', target: result.value.id, detail: { email: result.value.email, role: result.value.role }, ip }, tx);
    }
    return result;
  }, d);
}

/** Load the target inside a write, or say why not. */
async function target(tx: Kysely<Database>, userId: string): Promise<UserRow | undefined> {
  return tx.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

const NOT_FOUND = 'Không tìm thấy người dùng này.';
const LAST_ADMIN = 'Đây là quản trị viên cuối cùng đang hoạt động: hãy cấp quyền quản trị cho người khác trước.';

export async function changeRole(actor: Actor, input: { userId: string; role: Role }, ip: string | null = null): Promise<UserWriteResult<PublicUser>> {
  if (!canManageUsers(actor)) return { ok: false, message: FORBIDDEN };
  const d = await getDb();
  return withWriteTransaction(async (tx) => {
    const u = await target(tx, input.userId);
    if (!u) return { ok: false, message: NOT_FOUND };
    if (u.role === input.role) return { ok: true, value: toPublic(u) };
    if (u.role === 'admin' && u.active === 1 && (await countActiveAdmins(tx)) <= 1) return { ok: false, message: LAST_ADMIN, field: 'role' };
    const now = new Date().toISOString();
    const updated = await tx
      .updateTable('users')
      .set((eb) => ({ role: input.role, session_version: eb('session_version', '+', 1), updated_at: now }))
      .where('id', '=', u.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit({ userId: actor.id, action: 'user.role-change', target: u.id, detail: { email: u.email, from: u.role, to: input.role }, ip }, tx);
    return { ok: true, value: toPublic(updated) };
  }, d);
}

export async function setActive(actor: Actor, input: { userId: string; active: boolean }, ip: string | null = null): Promise<UserWriteResult<PublicUser>> {
  if (!canManageUsers(actor)) return { ok: false, message: FORBIDDEN };
  if (!input.active && input.userId === actor.id) return { ok: false, message: 'Bạn không thể tự khóa tài khoản của mình.' };
  const d = await getDb();
  return withWriteTransaction(async (tx) => {
    const u = await target(tx, input.userId);
    if (!u) return { ok: false, message: NOT_FOUND };
    const active = input.active ? 1 : 0;
    if (u.active === active) return { ok: true, value: toPublic(u) };
    if (!input.active && u.role === 'admin' && (await countActiveAdmins(tx)) <= 1) return { ok: false, message: LAST_ADMIN };
    const now = new Date().toISOString();
    const updated = await tx
      .updateTable('users')
      .set((eb) => ({ active, session_version: eb('session_version', '+', 1), updated_at: now }))
      .where('id', '=', u.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit({ userId: actor.id, action: input.active ? 'user.reactivate' : 'user.deactivate', target: u.id, detail: { email: u.email }, ip }, tx);
    return { ok: true, value: toPublic(updated) };
  }, d);
}

/** Admin sets a new password for someone (who forgot theirs): every session of that person ends. */
export async function resetPassword(actor: Actor, input: { userId: string; password: string }, ip: string | null = null): Promise<UserWriteResult<PublicUser>> {
  if (!canManageUsers(actor)) return { ok: false, message: FORBIDDEN };
  const hash = await hashPassword(input.password);
  const d = await getDb();
  return withWriteTransaction(async (tx) => {
    const u = await target(tx, input.userId);
    if (!u) return { ok: false, message: NOT_FOUND };
    const now = new Date().toISOString();
    const updated = await tx
      .updateTable('users')
      .set((eb) => ({ password_hash: hash, session_version: eb('session_version', '+', 1), updated_at: now }))
      .where('id', '=', u.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit({ userId: actor.id, action: 'user.password-reset', target: u.id, detail: { email: u.email }, ip }, tx);
    return { ok: true, value: toPublic(updated) };
  }, d);
}

/**
 * A person changes their own password (any role). Their other sessions end;
 * the caller re-issues the current one (the session version is returned).
 */
export async function changeOwnPassword(
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  ip: string | null = null,
): Promise<UserWriteResult<{ sessionVersion: number }>> {
  const d = await getDb();
  const u = await getUserById(actor.id, d);
  if (!u || u.active !== 1) return { ok: false, message: 'Phiên đăng nhập không còn hiệu lực. Hãy đăng nhập lại.' };
  if (!(await verifyPassword(input.currentPassword, u.password_hash))) return { ok: false, message: 'Mật khẩu hiện tại không đúng.', field: 'currentPassword' };
  const hash = await hashPassword(input.newPassword);
  return withWriteTransaction(async (tx) => {
    const now = new Date().toISOString();
    const updated = await tx
      .updateTable('users')
      .set((eb) => ({ password_hash: hash, session_version: eb('session_version', '+', 1), updated_at: now }))
      .where('id', '=', u.id)
      // Refuse if someone else changed the account meanwhile (reset, role change).
      .where('session_version', '=', u.session_version)
      .returning('session_version')
      .executeTakeFirst();
    if (!updated) return { ok: false, message: 'Tài khoản vừa được thay đổi. Hãy đăng nhập lại rồi thử lại.' };
    await writeAudit({ userId: u.id, action: 'user.password-change', target: u.id, ip }, tx);
    return { ok: true, value: { sessionVersion: updated.session_version } };
  }, d);
}

/**
 * The first admin, from ADMIN_EMAIL / ADMIN_PASSWORD, when no user exists.
 * Safe when several instances start at once (the email is unique).
 */
export async function ensureFirstAdmin(log: (...args: unknown[]) => void = console.log): Promise<void> {
  const { ADMIN_EMAIL, ADMIN_PASSWORD: password, ADMIN_NAME } = env();
  const email = ADMIN_EMAIL?.trim().toLowerCase();
  const d = await getDb();
  const any = await d.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return;
  if (!email || !password) {
    log('no user exists yet: set ADMIN_EMAIL and ADMIN_PASSWORD, or run `npm run user:create -- --email … --role admin`.');
    return;
  }
  const result = await insertUser({ email, password, name: ADMIN_NAME?.trim() || 'Quản trị', role: 'admin' }, d);
  if (result.ok) {
    await writeAudit({ userId: null, action: 'user.create', target: result.value.id, detail: { email, role: 'admin', by: 'ADMIN_EMAIL' } }, d);
    log(`created the first admin ${email}`);
  }
}
