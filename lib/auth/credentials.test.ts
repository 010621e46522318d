import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, type Db } from '@/lib/db';
import { throttlePolicy } from './login-throttle';
import { freshDb, testDialects } from '@/test/test-db';
import { seedPeople, testPassword } from '@/test/users-fixture';
import { verifySignIn } from './credentials';

describe.each(testDialects)('sign-in check on %s', (dialect) => {
  let db: Db;
  beforeEach(async () => {
    db = await freshDb(dialect);
    await seedPeople();
  });
  afterAll(() => closeDb());

  it('answers a wrong password and an unknown account the same way', async () => {
    const wrong = await verifySignIn({ email: 'editor@bantin.test', password: 'sai-mat-khau' }, '10.1.1.1');
    const unknown = await verifySignIn({ email: 'khong-ai@bantin.test', password: 'sai-mat-khau' }, '10.1.1.1');
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
  });

  it('signs in with any letter case in the email and logs it with the address', async () => {
    const r = await verifySignIn({ email: '  Editor@BanTin.test ', password: testPassword('editor') }, '10.1.1.2');
    expect(r).toMatchObject({ ok: true, user: { email: 'editor@bantin.test', role: 'editor', sessionVersion: 1 } });
    const log = await db.selectFrom('audit_log').selectAll().execute();
    expect(log).toMatchObject([{ action: 'auth.sign-in', ip: '10.1.1.2' }]);
  });

  it('logs failures with a reason and never the password', async () => {
    await verifySignIn({ email: 'editor@bantin.test', password: 'bi-mat-sai-1' }, '10.1.1.3');
    await verifySignIn({ email: 'ai-do@bantin.test', password: 'bi-mat-sai-2' }, '10.1.1.3');
    const log = await db.selectFrom('audit_log').selectAll().orderBy('at').execute();
    expect(log.map((l) => [l.action, l.target, JSON.parse(l.detail!).reason])).toEqual([
      ['auth.sign-in-failed', 'editor@bantin.test', 'wrong-password'],
      ['auth.sign-in-failed', 'ai-do@bantin.test', 'unknown-account'],
    ]);
    expect(JSON.stringify(log)).not.toMatch(/bi-mat-sai/);
  });

  it('after the limit, even the right password is refused until the lock ends', async () => {
    for (let i = 0; i < throttlePolicy.accountLimit; i++) {
      expect(await verifySignIn({ email: 'reporter@bantin.test', password: `sai-${i}` }, `10.2.0.${i}`)).toEqual({ ok: false, reason: 'invalid' });
    }
    const locked = await verifySignIn({ email: 'reporter@bantin.test', password: testPassword('reporter') }, '10.9.9.9');
    expect(locked).toMatchObject({ ok: false, reason: 'throttled' });
    const later = new Date(Date.now() + (throttlePolicy.lockMinutes + 1) * 60_000);
    expect(await verifySignIn({ email: 'reporter@bantin.test', password: testPassword('reporter') }, '10.9.9.9', later)).toMatchObject({ ok: true });
  });

  it('a success resets the account count', async () => {
    for (let i = 0; i < throttlePolicy.accountLimit - 1; i++) await verifySignIn({ email: 'admin@bantin.test', password: 'sai' }, null);
    expect((await verifySignIn({ email: 'admin@bantin.test', password: testPassword('admin') }, null)).ok).toBe(true);
    for (let i = 0; i < throttlePolicy.accountLimit - 1; i++) {
      expect(await verifySignIn({ email: 'admin@bantin.test', password: 'sai' }, null)).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
