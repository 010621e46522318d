'use server';

/** A person's own account: their password and two-step sign-in (any role). */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authPaths } from '@/lib/config/site';
import { changeOwnPassword } from '@/lib/users/accounts';
import { confirmEnrolment, disableTwoStep, startEnrolment } from '@/lib/users/two-step';
import { changeOwnPasswordSchema, disableTwoStepSchema, noFieldsSchema, twoStepCodeSchema } from '@/lib/validations/user';
import { formAction, formText } from './action';
import type { UserFormState } from './user-form-state';

const fail = (message: string, fieldErrors?: Record<string, string>): UserFormState => ({ status: 'error', message, fieldErrors });

/** On success every session of the person ends, this one included, and they sign in again with the new password. */
export const changeOwnPasswordAction = formAction({
  name: 'changeOwnPassword',
  enrolling: true,
  schema: changeOwnPasswordSchema,
  input: (form) => ({ currentPassword: formText(form, 'currentPassword'), newPassword: formText(form, 'newPassword'), confirmPassword: formText(form, 'confirmPassword') }),
  fail,
  run: async (data, { actor, ip }): Promise<UserFormState> => {
    const result = await changeOwnPassword(actor, data, ip);
    if (!result.ok) return fail(result.message, result.field ? { [result.field]: result.message } : undefined);
    return { status: 'ok' };
  },
  after: (state) => {
    if (state.status === 'ok') redirect(`${authPaths.signIn}?da-doi-mat-khau=1&callbackUrl=${encodeURIComponent(authPaths.account)}`);
  },
});

/** Step 1 of two-step sign-in: a new secret for the person's app (the page shows its QR code). */
export const startTwoStepAction = formAction({
  name: 'startTwoStep',
  enrolling: true,
  schema: noFieldsSchema,
  input: () => ({}),
  fail,
  run: async (_data, { actor }): Promise<UserFormState> => {
    await startEnrolment(actor);
    return { status: 'ok' };
  },
  after: (state) => {
    if (state.status === 'ok') revalidatePath(authPaths.twoStep);
  },
});

/** Step 2: the code from the app turns it on; the recovery codes come back once. */
export const confirmTwoStepAction = formAction({
  name: 'confirmTwoStep',
  enrolling: true,
  schema: twoStepCodeSchema,
  input: (form) => ({ code: formText(form, 'code') }),
  fail,
  run: async (data, { actor, ip }): Promise<UserFormState> => {
    const result = await confirmEnrolment(actor, data.code, ip);
    if (!result.ok) return fail(result.message, result.field ? { [result.field]: result.message } : undefined);
    return { status: 'ok', message: 'Đã bật xác thực hai bước. Từ lần đăng nhập sau, bạn cần mã trong ứng dụng.', recoveryCodes: result.value.recoveryCodes };
  },
});

export const disableTwoStepAction = formAction({
  name: 'disableTwoStep',
  schema: disableTwoStepSchema,
  input: (form) => ({ password: formText(form, 'password') }),
  fail,
  run: async (data, { actor, ip }): Promise<UserFormState> => {
    const result = await disableTwoStep(actor, { userId: actor.id, password: data.password }, ip);
    if (!result.ok) return fail(result.message, result.field ? { [result.field]: result.message } : undefined);
    return { status: 'ok', message: 'Đã tắt xác thực hai bước.' };
  },
  after: (state) => {
    if (state.status === 'ok') revalidatePath(authPaths.account);
  },
});
