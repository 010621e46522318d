import { CoverThumb } from './cover-thumb';
import type { FormFields } from './editor-form-model';
import { fieldHelpers, inputClass } from './field-helpers';

type Cover = FormFields['cover'];

/** The cover: picked in the photo panel (never a typed path), with its alt text, caption and credit. */
export function CoverField({ cover, onChange, readOnly, errors }: { cover: Cover; onChange: (c: Cover) => void; readOnly: boolean; errors: Record<string, string> }) {
  const { err, describe, fieldError } = fieldHelpers(errors);
  return (
    <fieldset className="rounded border border-stone-300 p-3" aria-describedby="cover-help">
      <legend className="px-1 font-semibold">Ảnh bìa</legend>
      <p id="cover-help" className="text-xs text-stone-700">
        Chọn ảnh bìa ở khung “Ảnh của bài” (tải lên hoặc lấy từ thư viện), bấm “Đặt làm ảnh bìa”. Muốn đăng bài, ảnh cần có mô tả và tên người chụp.
      </p>
      <input type="hidden" name="cover.src" value={cover.src} />
      {cover.src ? (
        <div className="mt-2 flex flex-wrap items-start gap-3">
          <CoverThumb src={cover.src} />
          {!readOnly && (
            <button type="button" onClick={() => onChange({ src: '', alt: '', caption: '', credit: '' })} className="rounded border border-stone-400 px-2 py-1 text-sm">
              Bỏ ảnh bìa
            </button>
          )}
        </div>
      ) : (
        <p className="mt-2 text-sm text-stone-800">Bài chưa có ảnh bìa.</p>
      )}
      {fieldError('cover.src')}
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {(
          [
            ['alt', 'Mô tả ảnh bìa cho người khiếm thị'],
            ['caption', 'Chú thích ảnh bìa'],
            ['credit', 'Người chụp ảnh bìa'],
          ] as const
        ).map(([k, label]) => (
          <div key={k}>
            <label htmlFor={`cover-${k}`} className="block text-sm font-semibold">
              {label}
            </label>
            <input
              id={`cover-${k}`}
              name={`cover.${k}`}
              value={cover[k]}
              onChange={(e) => onChange({ ...cover, [k]: e.target.value })}
              aria-invalid={err(`cover.${k}`) ? true : undefined}
              aria-describedby={describe(`cover.${k}`)}
              className={inputClass}
            />
            {fieldError(`cover.${k}`)}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
