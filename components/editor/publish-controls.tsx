import { fieldHelpers } from './field-helpers';

type Props = {
  /** Published or scheduled: saving updates what readers see. */
  live: boolean;
  canSubmit: boolean;
  canPublish: boolean;
  canSchedule: boolean;
  busy: boolean;
  pending: boolean;
  publishAt: string;
  onPublishAt: (v: string) => void;
  errors: Record<string, string>;
};

/** The form's submit buttons (each sends its intent) and the schedule time. */
export function PublishControls({ live, canSubmit, canPublish, canSchedule, busy, pending, publishAt, onPublishAt, errors }: Props) {
  const { err, describe, fieldError } = fieldHelpers(errors);
  return (
    <div className="space-y-3 rounded border border-stone-300 bg-white p-3">
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="save" disabled={busy} className="rounded bg-stone-800 px-4 py-2 font-semibold text-white hover:bg-stone-900 disabled:opacity-70">
          {live ? 'Cập nhật bài' : 'Lưu nháp'}
        </button>
        {canSubmit && (
          <button type="submit" name="intent" value="submit" disabled={busy} className="rounded border-2 border-stone-800 bg-white px-4 py-2 font-semibold text-stone-900 hover:bg-stone-100 disabled:opacity-70">
            Gửi duyệt
          </button>
        )}
        {canPublish && (
          <button type="submit" name="intent" value="publish" disabled={busy} className="rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70">
            Đăng ngay
          </button>
        )}
      </div>
      {canSchedule && (
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="publishAt" className="block text-sm font-semibold">
              Giờ đăng (giờ Việt Nam, GMT+7)
            </label>
            <input
              id="publishAt"
              name="publishAt"
              type="datetime-local"
              value={publishAt}
              onChange={(e) => onPublishAt(e.target.value)}
              aria-invalid={err('publishAt') ? true : undefined}
              aria-describedby={describe('publishAt')}
              className="mt-1 block rounded border border-stone-400 bg-white px-2 py-1.5"
            />
            {fieldError('publishAt')}
          </div>
          <button type="submit" name="intent" value="schedule" disabled={busy} className="rounded border-2 border-[var(--color-brand)] bg-white px-4 py-2 font-semibold text-[var(--color-brand)] hover:bg-rose-50 disabled:opacity-70">
            Hẹn giờ đăng
          </button>
        </div>
      )}
      {pending && <p className="text-sm text-stone-700">Đang lưu…</p>}
    </div>
  );
}
