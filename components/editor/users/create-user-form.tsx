'use client';

import { useActionState, useId } from 'react';
import { createUserAction, type UserFormState } from '@/lib/actions/users';
import { PASSWORD_MIN, roleLabels, roles } from '@/lib/validations/user';
import { FieldError, FormStatus, inputClass, labelClass, primaryButtonClass } from '../form-status';

const initial: UserFormState = { status: 'idle' };

/** Admin creates (invites) a person: name, email, role and an initial password to pass on. */
export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, initial);
  const id = useId();
  const err = state.fieldErrors ?? {};
  const v = state.status === 'error' ? (state.values ?? {}) : {};
  const field = (name: string) => ({
    id: `${id}-${name}`,
    name,
    'aria-invalid': err[name] ? true : undefined,
    'aria-describedby': err[name] ? `${id}-${name}-error` : undefined,
  });

  return (
    <form action={action} className="max-w-lg space-y-4" noValidate>
      <FormStatus state={state} />
      <div>
        <label htmlFor={`${id}-name`} className={labelClass}>
          Họ tên
        </label>
        <input {...field('name')} type="text" autoComplete="off" required defaultValue={v.name} className={inputClass} />
        <FieldError id={`${id}-name-error`} message={err.name} />
      </div>
      <div>
        <label htmlFor={`${id}-email`} className={labelClass}>
          Email
        </label>
        <input {...field('email')} type="email" autoComplete="off" required defaultValue={v.email} className={inputClass} />
        <FieldError id={`${id}-email-error`} message={err.email} />
      </div>
      <div>
        <label htmlFor={`${id}-role`} className={labelClass}>
          Vai trò
        </label>
        <select {...field('role')} defaultValue={v.role || 'reporter'} className={inputClass}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-role-error`} message={err.role} />
      </div>
      <div>
        <label htmlFor={`${id}-password`} className={labelClass}>
          Mật khẩu ban đầu
        </label>
        <input {...field('password')} type="text" autoComplete="new-password" required minLength={PASSWORD_MIN} className={`${inputClass} font-mono`} />
        <p className="mt-1 text-sm text-stone-700">Ít nhất {PASSWORD_MIN} ký tự. Hãy chuyển cho người dùng qua kênh an toàn; họ có thể tự đổi sau khi đăng nhập.</p>
        <FieldError id={`${id}-password-error`} message={err.password} />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? 'Đang tạo…' : 'Tạo tài khoản'}
      </button>
    </form>
  );
}
