'use server';

/**
 * Admin user management. Each action: authorizeAction(['admin']) + safeParse
 * + the data function (which checks the rights again and writes the audit
 * log in the same transaction) + revalidate. They never throw for a refused
 * or bad request; they answer with a Vietnamese message.
 */
import { revalidatePath } from 'next/cache';
import { authorizeAction, requestIp } from '@/lib/auth/session';
import { authPaths } from '@/lib/config/site';
import { changeRole, createUser, resetPassword, setActive } from '@/lib/users/accounts';
import { changeRoleSchema, createUserSchema, fieldErrors, resetPasswordSchema, setActiveSchema } from '@/lib/validations/user';

export type UserFormState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the person typed (never a password), to put back in the form after an error. */
  values?: Record<string, string>;
};

const text = (fd: FormData, k: string) => {
  const v = fd.get(k);
  return typeof v === 'string' ? v : '';
};

const SERVER_ERROR = 'Chưa lưu được do lỗi máy chủ. Hãy thử lại sau ít phút.';

export async function createUserAction(_prev: UserFormState, fd: FormData): Promise<UserFormState> {
  const values = { name: text(fd, 'name'), email: text(fd, 'email'), role: text(fd, 'role') };
  const auth = await authorizeAction(['admin']);
  if (!auth.ok) return { status: 'error', message: auth.message, values };
  const parsed = createUserSchema.safeParse({ ...values, password: text(fd, 'password') });
  if (!parsed.success) return { status: 'error', message: 'Hãy sửa các ô được đánh dấu.', fieldErrors: fieldErrors(parsed.error), values };
  let result;
  try {
    result = await createUser(auth.user, parsed.data, await requestIp());
  } catch (error) {
    console.error('[bản tin] createUser', error);
    return { status: 'error', message: SERVER_ERROR, values };
  }
  if (!result.ok) return { status: 'error', message: result.message, fieldErrors: result.field ? { [result.field]: result.message } : undefined, values };
  revalidatePath(authPaths.users);
  return { status: 'ok', message: `Đã tạo tài khoản cho ${result.value.name} (${result.value.email}). Hãy chuyển mật khẩu ban đầu cho họ.` };
}

export async function changeRoleAction(_prev: UserFormState, fd: FormData): Promise<UserFormState> {
  const auth = await authorizeAction(['admin']);
  if (!auth.ok) return { status: 'error', message: auth.message };
  const parsed = changeRoleSchema.safeParse({ userId: text(fd, 'userId'), role: text(fd, 'role') });
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.' };
  let result;
  try {
    result = await changeRole(auth.user, parsed.data, await requestIp());
  } catch (error) {
    console.error('[bản tin] changeRole', error);
    return { status: 'error', message: SERVER_ERROR };
  }
  if (!result.ok) return { status: 'error', message: result.message };
  revalidatePath(authPaths.users, 'layout');
  return { status: 'ok', message: 'Đã đổi vai trò. Thay đổi có hiệu lực ngay ở lần thao tác tiếp theo của người đó.' };
}

export async function setActiveAction(_prev: UserFormState, fd: FormData): Promise<UserFormState> {
  const auth = await authorizeAction(['admin']);
  if (!auth.ok) return { status: 'error', message: auth.message };
  const parsed = setActiveSchema.safeParse({ userId: text(fd, 'userId'), active: text(fd, 'active') });
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.' };
  let result;
  try {
    result = await setActive(auth.user, parsed.data, await requestIp());
  } catch (error) {
    console.error('[bản tin] setActive', error);
    return { status: 'error', message: SERVER_ERROR };
  }
  if (!result.ok) return { status: 'error', message: result.message };
  revalidatePath(authPaths.users, 'layout');
  return { status: 'ok', message: parsed.data.active ? 'Đã mở lại tài khoản.' : 'Đã khóa tài khoản. Người này bị đăng xuất ngay.' };
}

export async function resetPasswordAction(_prev: UserFormState, fd: FormData): Promise<UserFormState> {
  const auth = await authorizeAction(['admin']);
  if (!auth.ok) return { status: 'error', message: auth.message };
  const parsed = resetPasswordSchema.safeParse({ userId: text(fd, 'userId'), password: text(fd, 'password') });
  if (!parsed.success) return { status: 'error', message: 'Hãy sửa các ô được đánh dấu.', fieldErrors: fieldErrors(parsed.error) };
  let result;
  try {
    result = await resetPassword(auth.user, parsed.data, await requestIp());
  } catch (error) {
    console.error('[bản tin] resetPassword', error);
    return { status: 'error', message: SERVER_ERROR };
  }
  if (!result.ok) return { status: 'error', message: result.message };
  revalidatePath(authPaths.users, 'layout');
  return { status: 'ok', message: 'Đã đặt mật khẩu mới. Các phiên đăng nhập cũ của người này đã kết thúc.' };
}
