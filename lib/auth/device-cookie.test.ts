import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, type Db } from '@/lib/db';
import { freshDb, testDialects } from '@/test/test-db';
import { seedPeople, testPassword } from '@/test/users-fixture';
import { recentAccountLocks } from '@/lib/audit/log';
import { verifySignIn } from './credentials';
import { deviceCookieFrom, issueDeviceCookie, verifyDeviceCookie } from './device-cookie';
import { throttlePolicy } from './login-throttle';

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= 'test-secret-0123456789-abcdefghij';
});

describe('device cookie', () => {
  it('is accepted only as issued, and only for the account it names', () => {
    const value = issueDeviceCookie('Editor@BanTin.test');
    expect(verifyDeviceCookie(value, 'editor@bantin.test')).toMatch(/^[\w-]{22}$/);
    expect(verifyDeviceCookie(value, 'admin@bantin.test')).toBeNull();
    const [who, nonce, mac] = value.split('.');
    expect(verifyDeviceCookie(`${who}.${nonce}x.${mac}`, 'editor@bantin.test')).toBeNull();
    expect(verifyDeviceCookie(`${Buffer.from('admin@bantin.test').toString('base64url')}.${nonce}.${mac}`, 'admin@bantin.test')).toBeNull();
    expect(verifyDeviceCookie('rac', 'editor@bantin.test')).toBeNull();
    expect(deviceCookieFrom(`a=1; bantin_device=${value}; b=2`)).toBe(value);
  });
});

describe.each(testDialects)('a stranger cannot lock an editor out (%s)', (dialect) => {
  let db: Db;
  let people: Awaited<ReturnType<typeof seedPeople>>;
  beforeEach(async () => {
    db = await freshDb(dialect);
    people = await seedPeople();
  });
  afterAll(() => closeDb());

  it('the owner signs in from a browser that signed in before, while strangers stay locked; the owner sees the lock', async () => {
    const email = 'editor@bantin.test';
    const owners = issueDeviceCookie(email); // given at the owner's earlier sign-in
    for (let i = 0; i < throttlePolicy.accountLimit; i++) await verifySignIn({ email, password: `doan-${i}` }, `198.51.100.${i}`);
    // Locked for an unknown client, even with the right password.
    expect(await verifySignIn({ email, password: testPassword('editor') }, '10.9.9.9')).toMatchObject({ ok: false, reason: 'throttled' });
    // A forged device cookie is an unknown client.
    expect(await verifySignIn({ email, password: testPassword('editor') }, '10.9.9.9', new Date(), `${owners}x`)).toMatchObject({ ok: false, reason: 'throttled' });
    // The owner's own browser goes in.
    expect(await verifySignIn({ email, password: testPassword('editor') }, '10.9.9.9', new Date(), owners)).toMatchObject({ ok: true });
    // Still locked for strangers afterwards.
    expect(await verifySignIn({ email, password: testPassword('editor') }, '10.9.9.8')).toMatchObject({ ok: false, reason: 'throttled' });
    // The lock was recorded once, for the owner to see.
    const locks = await recentAccountLocks(people.editor.id, new Date(Date.now() - 3600_000));
    expect(locks).toHaveLength(1);
    expect(locks[0]!.ip).toBe(`198.51.100.${throttlePolicy.accountLimit - 1}`);
  });

  it('guesses from a trusted browser are limited too, on that browser only', async () => {
    const email = 'admin@bantin.test';
    const stolen = issueDeviceCookie(email);
    for (let i = 0; i < throttlePolicy.accountLimit; i++) await verifySignIn({ email, password: `doan-${i}` }, '10.0.0.1', new Date(), stolen);
    expect(await verifySignIn({ email, password: testPassword('admin') }, '10.0.0.1', new Date(), stolen)).toMatchObject({ ok: false, reason: 'throttled' });
    // Another of the owner's browsers, and an unknown client, are not affected.
    expect(await verifySignIn({ email, password: testPassword('admin') }, '10.0.0.2', new Date(), issueDeviceCookie(email))).toMatchObject({ ok: true });
    expect(await verifySignIn({ email, password: testPassword('admin') }, '10.0.0.3')).toMatchObject({ ok: true });
    expect(await db.selectFrom('audit_log').select('action').where('action', '=', 'auth.account-locked').execute()).toEqual([]);
  });
});
