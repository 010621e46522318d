'use client';

import { type Editor, useEditorState } from '@tiptap/react';

type Tool = { label: string; keys?: string; active?: boolean; disabled?: boolean; run: () => void };

/**
 * The body's toolbar: every button has a visible Vietnamese label (tests and screen
 * readers find it by that name), shows its shortcut in the tooltip and, for marks and
 * blocks, whether it is on (aria-pressed). Wraps onto several rows on a phone.
 */
export function Toolbar({ editor, disabled, onLink }: { editor: Editor; disabled?: boolean; onLink: () => void }) {
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      quote: e.isActive('quote'),
      undo: e.can().undo(),
      redo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: (Tool | 'gap')[] = [
    { label: 'Đậm', keys: 'Ctrl+B', active: s.bold, run: () => chain().toggleBold().run() },
    { label: 'Nghiêng', keys: 'Ctrl+I', active: s.italic, run: () => chain().toggleItalic().run() },
    { label: 'Liên kết', keys: 'Ctrl+K', active: s.link, run: onLink },
    'gap',
    { label: 'Tiêu đề mục', active: s.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: 'Tiêu đề nhỏ', active: s.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: 'Danh sách', active: s.bullets, run: () => chain().toggleBulletList().run() },
    { label: 'Danh sách số', active: s.numbers, run: () => chain().toggleOrderedList().run() },
    { label: 'Trích dẫn', active: s.blockquote, run: () => chain().toggleBlockquote().run() },
    {
      label: 'Trích lời có người nói',
      active: s.quote,
      run: () => (s.quote ? chain().lift('quote').run() : chain().wrapIn('quote', { author: '', role: '' }).run() || chain().insertContent({ type: 'quote', attrs: { author: '', role: '' }, content: [{ type: 'paragraph' }] }).run()),
    },
    'gap',
    { label: 'Hoàn tác', keys: 'Ctrl+Z', disabled: !s.undo, run: () => chain().undo().run() },
    { label: 'Làm lại', keys: 'Ctrl+Y', disabled: !s.redo, run: () => chain().redo().run() },
  ];
  return (
    <div role="toolbar" aria-label="Định dạng nội dung" aria-controls="body" className="flex flex-wrap gap-1">
      {tools.map((t, i) =>
        t === 'gap' ? (
          <span key={`gap-${i}`} aria-hidden className="mx-1 w-px self-stretch bg-stone-300" />
        ) : (
          <button
            key={t.label}
            type="button"
            title={t.keys ? `${t.label} (${t.keys})` : t.label}
            aria-pressed={t.active === undefined ? undefined : t.active}
            aria-keyshortcuts={t.keys?.replace('Ctrl', 'Control')}
            disabled={disabled || t.disabled}
            // Keep the selection in the text while clicking.
            onMouseDown={(e) => e.preventDefault()}
            onClick={t.run}
            className={`rounded border px-2 py-1 text-sm font-semibold disabled:opacity-50 ${t.active ? 'border-red-800 bg-red-800 text-white' : 'border-stone-400 bg-white hover:bg-stone-100'}`}
          >
            {t.label}
          </button>
        ),
      )}
    </div>
  );
}
