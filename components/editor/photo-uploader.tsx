'use client';

import { useCallback, useId, useRef, useState } from 'react';
import { mediaConfig } from '@/lib/config/site';
import type { MediaSummary } from '@/lib/media/types';
import { mb, uploadOne } from './upload-client';

type Item = {
  key: string;
  name: string;
  progress: number;
  state: 'waiting' | 'uploading' | 'processing' | 'done' | 'error';
  message?: string;
};

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,image/heic,image/heif,.jpg,.jpeg,.png,.webp,.avif,.heic,.heif';
const PARALLEL = 2;

/**
 * Drop or pick one or many photos. Each file is uploaded on its own with a
 * progress bar, then shows "đã tải" or the server's reason for refusing it.
 */
export function PhotoUploader({ onUploaded, compact = false }: { onUploaded?: (media: MediaSummary, created: boolean) => void; compact?: boolean }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [dragging, setDragging] = useState(false);
  const picks = useRef(0);

  const update = useCallback((key: string, patch: Partial<Item>) => setItems((all) => all.map((it) => (it.key === key ? { ...it, ...patch } : it))), []);

  const start = useCallback(
    async (files: File[]) => {
      const batch = ++picks.current;
      const queue = files.map((file, i) => ({ file, key: `${batch}-${i}-${file.name}` }));
      // Built now, not inside the updater: React may run the updater after the workers below have emptied `queue`.
      const rows: Item[] = queue.map(({ file, key }) => ({ key, name: file.name, progress: 0, state: 'waiting' }));
      setItems((all) => [...rows, ...all]);
      const next = async (): Promise<void> => {
        const job = queue.shift();
        if (!job) return;
        const { file, key } = job;
        if (file.size > mediaConfig.maxBytes) {
          update(key, { state: 'error', message: `Ảnh quá lớn (${mb(file.size)}). Giới hạn là ${mb(mediaConfig.maxBytes)} mỗi ảnh.` });
        } else {
          update(key, { state: 'uploading' });
          const result = await uploadOne(file, (f) => update(key, { progress: Math.round(f * 100), state: f >= 1 ? 'processing' : 'uploading' }));
          if (result.ok) {
            update(key, { state: 'done', progress: 100, message: result.created ? 'Đã tải lên.' : 'Ảnh này đã có trong thư viện: dùng lại ảnh cũ.' });
            onUploaded?.(result.media, result.created);
          } else {
            update(key, { state: 'error', message: result.message });
          }
        }
        return next();
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, next));
    },
    [onUploaded, update],
  );

  const pick = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (files.length) void start(files);
    if (inputRef.current) inputRef.current.value = '';
  };

  return (
    <div>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          pick(e.dataTransfer.files);
        }}
        className={`rounded-lg border-2 border-dashed ${compact ? 'p-3' : 'p-6'} text-center ${dragging ? 'border-[var(--color-brand)] bg-red-50' : 'border-stone-400 bg-white'}`}
      >
        <p className="font-semibold text-stone-900">Kéo thả ảnh vào đây, hoặc</p>
        {/* The input stays in the tab order (visually hidden, not display:none); its label is the visible button. */}
        <input
          ref={inputRef}
          id={`${id}-file`}
          type="file"
          multiple
          accept={ACCEPT}
          aria-describedby={`${id}-hint`}
          onChange={(e) => pick(e.currentTarget.files)}
          className="peer sr-only"
        />
        <label
          htmlFor={`${id}-file`}
          className="mt-2 inline-block cursor-pointer rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:opacity-90 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-stone-900"
        >
          Chọn ảnh từ máy (được chọn nhiều ảnh)
        </label>
        <p id={`${id}-hint`} className="mt-2 text-xs text-stone-700">JPEG, PNG, WebP hoặc AVIF; tối đa {mb(mediaConfig.maxBytes)} và {mediaConfig.maxPixels / 1e6} megapixel mỗi ảnh. Thông tin GPS trong ảnh được xóa khi lưu.</p>
      </div>
      {items.length > 0 && (
        <ul className="mt-3 space-y-2" aria-label="Ảnh đang tải lên" aria-live="polite">
          {items.map((it) => (
            <li key={it.key} className="rounded border border-stone-300 bg-white p-2 text-sm" data-upload-state={it.state}>
              <div className="flex items-center justify-between gap-2">
                <span className="truncate font-semibold text-stone-900">{it.name}</span>
                <span className="shrink-0 text-stone-700">
                  {it.state === 'waiting' && 'Đang chờ…'}
                  {it.state === 'uploading' && `Đang tải ${it.progress}%`}
                  {it.state === 'processing' && 'Đang xử lý ảnh…'}
                  {it.state === 'done' && 'Xong'}
                  {it.state === 'error' && 'Không tải được'}
                </span>
              </div>
              {it.state !== 'error' && <progress className="mt-1 h-2 w-full" max={100} value={it.progress} aria-label={`Tiến độ tải ảnh ${it.name}`} />}
              {it.message && (
                <p className={`mt-1 ${it.state === 'error' ? 'font-semibold text-red-800' : 'text-stone-700'}`} role={it.state === 'error' ? 'alert' : undefined}>
                  {it.message}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
