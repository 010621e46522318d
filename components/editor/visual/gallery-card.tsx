'use client';

import { type NodeViewProps, NodeViewContent, NodeViewWrapper } from '@tiptap/react';
import { CardField } from './card-field';

/** A <Gallery>: its photos as cards side by side, and the gallery's own caption. */
export function GalleryCard({ node, updateAttributes, editor }: NodeViewProps) {
  return (
    <NodeViewWrapper as="section" aria-label="Bộ ảnh" className="my-3 rounded border border-stone-400 p-2">
      <p contentEditable={false} className="text-xs font-semibold uppercase text-stone-700">
        Bộ ảnh
      </p>
      <NodeViewContent className="grid gap-2 sm:grid-cols-2 [&_figure]:my-0" />
      <div contentEditable={false} className="mt-2">
        <CardField label="Chú thích bộ ảnh" value={String(node.attrs.caption ?? '')} onChange={(v) => updateAttributes({ caption: v })} disabled={!editor.isEditable} />
      </div>
    </NodeViewWrapper>
  );
}
