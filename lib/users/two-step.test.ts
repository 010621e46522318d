import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { verifySignIn } from '@/lib/auth/credentials';
import { throttlePolicy } from '@/lib/auth/login-throttle';
import { resolveSessionUser } from '@/lib/auth/session';
import { freshDb, testDialects } from '@/test/test-db';
import { seedPeople, testPassword } from '@/test/users-fixture';
import { openSession } from './sessions';
import { confirmEnrolment, disableTwoStep, setTwoStepRequiredRoles, startEnrolment, twoStepStatus } from './two-step';

const codeAt = (secret: string, at: Date) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: at.getTime() });

describe.each(testDialects)('two-step sign-in (%s)', (dialect) => {
  let people: Awaited<ReturnType<typeof seedPeople>>;
  beforeEach(async () => {
    await freshDb(dialect);
    people = await seedPeople();
  });
  afterAll(() => closeDb());

  it('is turned on with a code from the app, then asked at sign-in; a code works once; a recovery code works once', async () => {
    const t0 = new Date('2026-12-03T03:00:00Z');
    const editor = { ...people.editor, email: 'editor@bantin.test' };
    const { secret } = await startEnrolment(editor);
    expect(await confirmEnrolment(editor, '000000', null, t0)).toMatchObject({ ok: false, field: 'code' });
    const on = await confirmEnrolment(editor, codeAt(secret, t0), null, t0);
    if (!on.ok) throw new Error(on.message);
    expect(on.value.recoveryCodes).toHaveLength(10);

    const email = 'editor@bantin.test';
    const password = testPassword('editor');
    const t1 = new Date(t0.getTime() + 90_000);
    expect(await verifySignIn({ email, password }, '10.0.0.1', t1)).toEqual({ ok: false, reason: 'code-required' });
    expect(await verifySignIn({ email, password, code: '123456' }, '10.0.0.1', t1)).toEqual({ ok: false, reason: 'code-invalid' });
    const code = codeAt(secret, t1);
    expect(await verifySignIn({ email, password, code }, '10.0.0.1', t1)).toMatchObject({ ok: true });
    // The same code again (read over a shoulder) is refused.
    expect(await verifySignIn({ email, password, code }, '10.0.0.1', t1)).toEqual({ ok: false, reason: 'code-invalid' });
    // A wrong password never reaches the code question.
    expect(await verifySignIn({ email, password: 'sai', code: codeAt(secret, t1) }, '10.0.0.1', t1)).toEqual({ ok: false, reason: 'invalid' });

    const recovery = on.value.recoveryCodes[0]!;
    expect(await verifySignIn({ email, password, code: recovery.toUpperCase() }, '10.0.0.1', t1)).toMatchObject({ ok: true });
    expect(await verifySignIn({ email, password, code: recovery }, '10.0.0.1', t1)).toEqual({ ok: false, reason: 'code-invalid' });
    expect((await twoStepStatus(people.editor.id)).recoveryLeft).toBe(9);
  });

  it('wrong codes are throttled like wrong passwords: after the limit even the right code is refused', async () => {
    const t0 = new Date();
    const editor = { ...people.editor, email: 'editor@bantin.test' };
    const { secret } = await startEnrolment(editor);
    expect((await confirmEnrolment(editor, codeAt(secret, t0), null, t0)).ok).toBe(true);
    const t1 = new Date(t0.getTime() + 60_000);
    const creds = { email: 'editor@bantin.test', password: testPassword('editor') };
    const wrong = codeAt(secret, new Date(t1.getTime() + 3_600_000));
    const answers = [];
    for (let i = 0; i < throttlePolicy.accountLimit; i++) answers.push((await verifySignIn({ ...creds, code: wrong }, '10.0.0.7', t1)).ok);
    expect(answers.every((ok) => !ok)).toBe(true);
    expect(await verifySignIn({ ...creds, code: codeAt(secret, t1) }, '10.0.0.7', t1)).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('an admin turns it off for a lost phone; nobody else may; the owner needs their password', async () => {
    const t0 = new Date();
    const reporter = { ...people.reporter, email: 'reporter@bantin.test' };
    const { secret } = await startEnrolment(reporter);
    expect((await confirmEnrolment(reporter, codeAt(secret, t0), null, t0)).ok).toBe(true);
    expect(await disableTwoStep(people.editor, { userId: people.reporter.id })).toMatchObject({ ok: false });
    expect(await disableTwoStep(people.reporter, { userId: people.reporter.id, password: 'sai' })).toMatchObject({ ok: false, field: 'password' });
    expect((await disableTwoStep(people.admin, { userId: people.reporter.id })).ok).toBe(true);
    expect((await twoStepStatus(people.reporter.id)).enabled).toBe(false);
    expect(await verifySignIn({ email: 'reporter@bantin.test', password: testPassword('reporter') }, null)).toMatchObject({ ok: true });
  });

  it('when required for a role, its people must turn it on before anything else', async () => {
    expect((await setTwoStepRequiredRoles(people.editor, ['editor'])).ok).toBe(false);
    expect((await setTwoStepRequiredRoles(people.admin, ['editor'])).ok).toBe(true);
    const token = async (u: { id: string }) => ({ uid: u.id, sv: 1, sid: await openSession(u.id) });
    expect(await resolveSessionUser(await token(people.editor))).toMatchObject({ mustEnrolTwoStep: true });
    expect(await resolveSessionUser(await token(people.reporter))).toMatchObject({ mustEnrolTwoStep: false });
    const editor = { ...people.editor, email: 'editor@bantin.test' };
    const { secret } = await startEnrolment(editor);
    await confirmEnrolment(editor, codeAt(secret, new Date()));
    expect(await resolveSessionUser(await token(people.editor))).toMatchObject({ mustEnrolTwoStep: false });
  });
});
