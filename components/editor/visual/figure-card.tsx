'use client';

import { type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { parseImageRef, slotFor, variantUrl } from '@/lib/media/media-ref';
import { CardField } from './card-field';

/** A library photo's mid-size variant; a content/ photo's id is a file hash the browser cannot compute, so none. */
function previewSrc(src: string): string | null {
  const ref = parseImageRef(src);
  if (ref?.kind === 'media') return variantUrl(ref.id, slotFor(800));
  return ref?.kind === 'external' ? ref.url : null;
}

/**
 * A <Figure> in the body, shown as the photo with its caption, credit and alt text
 * editable in place. "Người chụp" is the credit's one name in the editor.
 */
export function FigureCard({ node, updateAttributes, editor, selected }: NodeViewProps) {
  const a = node.attrs as Record<string, string | null>;
  const disabled = !editor.isEditable;
  const set = (name: string) => (v: string) => updateAttributes({ [name]: v });
  return (
    <NodeViewWrapper as="figure" data-drag-handle className={`my-3 rounded border bg-stone-50 p-2 ${selected ? 'border-red-800 ring-2 ring-red-800' : 'border-stone-300'}`} aria-label={`Ảnh: ${a.caption || a.alt || 'chưa có chú thích'}`}>
      {previewSrc(a.src ?? '') ? (
        <img src={previewSrc(a.src ?? '')!} alt={a.alt ?? ''} className="h-auto max-h-72 w-full rounded object-contain" />
      ) : (
        <p className="break-all text-sm text-stone-700">Ảnh: {a.src || 'chưa chọn ảnh'}</p>
      )}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <CardField label="Chú thích ảnh" value={a.caption ?? ''} onChange={set('caption')} disabled={disabled} />
        <CardField label="Người chụp" value={a.credit ?? ''} onChange={set('credit')} disabled={disabled} hint="In dưới ảnh thành “Ảnh: …”" />
        <div className="sm:col-span-2">
          <CardField label="Mô tả ảnh cho người khiếm thị" value={a.alt ?? ''} onChange={set('alt')} disabled={disabled} />
        </div>
      </div>
    </NodeViewWrapper>
  );
}
