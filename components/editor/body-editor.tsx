'use client';

import { type MutableRefObject, useEffect, useRef } from 'react';
import { bodyStats } from './body-stats';

/** What the toolbar inserts: each on its own paragraph, with placeholders to overwrite. */
const snippets = {
  figure: '<Figure src="" alt="" caption="" credit="" />',
  quote: '<Quote author="" role="">\nNội dung trích dẫn.\n</Quote>',
  heading: '## Tiêu đề mục',
} as const;

type Props = {
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  error?: string;
  issues?: string[];
  /** Set to a function that inserts MDX at the cursor, as its own paragraph (the photo panel uses it). */
  inserterRef?: MutableRefObject<((mdx: string) => void) | null>;
};

/**
 * The MDX body: a textarea with a toolbar that inserts a figure, a quote or a
 * heading at the cursor, as its own paragraph. What may appear in a body is
 * listed under the field (the allowlist); the preview shows the result.
 */
export function BodyEditor({ value, onChange, disabled, error, issues, inserterRef }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);

  function insertText(snippet: string, caretIn?: (at: number) => [number, number]) {
    const el = ref.current;
    const start = el ? el.selectionStart : value.length;
    const end = el ? el.selectionEnd : value.length;
    const before = value.slice(0, start);
    const after = value.slice(end);
    const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    const trail = after === '' || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
    const next = `${before}${lead}${snippet}${trail}${after}`;
    onChange(next);
    const at = before.length + lead.length;
    const [from, to] = caretIn ? caretIn(at) : [at + snippet.length, at + snippet.length];
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(from, to);
    });
  }

  function insert(kind: keyof typeof snippets) {
    const snippet = snippets[kind];
    // Put the cursor on the first placeholder so the person can type right away.
    insertText(snippet, (at) => (kind === 'heading' ? [at + 3, at + snippet.length] : [at + snippet.indexOf('""') + 1, at + snippet.indexOf('""') + 1]));
  }

  useEffect(() => {
    if (!inserterRef) return;
    inserterRef.current = (mdx: string) => insertText(mdx);
    return () => {
      inserterRef.current = null;
    };
  });

  const stats = bodyStats(value);
  const describedBy = [error || issues?.length ? 'body-error' : null, 'body-help'].filter(Boolean).join(' ');

  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor="body" className="block font-semibold text-stone-900">
          Nội dung (MDX)
        </label>
        <div role="toolbar" aria-label="Chèn vào nội dung" aria-controls="body" className="flex flex-wrap gap-1">
          <button type="button" disabled={disabled} onClick={() => insert('figure')} className="rounded border border-stone-400 bg-white px-2 py-1 text-sm font-semibold hover:bg-stone-100 disabled:opacity-60">
            Chèn ảnh
          </button>
          <button type="button" disabled={disabled} onClick={() => insert('quote')} className="rounded border border-stone-400 bg-white px-2 py-1 text-sm font-semibold hover:bg-stone-100 disabled:opacity-60">
            Chèn trích dẫn
          </button>
          <button type="button" disabled={disabled} onClick={() => insert('heading')} className="rounded border border-stone-400 bg-white px-2 py-1 text-sm font-semibold hover:bg-stone-100 disabled:opacity-60">
            Chèn tiêu đề mục
          </button>
        </div>
      </div>
      <textarea
        ref={ref}
        id="body"
        name="body"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        rows={18}
        spellCheck
        aria-invalid={error || issues?.length ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block w-full rounded border border-stone-400 bg-white p-2 font-sans text-sm leading-relaxed"
      />
      {(error || (issues && issues.length > 0)) && (
        <div id="body-error" className="mt-1 text-sm text-red-800">
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
      <p className="mt-1 text-sm text-stone-800">
        {stats.words} từ · khoảng {stats.minutes} phút đọc
      </p>
      <p id="body-help" className="mt-1 text-xs text-stone-700">
        Viết như văn bản thường (đoạn cách nhau một dòng trống, <code>## </code> cho tiêu đề mục). Được dùng các thẻ &lt;Figure&gt;, &lt;Gallery&gt;,
        &lt;Quote&gt;; không được dùng &lt;script&gt;, thuộc tính on…, liên kết javascript:, import hay biểu thức {'{…}'}.
      </p>
    </div>
  );
}
