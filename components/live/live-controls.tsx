'use client';

import { useActionState, useState } from 'react';
import { FormStatus, primaryButtonClass, secondaryButtonClass } from '@/components/editor/form-status';
import { type LiveFormState, closeLiveAction, removeLiveEntryAction, startLiveAction } from '@/lib/actions/live';

const initial: LiveFormState = { status: 'idle', message: '' };

export function StartLiveForm({ articleId }: { articleId: string }) {
  const [state, action, pending] = useActionState(startLiveAction, initial);
  return (
    <form action={action} className="space-y-2">
      <FormStatus state={state} />
      <input type="hidden" name="articleId" value={articleId} />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        Bắt đầu tường thuật
      </button>
    </form>
  );
}

/** Closing cannot be undone, so it asks once more. */
export function CloseLiveForm({ articleId }: { articleId: string }) {
  const [state, action, pending] = useActionState(closeLiveAction, initial);
  const [asking, setAsking] = useState(false);
  return (
    <form action={action} className="space-y-2">
      <FormStatus state={state} />
      <input type="hidden" name="articleId" value={articleId} />
      {asking ? (
        <div role="group" aria-label="Xác nhận kết thúc" className="flex flex-wrap items-center gap-2 rounded border border-amber-400 bg-amber-50 p-3">
          <p className="w-full text-sm text-stone-900">Sau khi kết thúc, không ai thêm, sửa hay gỡ được cập nhật nữa.</p>
          <button type="submit" disabled={pending} className={primaryButtonClass}>
            Xác nhận kết thúc
          </button>
          <button type="button" onClick={() => setAsking(false)} className={secondaryButtonClass}>
            Hủy
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setAsking(true)} className={secondaryButtonClass}>
          Kết thúc tường thuật
        </button>
      )}
    </form>
  );
}

export function RemoveEntryForm({ entryId, label }: { entryId: string; label: string }) {
  const [state, action, pending] = useActionState(removeLiveEntryAction, initial);
  return (
    <form action={action} className="inline-block">
      <input type="hidden" name="entryId" value={entryId} />
      <button type="submit" disabled={pending} aria-label={label} className={secondaryButtonClass}>
        Gỡ
      </button>
      {state.status === 'error' && (
        <span role="alert" className="ml-2 text-sm text-red-800">
          {state.message}
        </span>
      )}
    </form>
  );
}
