'use client';

import { type NodeViewProps, NodeViewContent, NodeViewWrapper } from '@tiptap/react';
import { CardField } from './card-field';

/** A <Quote>: the words, typed in place, and who said them, as the page prints them ("— author, role"). */
export function QuoteCard({ node, updateAttributes, editor }: NodeViewProps) {
  const disabled = !editor.isEditable;
  return (
    <NodeViewWrapper as="figure" aria-label="Trích dẫn có người nói" className="my-3 border-l-4 border-red-800 pl-3">
      <NodeViewContent className="font-serif italic" />
      <div contentEditable={false} className="mt-1 grid gap-2 sm:grid-cols-2">
        <CardField label="Người được trích lời" value={String(node.attrs.author ?? '')} onChange={(v) => updateAttributes({ author: v })} disabled={disabled} />
        <CardField label="Chức danh" value={String(node.attrs.role ?? '')} onChange={(v) => updateAttributes({ role: v })} disabled={disabled} />
      </div>
    </NodeViewWrapper>
  );
}
