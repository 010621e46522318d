'use client';

import { useActionState, useId } from 'react';
import { changeRoleAction, endSessionsAction, resetPasswordAction, setActiveAction, type UserFormState } from '@/lib/actions/users';
import type { Role } from '@/lib/db/schema';
import { PASSWORD_MIN, roleLabels, roles } from '@/lib/validations/user';
import { FieldError, FormStatus, inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from '../form-status';

const initial: UserFormState = { status: 'idle' };

export function ChangeRoleForm({ userId, role }: { userId: string; role: Role }) {
  const [state, action, pending] = useActionState(changeRoleAction, initial);
  const id = useId();
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <div>
        <label htmlFor={`${id}-role`} className={labelClass}>
          Vai trò mới
        </label>
        <select id={`${id}-role`} name="role" defaultValue={role} className={`${inputClass} max-w-xs`}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? 'Đang lưu…' : 'Đổi vai trò'}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function SetActiveForm({ userId, active, isSelf }: { userId: string; active: boolean; isSelf: boolean }) {
  const [state, action, pending] = useActionState(setActiveAction, initial);
  return (
    <form
      action={action}
      className="space-y-3"
      onSubmit={(e) => {
        if (active && !window.confirm('Khóa tài khoản này? Người dùng sẽ bị đăng xuất ngay.')) e.preventDefault();
      }}
    >
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? '0' : '1'} />
      <p className="text-sm text-stone-800">
        Trạng thái: <strong>{active ? 'Đang hoạt động' : 'Đã khóa'}</strong>
      </p>
      {isSelf && active ? (
        <p className="text-sm text-stone-700">Bạn không thể tự khóa tài khoản của mình.</p>
      ) : (
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {active ? 'Khóa tài khoản' : 'Mở lại tài khoản'}
        </button>
      )}
      <FormStatus state={state} />
    </form>
  );
}

export function ResetPasswordForm({ userId }: { userId: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, initial);
  const id = useId();
  const err = state.fieldErrors?.password;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <div>
        <label htmlFor={`${id}-password`} className={labelClass}>
          Mật khẩu mới
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="text"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${id}-password-error` : undefined}
          className={`${inputClass} max-w-xs font-mono`}
        />
        <FieldError id={`${id}-password-error`} message={err} />
      </div>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? 'Đang lưu…' : 'Đặt lại mật khẩu'}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

/** An admin ends every session of a person (a lost phone, a shared computer). */
export function EndSessionsForm({ userId, openSessions }: { userId: string; openSessions: number }) {
  const [state, action, pending] = useActionState(endSessionsAction, initial);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-stone-800">
        Số phiên đang mở: <strong>{openSessions}</strong>
      </p>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? 'Đang đăng xuất…' : 'Đăng xuất khỏi mọi thiết bị'}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
