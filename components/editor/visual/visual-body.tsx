'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { type MutableRefObject, useEffect, useRef, useState } from 'react';
import { mdxToDoc } from '@/lib/editor-mdx/from-mdx';
import type { PmDoc } from '@/lib/editor-mdx/model';
import { docToMdx } from '@/lib/editor-mdx/to-mdx';
import { cleanPastedHtml } from './clean-paste';
import { stripUploads, uploadIntoBody } from './drop-upload';
import { LinkForm } from './link-form';
import { editorExtensions } from './schema';
import { Toolbar } from './toolbar';

const imagesNote = (n: number) =>
  `Đã dán chữ; ${n} ảnh không được chép theo (ảnh phải là bản gốc của tòa soạn, không lấy từ nơi khác). Hãy tải ảnh lên ở khung “Ảnh của bài” rồi chèn vào nội dung.`;

type Props = {
  value: string;
  onChange: (mdx: string) => void;
  disabled?: boolean;
  labelledBy: string;
  describedBy: string;
  invalid?: boolean;
  inserterRef?: MutableRefObject<((mdx: string) => void) | null>;
  /** True while an input method is composing a word (Telex, VNI): autosave waits for the end. */
  composingRef?: MutableRefObject<boolean>;
};

/**
 * The body as a reporter sees it. The MDX string stays the one value (the form posts it,
 * autosave sends it); this component only turns it into a document and back. A body
 * opened and not touched is never rewritten: onChange fires on edits only.
 */
export function VisualBody({ value, onChange, disabled, labelledBy, describedBy, invalid, inserterRef, composingRef }: Props) {
  const [linking, setLinking] = useState(false);
  const [pasteNote, setPasteNote] = useState('');
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const addError = useRef((m: string) => setUploadErrors((all) => [...all, m]));
  const last = useRef(value);
  const emit = useRef(onChange);
  emit.current = onChange;

  const editor = useEditor({
    extensions: editorExtensions(() => setLinking(true)),
    content: mdxToDoc(value),
    editable: !disabled,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id: 'body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        'aria-describedby': describedBy,
        spellcheck: 'true',
        lang: 'vi',
        class: 'prose prose-stone max-w-none min-h-64 rounded-b border border-stone-400 bg-white p-3 font-serif focus:outline-2 focus:outline-red-800 [overflow-wrap:anywhere]',
      },
      transformPastedHTML: (html) => {
        const cleaned = cleanPastedHtml(html);
        setPasteNote(cleaned.images ? imagesNote(cleaned.images) : '');
        return cleaned.html;
      },
      // A photo file on the clipboard (a screenshot, "Copy image") is uploaded like the photo
      // panel's and put at the cursor; clipboard HTML with images goes through clean-paste instead.
      handlePaste: (view, event) => {
        const files = Array.from(event.clipboardData?.files ?? []).filter((f) => f.type.startsWith('image/'));
        if (!files.length || event.clipboardData?.getData('text/html') || !editorRef.current?.isEditable) return false;
        setPasteNote('');
        uploadIntoBody(editorRef.current, files, view.state.selection.from, addError.current);
        return true;
      },
      // Files dropped from the desktop; a card dragged inside the body (moved) stays ProseMirror's.
      // Every file goes to the server, whatever its type: the server decides what a photo is.
      handleDrop: (view, event, _slice, moved) => {
        const files = Array.from(event.dataTransfer?.files ?? []);
        if (moved || !files.length || !editorRef.current?.isEditable) return false;
        event.preventDefault();
        const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.from;
        uploadIntoBody(editorRef.current, files, pos, addError.current);
        return true;
      },
      handleDOMEvents: {
        compositionstart: () => {
          if (composingRef) composingRef.current = true;
          return false;
        },
        compositionend: () => {
          if (composingRef) composingRef.current = false;
          return false;
        },
      },
    },
    onUpdate: ({ editor: e }) => {
      // Upload placeholders are not content: the MDX (and so autosave) never holds one,
      // and inserting one is not an edit.
      const mdx = docToMdx(stripUploads(e.getJSON() as PmDoc));
      if (mdx === last.current) return;
      last.current = mdx;
      emit.current(mdx);
    },
  });

  const editorRef = useRef(editor);
  editorRef.current = editor;

  // A value from outside (conflict "load stored version", a pending copy, a restore) replaces the document.
  useEffect(() => {
    if (!editor || value === last.current) return;
    last.current = value;
    editor.commands.setContent(mdxToDoc(value), { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editor?.setEditable(!disabled, false);
  }, [editor, disabled]);

  useEffect(() => {
    if (!editor) return;
    if (invalid) editor.view.dom.setAttribute('aria-invalid', 'true');
    else editor.view.dom.removeAttribute('aria-invalid');
  }, [editor, invalid]);

  useEffect(() => {
    if (!inserterRef || !editor) return;
    inserterRef.current = (mdx: string) => {
      editor.chain().focus().insertContent(mdxToDoc(mdx).content).run();
    };
    return () => {
      inserterRef.current = null;
    };
  }, [editor, inserterRef]);

  return (
    <div>
      {editor && <Toolbar editor={editor} disabled={disabled} onLink={() => setLinking(true)} />}
      {editor && linking && <LinkForm editor={editor} onClose={() => setLinking(false)} />}
      <EditorContent editor={editor} className="mt-1" />
      <p role="status" className={pasteNote ? 'mt-1 rounded border border-amber-700 bg-amber-50 p-2 text-sm text-stone-900' : 'sr-only'}>
        {pasteNote}
      </p>
      {uploadErrors.length > 0 && (
        <div role="alert" className="mt-1 rounded border border-red-800 bg-red-50 p-2 text-sm text-red-900 [overflow-wrap:anywhere]">
          <p className="font-semibold">Không chèn được ảnh (nội dung bài vẫn giữ nguyên):</p>
          <ul className="list-disc pl-5">
            {uploadErrors.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
          <button type="button" className="mt-1 underline" onClick={() => setUploadErrors([])}>
            Đóng thông báo
          </button>
        </div>
      )}
    </div>
  );
}
