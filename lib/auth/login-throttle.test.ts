import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, createDb, type Db } from '@/lib/db';
import { freshDb, testDialects } from '@/test/test-db';
import { checkThrottle, pruneLoginAttempts, recordFailure, recordSuccess, retryAfterSeconds, throttleMessage, throttlePolicy } from './login-throttle';

const t0 = new Date('2026-11-28T07:00:00.000Z'); // 14:00 in Vietnam
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe.each(testDialects)('sign-in throttling on %s', (dialect) => {
  let db: Db;
  beforeEach(async () => {
    db = await freshDb(dialect);
  });
  afterAll(() => closeDb());

  it('locks an account after its limit of failures, from any address', async () => {
    const email = 'pv@baoquangnam.vn';
    for (let i = 1; i < throttlePolicy.accountLimit; i++) {
      expect(await recordFailure({ email, ip: `10.0.0.${i}` }, at(0), db)).toEqual({ locked: false });
    }
    const state = await recordFailure({ email: ' PV@BaoQuangNam.vn ', ip: '10.0.0.99' }, at(1), db);
    expect(state).toEqual({ locked: true, retryAt: at(1 + throttlePolicy.lockMinutes).toISOString() });
    // Locked for that account from anywhere, not for others from the same address.
    expect((await checkThrottle({ email, ip: '192.168.1.1' }, at(2), db)).locked).toBe(true);
    expect((await checkThrottle({ email: 'other@baoquangnam.vn', ip: '10.0.0.99' }, at(2), db)).locked).toBe(false);
    // The lock ends when it says.
    expect((await checkThrottle({ email, ip: null }, at(1 + throttlePolicy.lockMinutes + 0.01), db)).locked).toBe(false);
  });

  it('locks an address after its limit of failures across many accounts', async () => {
    const ip = '203.0.113.7';
    let state = await recordFailure({ email: 'a0@x.vn', ip }, at(0), db);
    for (let i = 1; i < throttlePolicy.addressLimit; i++) state = await recordFailure({ email: `a${i}@x.vn`, ip }, at(0), db);
    expect(state.locked).toBe(true);
    expect((await checkThrottle({ email: 'new@x.vn', ip }, at(1), db)).locked).toBe(true);
    expect((await checkThrottle({ email: 'new@x.vn', ip: '203.0.113.8' }, at(1), db)).locked).toBe(false);
  });

  it('starts a new window once the old one has passed', async () => {
    const s = { email: 'cham@x.vn', ip: null };
    for (let i = 0; i < throttlePolicy.accountLimit - 1; i++) await recordFailure(s, at(0), db);
    // The next failure comes after the window: the count starts again at 1.
    expect(await recordFailure(s, at(throttlePolicy.windowMinutes + 1), db)).toEqual({ locked: false });
    const row = await db.selectFrom('login_attempts').selectAll().where('key', '=', 'acct:cham@x.vn').executeTakeFirstOrThrow();
    expect(row.failures).toBe(1);
    expect(row.window_start).toBe(at(throttlePolicy.windowMinutes + 1).toISOString());
    for (let i = 0; i < throttlePolicy.accountLimit - 2; i++) expect((await recordFailure(s, at(throttlePolicy.windowMinutes + 2), db)).locked).toBe(false);
    expect((await recordFailure(s, at(throttlePolicy.windowMinutes + 3), db)).locked).toBe(true);
  });

  it('a success clears the account count but not the address count', async () => {
    const s = { email: 'dung@x.vn', ip: '198.51.100.2' };
    for (let i = 0; i < throttlePolicy.accountLimit - 1; i++) await recordFailure(s, at(0), db);
    await recordSuccess('Dung@x.vn', db);
    const rows = await db.selectFrom('login_attempts').select(['key', 'failures']).orderBy('key').execute();
    expect(rows).toEqual([{ key: 'ip:198.51.100.2', failures: throttlePolicy.accountLimit - 1 }]);
  });

  it('shares one count between two database handles (two server processes)', async () => {
    const other = createDb(); // a second connection/pool to the same database
    try {
      const s = { email: 'chung@x.vn', ip: '192.0.2.10' };
      const half = Math.floor(throttlePolicy.accountLimit / 2);
      // Interleaved and concurrent, as two processes would be.
      await Promise.all(Array.from({ length: half }, (_, i) => recordFailure(s, at(i / 10), i % 2 ? db : other.db)));
      for (let i = half; i < throttlePolicy.accountLimit - 1; i++) await recordFailure(s, at(1), other.db);
      expect((await checkThrottle(s, at(1), db)).locked).toBe(false);
      expect((await recordFailure(s, at(1), db)).locked).toBe(true);
      expect((await checkThrottle(s, at(2), other.db)).locked).toBe(true);
      const row = await other.db.selectFrom('login_attempts').select('failures').where('key', '=', 'acct:chung@x.vn').executeTakeFirstOrThrow();
      expect(row.failures).toBe(throttlePolicy.accountLimit);
    } finally {
      await other.db.destroy();
    }
  });

  it('prunes finished windows only', async () => {
    await recordFailure({ email: 'cu@x.vn', ip: null }, at(0), db);
    await recordFailure({ email: 'moi@x.vn', ip: null }, at(20), db);
    await pruneLoginAttempts(at(21), db);
    const keys = (await db.selectFrom('login_attempts').select('key').execute()).map((r) => r.key);
    expect(keys).toEqual(['acct:moi@x.vn']);
  });
});

describe('throttle message', () => {
  it('says when to retry in Vietnam time and how long that is', () => {
    const msg = throttleMessage('2026-11-28T07:05:00.000Z', new Date('2026-11-28T06:50:30.000Z'));
    expect(msg).toContain('thử lại sau 14:05');
    expect(msg).toContain('khoảng 15 phút nữa');
    expect(retryAfterSeconds('2026-11-28T07:05:00.000Z', new Date('2026-11-28T06:50:30.000Z'))).toBe(870);
  });
});
