'use client';

import { type MutableRefObject, useEffect, useRef, useState } from 'react';
import { bodyStats } from './body-stats';
import { VisualBody } from './visual/visual-body';

type Props = {
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  error?: string;
  issues?: string[];
  /** Set to a function that inserts MDX at the cursor, as its own block (the photo panel uses it). */
  inserterRef?: MutableRefObject<((mdx: string) => void) | null>;
  /** True while an input method composes a word; the autosave waits for it. */
  composingRef?: MutableRefObject<boolean>;
};

type View = 'visual' | 'source';
const VIEW_KEY = 'ban-tin:body-view';

/**
 * The body: the visual editor by default, or its MDX source for those who want it
 * (the choice is remembered in this browser). Both edit one MDX string, which the
 * form posts as `body`, so switching views loses nothing (lib/editor-mdx).
 */
export function BodyEditor({ value, onChange, disabled, error, issues, inserterRef, composingRef }: Props) {
  const [view, setView] = useState<View>('visual');
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (localStorage.getItem(VIEW_KEY) === 'source') setView('source');
  }, []);
  function choose(v: View) {
    setView(v);
    localStorage.setItem(VIEW_KEY, v);
  }

  // The source view inserts MDX at the textarea's cursor, as its own paragraph.
  useEffect(() => {
    if (!inserterRef || view !== 'source') return;
    inserterRef.current = (mdx: string) => {
      const el = ref.current;
      const start = el ? el.selectionStart : value.length;
      const end = el ? el.selectionEnd : value.length;
      const before = value.slice(0, start);
      const after = value.slice(end);
      const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
      const trail = after === '' || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
      onChange(`${before}${lead}${mdx}${trail}${after}`);
      const at = before.length + lead.length + mdx.length;
      requestAnimationFrame(() => {
        el?.focus();
        el?.setSelectionRange(at, at);
      });
    };
    return () => {
      inserterRef.current = null;
    };
  });

  const stats = bodyStats(value);
  const invalid = Boolean(error || issues?.length);
  const describedBy = [invalid ? 'body-error' : null, 'body-stats', 'body-help'].filter(Boolean).join(' ');
  const viewButton = (v: View, label: string) => (
    <button
      type="button"
      aria-pressed={view === v}
      onClick={() => choose(v)}
      className={`px-2 py-1 text-sm font-semibold ${view === v ? 'bg-stone-800 text-white' : 'bg-white hover:bg-stone-100'}`}
    >
      {label}
    </button>
  );

  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-end justify-between gap-2">
        {view === 'visual' ? (
          <span id="body-label" className="block font-semibold text-stone-900">
            Nội dung
          </span>
        ) : (
          <label htmlFor="body" className="block font-semibold text-stone-900">
            Mã nguồn (MDX)
          </label>
        )}
        <div role="group" aria-label="Cách xem nội dung" className="flex overflow-hidden rounded border border-stone-400">
          {viewButton('visual', 'Soạn thảo')}
          {viewButton('source', 'Mã nguồn (MDX)')}
        </div>
      </div>
      {view === 'visual' ? (
        <>
          <input type="hidden" name="body" value={value} />
          <VisualBody value={value} onChange={onChange} disabled={disabled} labelledBy="body-label" describedBy={describedBy} invalid={invalid} inserterRef={inserterRef} composingRef={composingRef} />
        </>
      ) : (
        <textarea
          ref={ref}
          id="body"
          name="body"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={disabled}
          rows={18}
          spellCheck
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 block w-full rounded border border-stone-400 bg-white p-2 font-mono text-sm leading-relaxed"
        />
      )}
      {invalid && (
        <div id="body-error" className="mt-1 text-sm text-red-800 [overflow-wrap:anywhere]">
          {issues && issues.length > 0 ? (
            <ul className="list-disc pl-5">
              {issues.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          ) : (
            <p>{error}</p>
          )}
        </div>
      )}
      <p id="body-stats" className="mt-1 text-sm text-stone-800">
        {stats.words} từ · khoảng {stats.minutes} phút đọc
      </p>
      <p id="body-help" className="mt-1 text-xs text-stone-700">
        {view === 'visual'
          ? 'Ctrl+B đậm, Ctrl+I nghiêng, Ctrl+K liên kết, Ctrl+Z hoàn tác, Ctrl+Y làm lại. Kéo thả hoặc dán tệp ảnh vào đây để tải lên, hay chèn ảnh từ khung Ảnh bên dưới; ảnh hiện thành thẻ, sửa chú thích ngay trên thẻ.'
          : 'Đoạn cách nhau một dòng trống, ## cho tiêu đề mục. Được dùng các thẻ <Figure>, <Gallery>, <Quote>; không được dùng <script>, thuộc tính on…, liên kết javascript:, import hay biểu thức {…}.'}
      </p>
    </div>
  );
}
