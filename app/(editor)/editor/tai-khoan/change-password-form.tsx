'use client';

import { useActionState, useId } from 'react';
import { FieldError, FormStatus, inputClass, labelClass, primaryButtonClass } from '@/components/editor/form-status';
import { changeOwnPasswordAction } from '@/lib/actions/account';
import type { UserFormState } from '@/lib/actions/users';
import { PASSWORD_MIN } from '@/lib/validations/user';

const initial: UserFormState = { status: 'idle' };

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changeOwnPasswordAction, initial);
  const id = useId();
  const err = state.fieldErrors ?? {};
  const field = (name: string, label: string, autoComplete: string, hint?: string) => (
    <div>
      <label htmlFor={`${id}-${name}`} className={labelClass}>
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        aria-invalid={err[name] ? true : undefined}
        aria-describedby={err[name] ? `${id}-${name}-error` : undefined}
        className={inputClass}
      />
      {hint && <p className="mt-1 text-sm text-stone-700">{hint}</p>}
      <FieldError id={`${id}-${name}-error`} message={err[name]} />
    </div>
  );
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormStatus state={state} />
      {field('currentPassword', 'Mật khẩu hiện tại', 'current-password')}
      {field('newPassword', 'Mật khẩu mới', 'new-password', `Ít nhất ${PASSWORD_MIN} ký tự.`)}
      {field('confirmPassword', 'Nhập lại mật khẩu mới', 'new-password')}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? 'Đang lưu…' : 'Đổi mật khẩu'}
      </button>
    </form>
  );
}
