'use server';

/** A person's own account: changing their password (any role). */
import { redirect } from 'next/navigation';
import { authorizeAction, requestIp } from '@/lib/auth/session';
import { authPaths } from '@/lib/config/site';
import { changeOwnPassword } from '@/lib/users/accounts';
import { changeOwnPasswordSchema, fieldErrors } from '@/lib/validations/user';
import type { UserFormState } from './users';

/**
 * On success every session of the person ends, this one included (the
 * session version moves on), and they sign in again with the new password.
 */
export async function changeOwnPasswordAction(_prev: UserFormState, fd: FormData): Promise<UserFormState> {
  const auth = await authorizeAction();
  if (!auth.ok) return { status: 'error', message: auth.message };
  const get = (k: string) => (typeof fd.get(k) === 'string' ? (fd.get(k) as string) : '');
  const parsed = changeOwnPasswordSchema.safeParse({ currentPassword: get('currentPassword'), newPassword: get('newPassword'), confirmPassword: get('confirmPassword') });
  if (!parsed.success) return { status: 'error', message: 'Hãy sửa các ô được đánh dấu.', fieldErrors: fieldErrors(parsed.error) };
  let result;
  try {
    result = await changeOwnPassword(auth.user, parsed.data, await requestIp());
  } catch (error) {
    console.error('[bản tin] changeOwnPassword', error);
    return { status: 'error', message: 'Chưa đổi được mật khẩu do lỗi máy chủ. Hãy thử lại sau ít phút.' };
  }
  if (!result.ok) return { status: 'error', message: result.message, fieldErrors: result.field ? { [result.field]: result.message } : undefined };
  redirect(`${authPaths.signIn}?da-doi-mat-khau=1&callbackUrl=${encodeURIComponent(authPaths.account)}`);
}
