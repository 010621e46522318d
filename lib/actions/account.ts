'use server';

/** A person's own account: changing their password (any role). */
import { redirect } from 'next/navigation';
import { authPaths } from '@/lib/config/site';
import { changeOwnPassword } from '@/lib/users/accounts';
import { changeOwnPasswordSchema } from '@/lib/validations/user';
import { formAction, formText } from './action';
import type { UserFormState } from './user-form-state';

const fail = (message: string, fieldErrors?: Record<string, string>): UserFormState => ({ status: 'error', message, fieldErrors });

/** On success every session of the person ends, this one included, and they sign in again with the new password. */
export const changeOwnPasswordAction = formAction({
  name: 'changeOwnPassword',
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
