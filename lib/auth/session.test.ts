import type { JWT } from 'next-auth/jwt';
import { decode, encode } from 'next-auth/jwt';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { changeOwnPassword, changeRole, resetPassword, setActive } from '@/lib/users/accounts';
import { freshDb, testDialects } from '@/test/test-db';
import { seedPeople, testPassword } from '@/test/users-fixture';
import { authOptions } from './auth-options';
import { verifySignIn } from './credentials';
import { resolveSessionUser } from './session';
import { closeAllSessions, countOpenSessions } from '@/lib/users/sessions';

const secret = 'test-secret-0123456789-abcdefghij';

/** Sign in as next-auth does: authorize → jwt callback → encrypted cookie value. */
async function signIn(email: string, password: string): Promise<string> {
  const outcome = await verifySignIn({ email, password }, '127.0.0.1');
  if (!outcome.ok) throw new Error(`sign-in refused: ${outcome.reason}`);
  const token = await authOptions.callbacks!.jwt!({ token: { email, name: outcome.user.name }, user: outcome.user, account: null, trigger: 'signIn' } as never);
  return encode({ token, secret });
}

/** What getSessionUser does with the cookie on the next request. */
async function nextRequest(cookie: string) {
  const token = (await decode({ token: cookie, secret })) as JWT | null;
  return resolveSessionUser(token);
}

describe.each(testDialects)('session version on %s', (dialect) => {
  let people: Awaited<ReturnType<typeof seedPeople>>;
  beforeEach(async () => {
    await freshDb(dialect);
    people = await seedPeople();
  });
  afterAll(() => closeDb());

  it('a fresh session names the user with the role from the database', async () => {
    const cookie = await signIn('reporter@bantin.test', testPassword('reporter'));
    expect(await nextRequest(cookie)).toEqual({ id: people.reporter.id, email: 'reporter@bantin.test', name: 'Người reporter', role: 'reporter', mustEnrolTwoStep: false });
  });

  it('a role change ends the old session on the next request; signing in again gives the new role', async () => {
    const cookie = await signIn('reporter@bantin.test', testPassword('reporter'));
    await changeRole(people.admin, { userId: people.reporter.id, role: 'editor' });
    expect(await nextRequest(cookie)).toBeNull();
    const again = await signIn('reporter@bantin.test', testPassword('reporter'));
    expect(await nextRequest(again)).toMatchObject({ role: 'editor' });
  });

  it('deactivation ends the session and reactivation does not revive it', async () => {
    const cookie = await signIn('reporter@bantin.test', testPassword('reporter'));
    await setActive(people.admin, { userId: people.reporter.id, active: false });
    expect(await nextRequest(cookie)).toBeNull();
    await expect(verifySignIn({ email: 'reporter@bantin.test', password: testPassword('reporter') }, null)).resolves.toEqual({ ok: false, reason: 'invalid' });
    await setActive(people.admin, { userId: people.reporter.id, active: true });
    expect(await nextRequest(cookie)).toBeNull();
  });

  it('a password reset by an admin, or the person changing it, ends their sessions', async () => {
    const a = await signIn('editor@bantin.test', testPassword('editor'));
    await resetPassword(people.admin, { userId: people.editor.id, password: 'mat-khau-dat-lai-1' });
    expect(await nextRequest(a)).toBeNull();
    const b = await signIn('editor@bantin.test', 'mat-khau-dat-lai-1');
    const c = await signIn('editor@bantin.test', 'mat-khau-dat-lai-1'); // a second device
    expect(await nextRequest(c)).not.toBeNull();
    await changeOwnPassword(people.editor, { currentPassword: 'mat-khau-dat-lai-1', newPassword: 'mat-khau-rieng-2' });
    expect(await nextRequest(b)).toBeNull();
    expect(await nextRequest(c)).toBeNull();
  });

  it('other people’s sessions are untouched', async () => {
    const admin = await signIn('admin@bantin.test', testPassword('admin'));
    await changeRole(people.admin, { userId: people.reporter.id, role: 'editor' });
    expect(await nextRequest(admin)).toMatchObject({ id: people.admin.id, role: 'admin' });
  });

  it('signing out ends that session on the server: a copy of the cookie stops working, the other device stays in', async () => {
    const laptop = await signIn('reporter@bantin.test', testPassword('reporter'));
    const phone = await signIn('reporter@bantin.test', testPassword('reporter'));
    const copied = laptop; // an attacker kept the cookie value
    await authOptions.events!.signOut!({ token: (await decode({ token: laptop, secret }))!, session: undefined as never });
    expect(await nextRequest(copied)).toBeNull();
    expect(await nextRequest(phone)).toMatchObject({ id: people.reporter.id });
    expect(await countOpenSessions(people.reporter.id)).toBe(1);
  });

  it('"Đăng xuất khỏi mọi thiết bị" ends every session of that person only; only they or an admin may', async () => {
    const a = await signIn('editor@bantin.test', testPassword('editor'));
    const b = await signIn('editor@bantin.test', testPassword('editor'));
    const other = await signIn('reporter@bantin.test', testPassword('reporter'));
    expect(await closeAllSessions(people.reporter, { userId: people.editor.id })).toMatchObject({ ok: false });
    expect(await nextRequest(a)).not.toBeNull();
    expect(await closeAllSessions(people.editor, { userId: people.editor.id })).toEqual({ ok: true, value: { closed: 2 } });
    expect(await nextRequest(a)).toBeNull();
    expect(await nextRequest(b)).toBeNull();
    expect(await nextRequest(other)).not.toBeNull();
    const c = await signIn('editor@bantin.test', testPassword('editor'));
    expect(await closeAllSessions(people.admin, { userId: people.editor.id })).toMatchObject({ ok: true });
    expect(await nextRequest(c)).toBeNull();
  });

  it('a token naming a session of someone else, or none, is no session', async () => {
    const rep = (await decode({ token: await signIn('reporter@bantin.test', testPassword('reporter')), secret }))!;
    const adm = (await decode({ token: await signIn('admin@bantin.test', testPassword('admin')), secret }))!;
    expect(await resolveSessionUser({ uid: adm.uid, sv: adm.sv, sid: rep.sid })).toBeNull();
    expect(await resolveSessionUser({ uid: adm.uid, sv: adm.sv })).toBeNull();
    expect(await resolveSessionUser({ uid: adm.uid, sv: adm.sv, sid: adm.sid })).toMatchObject({ id: people.admin.id });
  });

  it('a token without a user or version, or with a forged version, is no session', async () => {
    expect(await resolveSessionUser(null)).toBeNull();
    expect(await resolveSessionUser({ uid: people.admin.id })).toBeNull();
    expect(await resolveSessionUser({ uid: people.admin.id, sv: 2 })).toBeNull();
    expect(await resolveSessionUser({ uid: 'khong-co', sv: 1 })).toBeNull();
    expect(await decode({ token: await encode({ token: { uid: people.admin.id, sv: 1 }, secret: 'another-secret-xxxxxxxxxxxxxxxx' }), secret }).catch(() => null)).toBeNull();
  });
});
