'use client';

import { useRef, useState } from 'react';
import { inputClass, labelClass, secondaryButtonClass } from '@/components/editor/form-status';
import { siteConfig } from '@/lib/config/site';
import { frontPageFields } from '@/lib/frontpage/schema';
import type { PickerOption } from './article-select';
import { ArticleSelect } from './article-select';

export type FeaturedRow = { articleId: string; expires: string };

/**
 * The featured stories in their order. "Lên" / "Xuống" are ordinary buttons,
 * so they work by keyboard; focus stays on the pressed button as its row
 * moves, and the move is announced. Each row posts its id and expiry in
 * document order, which is the order saved.
 */
export function FeaturedList({ initial, options, errors }: { initial: FeaturedRow[]; options: PickerOption[]; errors: Record<string, string> }) {
  const [rows, setRows] = useState(initial);
  const [adding, setAdding] = useState('');
  const [announce, setAnnounce] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const title = (id: string) => options.find((o) => o.id === id)?.title ?? 'Bài không còn đăng';

  const move = (from: number, to: number, which: 'len' | 'xuong') => {
    if (to < 0 || to >= rows.length) return;
    const next = [...rows];
    const [row] = next.splice(from, 1);
    next.splice(to, 0, row);
    setRows(next);
    setAnnounce(`Đã chuyển “${title(row.articleId)}” tới vị trí ${to + 1}.`);
    // Keep the keyboard where the person is: on the same button of the moved row (or its other button at an end).
    requestAnimationFrame(() => {
      const li = listRef.current?.children[to];
      const btn = li?.querySelector<HTMLButtonElement>(`[data-move="${which}"]:not([disabled])`) ?? li?.querySelector<HTMLButtonElement>('[data-move]:not([disabled])');
      btn?.focus();
    });
  };

  const add = () => {
    if (!adding || rows.some((r) => r.articleId === adding) || rows.length >= siteConfig.homeFeatured) return;
    setRows([...rows, { articleId: adding, expires: '' }]);
    setAnnounce(`Đã thêm “${title(adding)}” vào tin nổi bật.`);
    setAdding('');
  };

  return (
    <div className="space-y-3">
      {rows.length === 0 ? (
        <p className="text-sm text-stone-700">Chưa ghim tin nổi bật nào: trang chủ tự lấy các bài mới nhất.</p>
      ) : (
        <ol ref={listRef} aria-label="Tin nổi bật đã ghim, theo thứ tự" className="space-y-2">
          {rows.map((r, i) => {
            const t = title(r.articleId);
            const err = errors[`${frontPageFields.featured}.${i}`] ?? errors[`${frontPageFields.featuredExpires}.${i}`];
            return (
              <li key={r.articleId} className="rounded border border-stone-300 bg-white p-3">
                <input type="hidden" name={frontPageFields.featured} value={r.articleId} />
                <p className="font-semibold text-stone-900">
                  <span className="mr-1 text-stone-600">{i + 1}.</span>
                  {t}
                </p>
                <div className="mt-2 flex flex-wrap items-end gap-2">
                  <div className="min-w-0 flex-1">
                    <label htmlFor={`featured-exp-${r.articleId}`} className={labelClass}>
                      Hết hạn ghim “{t}” (giờ Việt Nam, để trống nếu không)
                    </label>
                    <input
                      id={`featured-exp-${r.articleId}`}
                      type="datetime-local"
                      name={frontPageFields.featuredExpires}
                      value={r.expires}
                      onChange={(e) => setRows(rows.map((x, j) => (j === i ? { ...x, expires: e.target.value } : x)))}
                      className={inputClass}
                    />
                  </div>
                  <button type="button" data-move="len" disabled={i === 0} aria-label={`Đưa “${t}” lên`} onClick={() => move(i, i - 1, 'len')} className={secondaryButtonClass}>
                    ↑ Lên
                  </button>
                  <button type="button" data-move="xuong" disabled={i === rows.length - 1} aria-label={`Đưa “${t}” xuống`} onClick={() => move(i, i + 1, 'xuong')} className={secondaryButtonClass}>
                    ↓ Xuống
                  </button>
                  <button type="button" aria-label={`Bỏ ghim “${t}”`} onClick={() => (setRows(rows.filter((_, j) => j !== i)), setAnnounce(`Đã bỏ ghim “${t}”.`))} className={secondaryButtonClass}>
                    Bỏ ghim
                  </button>
                </div>
                {err && <p className="mt-1 text-sm text-red-800">{err}</p>}
              </li>
            );
          })}
        </ol>
      )}
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      {rows.length < siteConfig.homeFeatured && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <ArticleSelect id="them-tin-noi-bat" label="Thêm tin nổi bật" options={options.filter((o) => !rows.some((r) => r.articleId === o.id))} value={adding} onChange={setAdding} empty="— Chọn một bài —" />
          </div>
          <button type="button" onClick={add} disabled={!adding} className={secondaryButtonClass}>
            Thêm vào tin nổi bật
          </button>
        </div>
      )}
    </div>
  );
}
