'use server';

/** Admin user management: each action is one formAction (the data function checks the rights again and audits). */
import { revalidatePath } from 'next/cache';
import { authPaths } from '@/lib/config/site';
import { type UserWriteResult, changeRole, createUser, resetPassword, setActive } from '@/lib/users/accounts';
import { closeAllSessions } from '@/lib/users/sessions';
import { disableTwoStep, setTwoStepRequiredRoles } from '@/lib/users/two-step';
import { changeRoleSchema, createUserSchema, endSessionsSchema, resetPasswordSchema, setActiveSchema, twoStepPolicySchema } from '@/lib/validations/user';
import type { z } from 'zod';
import { type ActionContext, formAction, formText } from './action';
import type { UserFormState } from './user-form-state';

export type { UserFormState };

const fail = (message: string, fieldErrors?: Record<string, string>): UserFormState => ({ status: 'error', message, fieldErrors });

/** A refused write as the form shows it (the field it is about, when there is one). */
function refused(result: Extract<UserWriteResult<unknown>, { ok: false }>): UserFormState {
  return fail(result.message, result.field ? { [result.field]: result.message } : undefined);
}

/** The small forms (a role, a switch) have no field to mark: say what is wrong. */
const firstIssue = (error: { issues: { message: string }[] }) => fail(error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.');

const refreshUsers = (state: UserFormState) => {
  if (state.status === 'ok') revalidatePath(authPaths.users, 'layout');
};

const typed = (form: FormData) => ({ name: formText(form, 'name'), email: formText(form, 'email'), role: formText(form, 'role') });
const createUserForm = formAction({
  name: 'createUser',
  roles: ['admin'],
  schema: createUserSchema,
  input: (form) => ({ ...typed(form), password: formText(form, 'password') }),
  fail,
  run: async (data, { actor, ip }): Promise<UserFormState> => {
    const result = await createUser(actor, data, ip);
    if (!result.ok) return refused(result);
    return { status: 'ok', message: `Đã tạo tài khoản cho ${result.value.name} (${result.value.email}). Hãy chuyển mật khẩu ban đầu cho họ.` };
  },
  after: refreshUsers,
});

/** What the person typed (never a password) goes back into the form after an error. */
export async function createUserAction(prev: UserFormState, form: FormData): Promise<UserFormState> {
  const state = await createUserForm(prev, form);
  return state.status === 'error' ? { ...state, values: typed(form) } : state;
}

/** An admin's write on one person: the named fields of the form, the data function, what to say when it worked. */
function adminUserAction<S extends z.ZodType, T>(def: {
  name: string;
  schema: S;
  fields: string[];
  write: (actor: ActionContext['actor'], data: z.output<S>, ip: string | null) => Promise<UserWriteResult<T>>;
  done: (data: z.output<S>) => string;
  invalid?: typeof firstIssue;
}) {
  return formAction({
    name: def.name,
    roles: ['admin'],
    schema: def.schema,
    input: (form) => Object.fromEntries(def.fields.map((f) => [f, formText(form, f)])),
    fail,
    invalid: def.invalid,
    run: async (data, { actor, ip }): Promise<UserFormState> => {
      const result = await def.write(actor, data, ip);
      return result.ok ? { status: 'ok', message: def.done(data) } : refused(result);
    },
    after: refreshUsers,
  });
}

export const changeRoleAction = adminUserAction({
  name: 'changeRole',
  schema: changeRoleSchema,
  fields: ['userId', 'role'],
  write: changeRole,
  done: () => 'Đã đổi vai trò. Thay đổi có hiệu lực ngay ở lần thao tác tiếp theo của người đó.',
  invalid: firstIssue,
});

export const setActiveAction = adminUserAction({
  name: 'setActive',
  schema: setActiveSchema,
  fields: ['userId', 'active'],
  write: setActive,
  done: (data) => (data.active ? 'Đã mở lại tài khoản.' : 'Đã khóa tài khoản. Người này bị đăng xuất ngay.'),
  invalid: firstIssue,
});

export const resetPasswordAction = adminUserAction({
  name: 'resetPassword',
  schema: resetPasswordSchema,
  fields: ['userId', 'password'],
  write: resetPassword,
  done: () => 'Đã đặt mật khẩu mới. Các phiên đăng nhập cũ của người này đã kết thúc.',
});

export const endSessionsAction = adminUserAction({
  name: 'endSessions',
  schema: endSessionsSchema,
  fields: ['userId'],
  write: closeAllSessions,
  done: () => 'Đã đăng xuất người này khỏi mọi thiết bị.',
  invalid: firstIssue,
});

/** A lost phone: the admin turns the person's two-step sign-in off (audited as a reset). */
export const resetTwoStepAction = adminUserAction({
  name: 'resetTwoStep',
  schema: endSessionsSchema,
  fields: ['userId'],
  write: (actor, data, ip) => disableTwoStep(actor, { userId: data.userId }, ip),
  done: () => 'Đã tắt xác thực hai bước của người này. Họ đăng nhập bằng mật khẩu rồi bật lại với điện thoại mới.',
  invalid: firstIssue,
});

export const twoStepPolicyAction = formAction({
  name: 'twoStepPolicy',
  roles: ['admin'],
  schema: twoStepPolicySchema,
  input: (form) => ({ roles: form.getAll('roles').filter((v) => typeof v === 'string') }),
  fail,
  invalid: firstIssue,
  run: async (data, { actor, ip }): Promise<UserFormState> => {
    const result = await setTwoStepRequiredRoles(actor, data.roles, ip);
    if (!result.ok) return refused(result);
    return { status: 'ok', message: data.roles.length ? 'Đã lưu. Những người chưa bật sẽ được yêu cầu bật ở lần thao tác tiếp theo.' : 'Đã lưu: không bắt buộc xác thực hai bước.' };
  },
  after: refreshUsers,
});
