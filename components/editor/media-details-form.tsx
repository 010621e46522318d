'use client';

import { useActionState, useId } from 'react';
import { type MediaFormState, updateMediaAction } from '@/lib/actions/media';

const initial: MediaFormState = { status: 'idle', message: '', fieldErrors: {} };

/** A photo's library details: alt text, caption and credit (the defaults each article starts from). */
export function MediaDetailsForm({ media }: { media: { id: string; alt: string; caption: string; credit: string } }) {
  const [state, action, pending] = useActionState(updateMediaAction, initial);
  const id = useId();
  const field = (name: 'alt' | 'caption' | 'credit', label: string, multiline: boolean, hint?: string) => {
    const err = state.fieldErrors[name];
    const props = {
      id: `${id}-${name}`,
      name,
      defaultValue: media[name],
      'aria-invalid': err ? true : undefined,
      'aria-describedby': err ? `${id}-${name}-err` : undefined,
      className: 'mt-1 w-full rounded border border-stone-400 px-2 py-1 text-sm',
    };
    return (
      <div>
        <label htmlFor={`${id}-${name}`} className="block text-xs font-semibold text-stone-800">
          {label}
        </label>
        {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
        {hint && <p className="text-xs text-stone-600">{hint}</p>}
        {err && (
          <p id={`${id}-${name}-err`} className="text-xs font-semibold text-red-800">
            {err}
          </p>
        )}
      </div>
    );
  };
  return (
    <form action={action} className="mt-2 space-y-2">
      <input type="hidden" name="id" value={media.id} />
      {field('alt', 'Mô tả ảnh cho người khiếm thị', true)}
      {field('caption', 'Chú thích', true)}
      {field('credit', 'Người chụp', false, 'In dưới ảnh thành "Ảnh: …"')}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-stone-800 px-3 py-1 text-sm font-semibold text-white hover:bg-stone-900 disabled:opacity-70">
          {pending ? 'Đang lưu…' : 'Lưu thông tin ảnh'}
        </button>
        <span role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-800'}`}>
          {state.message}
        </span>
      </div>
    </form>
  );
}
