'use client';

import { useCallback, useId, useState } from 'react';
import type { MediaSummary } from '@/lib/media/types';
import { type FigureFields, figureSnippet, gallerySnippet } from '@/lib/media/figure-snippet';
import { PhotoUploader } from './photo-uploader';

export type PhotoPanelProps = {
  /** Insert MDX at the body's cursor (a <Figure …/> or a <Gallery>…</Gallery>). */
  onInsert: (mdx: string) => void;
  /** Make a photo the article's cover. */
  onSetCover: (cover: FigureFields) => void;
};

type Picked = FigureFields & { id: string; thumb: string; grouped: boolean };

function picked(m: MediaSummary): Picked {
  return { id: m.id, src: m.ref, thumb: m.thumb, alt: m.alt, caption: m.caption, credit: m.credit, grouped: false };
}

/**
 * The article form's photos: upload new ones or find them in the library,
 * give each this article's alt text, caption and credit (prefilled from the
 * library), then insert one as a <Figure>, make it the cover, or group
 * several into a <Gallery>. Photos without alt text or credit are flagged:
 * publishing refuses them.
 */
export function PhotoPanel({ onInsert, onSetCover }: PhotoPanelProps) {
  const id = useId();
  const [photos, setPhotos] = useState<Picked[]>([]);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<MediaSummary[] | null>(null);
  const [searchError, setSearchError] = useState('');
  const [galleryCaption, setGalleryCaption] = useState('');
  const [notice, setNotice] = useState('');

  const add = useCallback((m: MediaSummary) => setPhotos((all) => (all.some((p) => p.id === m.id) ? all : [...all, picked(m)])), []);
  const patch = (pid: string, p: Partial<Picked>) => setPhotos((all) => all.map((x) => (x.id === pid ? { ...x, ...p } : x)));

  async function search() {
    setSearchError('');
    try {
      const res = await fetch(`/api/media?q=${encodeURIComponent(query)}`, { headers: { Accept: 'application/json' } });
      const body = (await res.json()) as { items?: MediaSummary[]; error?: string };
      if (!res.ok || !body.items) throw new Error(body.error ?? 'Không tìm được ảnh.');
      setFound(body.items);
    } catch (error) {
      setSearchError((error as Error).message || 'Không tìm được ảnh. Hãy thử lại.');
    }
  }

  const fields = ({ src, alt, caption, credit }: Picked): FigureFields => ({ src, alt: alt.trim(), caption: caption.trim(), credit: credit.trim() });
  const grouped = photos.filter((p) => p.grouped);

  return (
    <section aria-labelledby={`${id}-title`} className="rounded border border-stone-300 bg-stone-50 p-3">
      <h2 id={`${id}-title`} className="text-base font-bold text-stone-900">
        Ảnh của bài
      </h2>
      <div className="mt-2">
        <PhotoUploader compact onUploaded={add} />
      </div>

      <div className="mt-3">
        <label htmlFor={`${id}-q`} className="block text-sm font-semibold text-stone-800">
          Tìm trong thư viện ảnh (theo chú thích hoặc tác giả, gõ không dấu cũng được)
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void search();
              }
            }}
            className="w-full rounded border border-stone-400 px-2 py-1 text-sm"
          />
          <button type="button" onClick={() => void search()} className="rounded bg-stone-800 px-3 py-1 text-sm font-semibold text-white">
            Tìm ảnh
          </button>
        </div>
        {searchError && (
          <p role="alert" className="mt-1 text-sm font-semibold text-red-800">
            {searchError}
          </p>
        )}
        {found && (
          <ul className="mt-2 grid grid-cols-3 gap-2" aria-label="Ảnh tìm thấy">
            {found.length === 0 && <li className="col-span-3 text-sm text-stone-700">Không có ảnh nào khớp.</li>}
            {found.map((m) => (
              <li key={m.id}>
                <button type="button" onClick={() => add(m)} className="block w-full rounded border border-stone-300 bg-white p-1 text-left text-xs hover:border-[var(--color-brand)]">
                  <img src={m.thumb} alt="" width={160} height={Math.round((160 * m.height) / m.width)} className="h-auto w-full" loading="lazy" />
                  <span className="mt-1 line-clamp-2 block">{m.caption || m.alt || 'Chưa có chú thích'}</span>
                  <span className="sr-only">: chọn ảnh này</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      {photos.length > 0 && (
        <ul className="mt-3 space-y-3" aria-label="Ảnh đã chọn cho bài">
          {photos.map((p, i) => {
            const missing = [!p.alt.trim() && 'mô tả ảnh', !p.credit.trim() && 'người chụp'].filter(Boolean);
            const fid = `${id}-p${i}`;
            return (
              <li key={p.id} className="rounded border border-stone-300 bg-white p-2" data-photo-id={p.id}>
                <div className="flex gap-3">
                  <img src={p.thumb} alt="" width={96} height={64} className="h-16 w-24 shrink-0 object-cover" />
                  <div className="min-w-0 flex-1 space-y-1 text-sm">
                    <div>
                      <label htmlFor={`${fid}-alt`} className="block text-xs font-semibold text-stone-800">
                        Mô tả ảnh cho người khiếm thị — ảnh {i + 1}
                      </label>
                      <input id={`${fid}-alt`} value={p.alt} onChange={(e) => patch(p.id, { alt: e.target.value })} className="w-full rounded border border-stone-400 px-2 py-1" />
                    </div>
                    <div>
                      <label htmlFor={`${fid}-caption`} className="block text-xs font-semibold text-stone-800">
                        Chú thích — ảnh {i + 1}
                      </label>
                      <input id={`${fid}-caption`} value={p.caption} onChange={(e) => patch(p.id, { caption: e.target.value })} className="w-full rounded border border-stone-400 px-2 py-1" />
                    </div>
                    <div>
                      <label htmlFor={`${fid}-credit`} className="block text-xs font-semibold text-stone-800">
                        Người chụp — ảnh {i + 1}
                      </label>
                      <input id={`${fid}-credit`} value={p.credit} onChange={(e) => patch(p.id, { credit: e.target.value })} className="w-full rounded border border-stone-400 px-2 py-1" />
                    </div>
                  </div>
                </div>
                {missing.length > 0 && <p className="mt-1 text-xs font-semibold text-amber-900">Thiếu {missing.join(' và ')}: bài chưa đăng được khi ảnh còn thiếu.</p>}
                <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                  <button
                    type="button"
                    onClick={() => {
                      onInsert(figureSnippet(fields(p)));
                      setNotice(`Đã chèn ảnh ${i + 1} vào nội dung.`);
                    }}
                    className="rounded bg-[var(--color-brand)] px-2 py-1 font-semibold text-white"
                  >
                    Chèn vào nội dung
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      onSetCover(fields(p));
                      setNotice(`Đã đặt ảnh ${i + 1} làm ảnh bìa.`);
                    }}
                    className="rounded border border-stone-500 px-2 py-1 font-semibold text-stone-900"
                  >
                    Đặt làm ảnh bìa
                  </button>
                  <label className="inline-flex items-center gap-1 text-stone-800">
                    <input type="checkbox" checked={p.grouped} onChange={(e) => patch(p.id, { grouped: e.target.checked })} />
                    Đưa vào bộ ảnh
                  </label>
                  <button type="button" onClick={() => setPhotos((all) => all.filter((x) => x.id !== p.id))} className="ml-auto text-stone-700 underline">
                    Bỏ ảnh {i + 1}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {grouped.length >= 2 && (
        <div className="mt-3 flex flex-wrap items-end gap-2 rounded border border-stone-300 bg-white p-2">
          <div className="min-w-0 flex-1">
            <label htmlFor={`${id}-gcap`} className="block text-xs font-semibold text-stone-800">
              Chú thích chung của bộ ảnh (không bắt buộc)
            </label>
            <input id={`${id}-gcap`} value={galleryCaption} onChange={(e) => setGalleryCaption(e.target.value)} className="w-full rounded border border-stone-400 px-2 py-1 text-sm" />
          </div>
          <button
            type="button"
            onClick={() => {
              onInsert(gallerySnippet(grouped.map(fields), galleryCaption));
              setNotice(`Đã chèn bộ ${grouped.length} ảnh vào nội dung.`);
            }}
            className="rounded bg-[var(--color-brand)] px-2 py-1 text-sm font-semibold text-white"
          >
            Chèn bộ {grouped.length} ảnh
          </button>
        </div>
      )}
      <p role="status" className="mt-2 text-sm text-green-800">
        {notice}
      </p>
    </section>
  );
}
