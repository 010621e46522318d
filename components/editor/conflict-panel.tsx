'use client';

import { useState } from 'react';
import type { ConflictInfo } from '@/lib/articles/workflow';
import { formatVnShort } from '@/lib/text/vietnamese';
import { type FormFields, fieldLabels, formAsTexts, snapshotToForm } from './editor-form-model';

type Props = {
  conflict: ConflictInfo;
  yours: FormFields;
  /** Replace the form with the stored version (theirs). */
  onTakeTheirs: (theirs: FormFields, version: number) => void;
  /** Keep the form as it is, now based on the stored version: the next save replaces it, on purpose. */
  onKeepMine: (version: number) => void;
};

/**
 * Someone saved the article after this person opened it. Nothing of theirs
 * was overwritten and nothing typed here is lost: both versions side by side,
 * each field copyable, and the person decides.
 */
export function ConflictPanel({ conflict, yours, onTakeTheirs, onKeepMine }: Props) {
  const theirs = snapshotToForm(conflict.snapshot);
  const a = formAsTexts(theirs);
  const b = formAsTexts(yours);
  const keys = (Object.keys(fieldLabels) as (keyof typeof fieldLabels)[]).filter((k) => a[k] !== b[k]);
  const [copied, setCopied] = useState<string | null>(null);

  async function copy(key: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(key);
    } catch {
      setCopied(null);
    }
  }

  return (
    <section aria-labelledby="xung-dot" role="alert" className="rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 id="xung-dot" className="text-lg font-bold text-red-900">
        Xung đột phiên bản: bài đã được lưu bởi người khác
      </h2>
      <p className="mt-1 text-sm text-stone-900">
        {conflict.savedBy ?? 'Một người khác'} đã lưu phiên bản {conflict.version} lúc {formatVnShort(conflict.savedAt)}, sau khi bạn mở bài. Bản của bạn{' '}
        <strong>chưa được ghi</strong> và vẫn còn nguyên bên dưới. Hãy sao chép phần cần giữ rồi chọn cách tiếp tục.
      </p>
      {keys.length === 0 && <p className="mt-2 text-sm">Hai bản có nội dung giống nhau.</p>}
      <div className="mt-3 space-y-4">
        {keys.map((k) => (
          <div key={k} className="grid gap-3 md:grid-cols-2">
            <div>
              <label htmlFor={`xung-dot-theirs-${k}`} className="block text-sm font-semibold">
                {fieldLabels[k]} — bản đã lưu (của {conflict.savedBy ?? 'người khác'})
              </label>
              <textarea id={`xung-dot-theirs-${k}`} readOnly value={a[k]} rows={k === 'body' ? 10 : 3} className="mt-1 w-full rounded border border-stone-400 bg-white p-2 font-sans text-sm" />
            </div>
            <div>
              <label htmlFor={`xung-dot-yours-${k}`} className="block text-sm font-semibold">
                {fieldLabels[k]} — bản của bạn (chưa lưu)
              </label>
              <textarea id={`xung-dot-yours-${k}`} readOnly value={b[k]} rows={k === 'body' ? 10 : 3} className="mt-1 w-full rounded border border-stone-400 bg-white p-2 font-sans text-sm" />
              <button type="button" onClick={() => void copy(k, b[k])} className="mt-1 rounded border border-stone-500 bg-white px-2 py-1 text-sm font-semibold hover:bg-stone-100">
                Sao chép bản của bạn ({fieldLabels[k].toLowerCase()})
              </button>
              {copied === k && (
                <span role="status" className="ml-2 text-sm text-green-800">
                  Đã sao chép.
                </span>
              )}
            </div>
          </div>
        ))}
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" onClick={() => onTakeTheirs(theirs, conflict.version)} className="rounded bg-stone-800 px-3 py-2 text-sm font-semibold text-white hover:bg-stone-900">
          Lấy bản đã lưu vào biểu mẫu
        </button>
        <button type="button" onClick={() => onKeepMine(conflict.version)} className="rounded border-2 border-red-800 bg-white px-3 py-2 text-sm font-semibold text-red-900 hover:bg-red-100">
          Giữ bản của tôi (lần lưu sau sẽ thay bản đã lưu)
        </button>
      </div>
    </section>
  );
}
