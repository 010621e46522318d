import { z } from './zod';
import type { Role } from '@/lib/db/schema';

/**
 * The one schema set for people: the sign-in form, the admin's user forms,
 * the own-password form and the CLI all parse with these.
 */

export const roles = ['reporter', 'editor', 'admin'] as const satisfies readonly Role[];

export const roleLabels: Record<Role, string> = {
  reporter: 'Phóng viên',
  editor: 'Biên tập viên',
  admin: 'Quản trị',
};

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const emailSchema = z
  .string({ error: 'Hãy nhập email.' })
  .trim()
  .toLowerCase()
  .min(1, 'Hãy nhập email.')
  .max(254, 'Email quá dài.')
  .pipe(z.email({ error: 'Email không hợp lệ.' }));

export const newPasswordSchema = z
  .string({ error: 'Hãy nhập mật khẩu.' })
  .min(PASSWORD_MIN, `Mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự.`)
  .max(PASSWORD_MAX, `Mật khẩu tối đa ${PASSWORD_MAX} ký tự.`);

export const roleSchema = z.enum(roles, { error: 'Vai trò không hợp lệ.' });

export const nameSchema = z.string({ error: 'Hãy nhập họ tên.' }).trim().min(1, 'Hãy nhập họ tên.').max(120, 'Họ tên tối đa 120 ký tự.');

/** Sign-in: only presence is checked here, so the form never hints at what an account looks like. */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Hãy nhập email.').max(254, 'Email quá dài.'),
  password: z.string().min(1, 'Hãy nhập mật khẩu.').max(PASSWORD_MAX, 'Mật khẩu quá dài.'),
});

export const createUserSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  role: roleSchema,
  password: newPasswordSchema,
});

export const userIdSchema = z.string().trim().min(1, 'Thiếu người dùng.').max(100);

export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });

export const endSessionsSchema = z.object({ userId: userIdSchema });

/** Two-step sign-in forms (lib/users/two-step.ts). The first step is a button: no fields. */
export const noFieldsSchema = z.object({});
export const twoStepCodeSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'Mã xác thực gồm 6 chữ số.') });
export const disableTwoStepSchema = z.object({ password: z.string().min(1, 'Hãy nhập mật khẩu hiện tại.').max(200) });
export const twoStepPolicySchema = z.object({ roles: z.array(roleSchema).max(3) });

export const setActiveSchema = z.object({
  userId: userIdSchema,
  active: z.enum(['0', '1']).transform((v) => v === '1'),
});

export const resetPasswordSchema = z.object({ userId: userIdSchema, password: newPasswordSchema });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Hãy nhập mật khẩu hiện tại.').max(PASSWORD_MAX, 'Mật khẩu quá dài.'),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'Mật khẩu nhập lại không khớp.' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });

/** Field errors of a failed parse, first message per field, for a form's state. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_');
    out[key] ??= issue.message;
  }
  return out;
}
