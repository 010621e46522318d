'use client';

import { type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { useSyncExternalStore } from 'react';

/**
 * Progress of the photos being uploaded into the body, by upload id. Kept outside the
 * document so a progress tick is not a transaction (no undo step, no onUpdate, no autosave).
 */
type Progress = { percent: number; processing: boolean };
const progress = new Map<string, Progress>();
const listeners = new Set<() => void>();

export const uploadProgress = {
  set(id: string, p: Progress) {
    progress.set(id, p);
    listeners.forEach((l) => l());
  },
  delete(id: string) {
    progress.delete(id);
    listeners.forEach((l) => l());
  },
};

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/** The placeholder card shown where a dropped or pasted photo will go, while it uploads. */
export function UploadCard({ node }: NodeViewProps) {
  const { uploadId, name } = node.attrs as { uploadId: string; name: string };
  const p = useSyncExternalStore(
    subscribe,
    () => progress.get(uploadId),
    () => undefined,
  );
  const percent = p?.percent ?? 0;
  const label = p?.processing ? 'Đang xử lý ảnh…' : `Đang tải ảnh lên… ${percent}%`;
  return (
    <NodeViewWrapper as="div" contentEditable={false} data-upload-card="" className="my-3 rounded border border-dashed border-stone-500 bg-stone-50 p-3 text-sm text-stone-900">
      <p className="truncate font-semibold">{name}</p>
      <p aria-hidden="true">{label}</p>
      <progress className="mt-1 h-2 w-full" max={100} value={percent} aria-label={`Đang tải ảnh lên: ${name}`} aria-valuetext={label} />
    </NodeViewWrapper>
  );
}
