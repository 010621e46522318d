'use client';

import { type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { useId } from 'react';

/** MDX the visual editor cannot show (e.g. <sup>, an image in Markdown): kept word for word, editable as source. */
export function RawBlock({ node, updateAttributes, editor }: NodeViewProps) {
  const id = useId();
  const source = String(node.attrs.source ?? '');
  return (
    <NodeViewWrapper className="my-3 rounded border border-dashed border-stone-500 bg-stone-50 p-2">
      <label htmlFor={id} className="block text-xs font-semibold text-stone-800">
        Đoạn MDX giữ nguyên (trình soạn thảo không hiển thị được, vẫn lưu đúng như viết)
      </label>
      <textarea
        id={id}
        value={source}
        disabled={!editor.isEditable}
        rows={Math.min(8, source.split('\n').length + 1)}
        onChange={(e) => updateAttributes({ source: e.target.value })}
        className="mt-1 block w-full rounded border border-stone-400 bg-white p-1 font-mono text-sm"
      />
    </NodeViewWrapper>
  );
}
