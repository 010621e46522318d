'use client';

import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import { isSafeUrl } from '@/lib/mdx/allowlist';

/**
 * Ctrl+K or "Liên kết": the address for the selected words (or, with nothing
 * selected, a link whose text is the address). Only what the allowlist accepts.
 */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [href, setHref] = useState(() => String(editor.getAttributes('link').href ?? ''));
  const [error, setError] = useState('');
  useEffect(() => input.current?.focus(), []);

  function close() {
    onClose();
    editor.commands.focus();
  }
  function apply() {
    const url = href.trim();
    if (!url) return setError('Hãy nhập địa chỉ liên kết.');
    // "baoquangnam.vn/bai" typed without a scheme is a web address, not a path on this site.
    const full = /^[a-z][a-z0-9+.-]*:|^[/#?]/i.test(url) ? url : `https://${url}`;
    if (!isSafeUrl(full)) return setError('Chỉ dùng liên kết http, https, mailto hoặc tel.');
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: full, marks: [{ type: 'link', attrs: { href: full } }] }).run();
    else chain.setLink({ href: full }).run();
    onClose();
  }

  return (
    <div
      role="group"
      aria-label="Liên kết"
      className="mt-1 flex flex-wrap items-end gap-2 rounded border border-stone-400 bg-white p-2"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
        if (e.key === 'Enter') {
          e.preventDefault();
          apply();
        }
      }}
    >
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block text-xs font-semibold">
          Địa chỉ liên kết
        </label>
        <input ref={input} id={id} type="url" inputMode="url" value={href} onChange={(e) => setHref(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : undefined} placeholder="https://…" className="w-full min-w-0 rounded border border-stone-400 px-2 py-1 text-sm" />
      </div>
      <button type="button" onClick={apply} className="rounded bg-red-800 px-2 py-1 text-sm font-semibold text-white">
        Gắn liên kết
      </button>
      {editor.isActive('link') && (
        <button type="button" onClick={() => (editor.chain().focus().extendMarkRange('link').unsetLink().run(), onClose())} className="rounded border border-stone-400 px-2 py-1 text-sm">
          Bỏ liên kết
        </button>
      )}
      <button type="button" onClick={close} className="rounded border border-stone-400 px-2 py-1 text-sm">
        Hủy
      </button>
      {error && (
        <p id={`${id}-err`} role="alert" className="w-full text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
