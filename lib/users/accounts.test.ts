import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from './password';
import { closeDb, type Db } from '@/lib/db';
import type { Role } from '@/lib/db/schema';
import { freshDb, testDialects } from '@/test/test-db';
import { seedPeople, testPassword } from '@/test/users-fixture';
import { getAuditLog } from '@/lib/audit/log';
import { type Actor, changeOwnPassword, changeRole, createUser, ensureFirstAdmin, getUserById, listUsers, resetPassword, setActive } from './accounts';

type People = Awaited<ReturnType<typeof seedPeople>>;

/** Each user-management action, run by `actor` against the reporter (or a new person). */
const actions: Record<string, (actor: Actor, people: People) => Promise<{ ok: boolean }>> = {
  'create user': (actor) => createUser(actor, { name: 'Trần Mới', email: 'moi@bantin.test', role: 'reporter', password: 'mat-khau-moi-123' }),
  'change role': (actor, p) => changeRole(actor, { userId: p.reporter.id, role: 'editor' }),
  deactivate: (actor, p) => setActive(actor, { userId: p.reporter.id, active: false }),
  'reset password': (actor, p) => resetPassword(actor, { userId: p.reporter.id, password: 'mat-khau-dat-lai-1' }),
};

const expected: Record<Role, boolean> = { admin: true, editor: false, reporter: false };

describe.each(testDialects)('user management on %s', (dialect) => {
  let db: Db;
  let people: People;
  beforeEach(async () => {
    db = await freshDb(dialect);
    people = await seedPeople();
  });
  afterAll(() => closeDb());

  const snapshot = async () => ({
    users: await db.selectFrom('users').selectAll().orderBy('email').execute(),
    audit: await db.selectFrom('audit_log').select(['action', 'target']).execute(),
  });

  for (const [name, run] of Object.entries(actions)) {
    for (const role of ['admin', 'editor', 'reporter'] as const) {
      it(`${role} ${expected[role] ? 'may' : 'may not'} ${name}`, async () => {
        const before = await snapshot();
        const result = await run(people[role], people);
        expect(result.ok).toBe(expected[role]);
        const after = await snapshot();
        if (expected[role]) {
          expect(after).not.toEqual(before);
          expect(after.audit.length).toBe(before.audit.length + 1);
        } else {
          expect(result).toMatchObject({ message: 'Bạn không có quyền quản lý người dùng.' });
          expect(after).toEqual(before); // nothing written, not even to the log
        }
      });
    }
  }

  it('reactivating is admin-only too, and bumps the session version again', async () => {
    await setActive(people.admin, { userId: people.reporter.id, active: false });
    expect((await setActive(people.editor, { userId: people.reporter.id, active: true })).ok).toBe(false);
    expect((await getUserById(people.reporter.id))?.active).toBe(0);
    expect((await setActive(people.admin, { userId: people.reporter.id, active: true })).ok).toBe(true);
    const u = await getUserById(people.reporter.id);
    expect(u).toMatchObject({ active: 1, session_version: 3 });
  });

  it('every person may change their own password, with the current one', async () => {
    for (const role of ['admin', 'editor', 'reporter'] as const) {
      const wrong = await changeOwnPassword(people[role], { currentPassword: 'sai-mat-khau-123', newPassword: 'mat-khau-moi-456' });
      expect(wrong).toMatchObject({ ok: false, field: 'currentPassword' });
      const right = await changeOwnPassword(people[role], { currentPassword: testPassword(role), newPassword: 'mat-khau-moi-456' });
      expect(right).toEqual({ ok: true, value: { sessionVersion: 2 } });
      const u = await getUserById(people[role].id);
      expect(await verifyPassword('mat-khau-moi-456', u!.password_hash)).toBe(true);
    }
  });

  it('role change, deactivation and password reset each bump the session version and are logged without passwords', async () => {
    const ip = '203.0.113.9';
    await changeRole(people.admin, { userId: people.reporter.id, role: 'editor' }, ip);
    await setActive(people.admin, { userId: people.reporter.id, active: false }, ip);
    await resetPassword(people.admin, { userId: people.reporter.id, password: 'mat-khau-dat-lai-1' }, ip);
    const u = await getUserById(people.reporter.id);
    expect(u).toMatchObject({ role: 'editor', active: 0, session_version: 4 });
    const log = await getAuditLog();
    expect(log.entries.map((e) => e.action)).toEqual(['user.password-reset', 'user.deactivate', 'user.role-change']);
    expect(log.entries[2]).toMatchObject({ target: people.reporter.id, ip, detail: { from: 'reporter', to: 'editor' }, user: { id: people.admin.id } });
    expect(JSON.stringify(log)).not.toContain('mat-khau-dat-lai-1');
  });

  it('keeps at least one active admin, and an admin cannot lock themselves out', async () => {
    expect(await changeRole(people.admin, { userId: people.admin.id, role: 'editor' })).toMatchObject({ ok: false });
    expect(await setActive(people.admin, { userId: people.admin.id, active: false })).toMatchObject({ ok: false });
    await changeRole(people.admin, { userId: people.editor.id, role: 'admin' });
    // With a second admin, the first may step down.
    expect(await changeRole(people.admin, { userId: people.admin.id, role: 'editor' })).toMatchObject({ ok: true });
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const r = await createUser(people.admin, { name: 'Trùng', email: 'REPORTER@bantin.test', role: 'editor', password: 'mat-khau-trung-1' });
    expect(r).toEqual({ ok: false, message: 'Email này đã có tài khoản.', field: 'email' });
    expect((await listUsers()).length).toBe(3);
  });

  it('a missing user is a clear message, not an error', async () => {
    expect(await changeRole(people.admin, { userId: 'khong-co', role: 'editor' })).toEqual({ ok: false, message: 'Không tìm thấy người dùng này.' });
  });
});

describe.each(testDialects)('first admin on %s', (dialect) => {
  afterAll(() => closeDb());
  it('is created from ADMIN_EMAIL/ADMIN_PASSWORD only when nobody exists, once', async () => {
    const db = await freshDb(dialect);
    process.env.ADMIN_EMAIL = ' Chief@BanTin.test ';
    process.env.ADMIN_PASSWORD = 'mat-khau-dau-tien-1';
    const silent = () => {};
    await Promise.all([ensureFirstAdmin(silent), ensureFirstAdmin(silent)]);
    await ensureFirstAdmin(silent);
    const users = await db.selectFrom('users').selectAll().execute();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: 'chief@bantin.test', role: 'admin', active: 1 });
    expect(await verifyPassword('mat-khau-dau-tien-1', users[0].password_hash)).toBe(true);
    delete process.env.ADMIN_EMAIL;
    delete process.env.ADMIN_PASSWORD;
  });
});
