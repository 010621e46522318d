'use client';

import { useActionState, useId } from 'react';
import Link from 'next/link';
import { confirmTwoStepAction, disableTwoStepAction, startTwoStepAction } from '@/lib/actions/account';
import { resetTwoStepAction, twoStepPolicyAction, type UserFormState } from '@/lib/actions/users';
import { authPaths } from '@/lib/config/site';
import type { Role } from '@/lib/db/schema';
import { roleLabels } from '@/lib/validations/user';
import { FieldError, FormStatus, inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from '../form-status';

const initial: UserFormState = { status: 'idle' };

export function StartTwoStepForm({ again = false }: { again?: boolean }) {
  const [state, action, pending] = useActionState(startTwoStepAction, initial);
  return (
    <form action={action} className="space-y-3">
      <button type="submit" disabled={pending} className={again ? secondaryButtonClass : primaryButtonClass}>
        {pending ? 'Đang tạo khóa…' : again ? 'Tạo khóa mới' : 'Bắt đầu bật xác thực hai bước'}
      </button>
      <FormStatus state={state.status === 'error' ? state : initial} />
    </form>
  );
}

/** The code from the app turns it on; the recovery codes are shown here once. */
export function ConfirmTwoStepForm() {
  const [state, action, pending] = useActionState(confirmTwoStepAction, initial);
  const id = useId();
  const err = state.fieldErrors?.code;
  if (state.status === 'ok' && state.recoveryCodes) {
    return (
      <div className="space-y-3">
        <FormStatus state={state} />
        <h2 className="text-lg font-semibold">Mã khôi phục</h2>
        <p className="text-sm text-stone-800">
          Mỗi mã dùng được một lần để đăng nhập khi không có điện thoại. Hãy in hoặc chép lại và cất ở nơi an toàn: mã chỉ hiện lần này.
        </p>
        <ul aria-label="Mã khôi phục" className="grid max-w-sm grid-cols-2 gap-2 font-mono text-base">
          {state.recoveryCodes.map((c) => (
            <li key={c} className="rounded border border-stone-300 bg-stone-50 px-2 py-1 text-center">
              {c}
            </li>
          ))}
        </ul>
        <Link href={authPaths.account} className="inline-block text-blue-800 underline">
          Tôi đã lưu các mã này — về trang Tài khoản
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="max-w-sm space-y-3" noValidate>
      <FormStatus state={state} />
      <div>
        <label htmlFor={`${id}-code`} className={labelClass}>
          Mã xác thực (6 chữ số)
        </label>
        <input
          id={`${id}-code`}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${id}-code-error` : undefined}
          className={`${inputClass} tracking-widest`}
        />
        <FieldError id={`${id}-code-error`} message={err} />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? 'Đang kiểm tra…' : 'Xác nhận và bật'}
      </button>
    </form>
  );
}

export function DisableTwoStepForm() {
  const [state, action, pending] = useActionState(disableTwoStepAction, initial);
  const id = useId();
  const err = state.fieldErrors?.password;
  return (
    <form action={action} className="max-w-md space-y-3" noValidate>
      <FormStatus state={state} />
      <div>
        <label htmlFor={`${id}-pw`} className={labelClass}>
          Mật khẩu hiện tại (để tắt xác thực hai bước)
        </label>
        <input id={`${id}-pw`} name="password" type="password" autoComplete="current-password" aria-invalid={err ? true : undefined} aria-describedby={err ? `${id}-pw-error` : undefined} className={inputClass} />
        <FieldError id={`${id}-pw-error`} message={err} />
      </div>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? 'Đang tắt…' : 'Tắt xác thực hai bước'}
      </button>
    </form>
  );
}

/** An admin, for someone who lost their phone. */
export function ResetTwoStepForm({ userId }: { userId: string }) {
  const [state, action, pending] = useActionState(resetTwoStepAction, initial);
  return (
    <form
      action={action}
      className="space-y-3"
      onSubmit={(e) => {
        if (!window.confirm('Tắt xác thực hai bước của người này? Hãy chắc chắn đúng là họ đang nhờ (gọi điện hoặc gặp trực tiếp).')) e.preventDefault();
      }}
    >
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? 'Đang tắt…' : 'Tắt xác thực hai bước (mất điện thoại)'}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

const policyRoles: Role[] = ['admin', 'editor', 'reporter'];

export function TwoStepPolicyForm({ required }: { required: Role[] }) {
  const [state, action, pending] = useActionState(twoStepPolicyAction, initial);
  return (
    <form action={action} className="space-y-3">
      <fieldset className="min-w-0">
        <legend className={labelClass}>Bắt buộc xác thực hai bước cho</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {policyRoles.map((r) => (
            <label key={r} className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name="roles" value={r} defaultChecked={required.includes(r)} className="h-5 w-5" />
              {roleLabels[r]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? 'Đang lưu…' : 'Lưu quy định'}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
