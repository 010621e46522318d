'use client';

import { useState } from 'react';
import { formatVnShort, formatVnTime } from '@/lib/text/vietnamese';
import type { FormFields } from './editor-form-model';
import type { Presence } from './use-presence';

const button = 'rounded px-3 py-1.5 text-sm font-semibold';

/** What the person typed, as one text to copy somewhere safe. */
const typedText = (f: FormFields) => [f.title, f.summary, f.body].filter((s) => s.trim() !== '').join('\n\n');

/**
 * Someone else has the article open ("Minh Hải đang sửa bài này"), or took it over from this
 * tab ("Minh Hải đã tiếp quản bài này"): the form is read-only until "Tôi sẽ sửa tiếp", and a
 * displaced person's text stays here to copy (and in this browser's copy, offered back on reopening).
 */
export function PresenceBanner({ presence, fields }: { presence: Presence; fields: FormFields }) {
  const [copied, setCopied] = useState(false);
  const { view, busy, takeOver } = presence;
  if (view.kind === 'holding' && view.outdated !== null) {
    return (
      <div role="status" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm">
        <p>Trong lúc bạn không giữ bài, bài đã được lưu thành phiên bản {view.outdated}. Lưu bây giờ sẽ hiện màn hình xung đột; tải lại để sửa trên bản mới nhất (nội dung bạn gõ được giữ trong trình duyệt này và được đề nghị khôi phục).</p>
        <button type="button" onClick={() => window.location.reload()} className={`mt-2 bg-amber-700 text-white hover:bg-amber-800 ${button}`}>
          Tải lại bài
        </button>
      </div>
    );
  }
  if (view.kind !== 'other' && view.kind !== 'taken') return null;

  return (
    <section aria-labelledby="ai-dang-sua" className="rounded border-2 border-amber-600 bg-amber-50 p-3 text-sm" data-testid="presence-banner">
      {view.kind === 'other' ? (
        <div role="status">
          <h2 id="ai-dang-sua" className="font-semibold">
            {view.self ? 'Bạn cũng đang mở bài này ở một thẻ hoặc máy khác' : `${view.name} đang sửa bài này`}
          </h2>
          <p className="mt-1">
            {view.self
              ? `Mở từ ${formatVnShort(view.since)}. Hãy sửa ở một nơi thôi: lưu ở cả hai nơi sẽ dẫn đến màn hình xung đột phiên bản.`
              : `Từ ${formatVnShort(view.since)}. Ở đây bài chỉ xem được, để hai người không lưu đè lên nhau. Nếu bạn sửa tiếp, ${view.name} sẽ được báo và bài bên đó chuyển sang chỉ xem.`}
          </p>
        </div>
      ) : (
        <div role="alert">
          <h2 id="ai-dang-sua" className="font-semibold">
            {view.name} đã tiếp quản bài này
          </h2>
          <p className="mt-1">
            Lúc {formatVnTime(view.at)}. Bài ở đây chuyển sang chỉ xem và không tự lưu nữa. Những gì bạn đã gõ vẫn còn dưới đây để sao chép, và được giữ trong trình duyệt này.
          </p>
        </div>
      )}
      {view.kind === 'taken' && (
        <>
          <label htmlFor="noi-dung-da-go" className="mt-2 block font-semibold">
            Nội dung bạn đã gõ
          </label>
          <textarea id="noi-dung-da-go" readOnly value={typedText(fields)} rows={6} className="mt-1 w-full rounded border border-stone-400 bg-white p-2 font-sans" />
        </>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {!(view.kind === 'other' && view.self) && (
          <button type="button" onClick={takeOver} disabled={busy} className={`bg-amber-700 text-white hover:bg-amber-800 disabled:opacity-60 ${button}`}>
            Tôi sẽ sửa tiếp
          </button>
        )}
        {view.kind === 'taken' && (
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(typedText(fields)).then(() => setCopied(true), () => setCopied(false))}
            className={`border border-stone-500 bg-white hover:bg-stone-100 ${button}`}
          >
            {copied ? 'Đã chép' : 'Chép nội dung'}
          </button>
        )}
      </div>
    </section>
  );
}
