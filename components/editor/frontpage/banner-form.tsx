'use client';

import { useActionState, useState } from 'react';
import { FormStatus, inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from '@/components/editor/form-status';
import { lowerBannerAction, raiseBannerAction } from '@/lib/actions/frontpage';
import { idleFrontPageState } from '@/lib/actions/frontpage-state';
import { siteConfig } from '@/lib/config/site';
import { type PickerOption, ArticleSelect } from './article-select';

export type StoredBannerView = { text: string; articleId: string; title: string; expires: string; showing: boolean; note: string } | null;

/** Raise, change or lower the one "Tin nóng" banner. */
export function BannerForm({ banner, options }: { banner: StoredBannerView; options: PickerOption[] }) {
  const [state, raise, raising] = useActionState(raiseBannerAction, idleFrontPageState);
  const [lowered, lower, lowering] = useActionState(lowerBannerAction, idleFrontPageState);
  const errors = state.fieldErrors;
  // One status line for both forms: the outcome of the one pressed last.
  const [pressed, setPressed] = useState<'raise' | 'lower'>('raise');
  const last = pressed === 'lower' ? lowered : state;
  // Controlled fields: React resets a form after its action, and must not put back the values the page first had.
  const [text, setText] = useState(banner?.text ?? '');
  const [articleId, setArticleId] = useState(banner?.articleId ?? '');
  const [expires, setExpires] = useState(banner?.expires ?? '');
  return (
    <div className="space-y-4 rounded border border-stone-300 bg-white p-4">
      <p className="text-sm text-stone-800" data-testid="banner-status">
        {banner ? (banner.showing ? `Đang hiện: “${banner.text}”.` : `Không hiện: ${banner.note}`) : 'Chưa bật tin nóng.'}
      </p>
      <form action={(fd) => (setPressed('raise'), raise(fd))} className="space-y-3">
        <div>
          <label htmlFor="tin-nong-text" className={labelClass}>
            Dòng tin nóng (một dòng, tối đa {siteConfig.breakingMaxChars} ký tự)
          </label>
          <input
            id="tin-nong-text"
            name="text"
            type="text"
            maxLength={siteConfig.breakingMaxChars}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={errors.text ? 'tin-nong-text-err' : undefined}
            className={inputClass}
          />
          {errors.text && (
            <p id="tin-nong-text-err" className="mt-1 text-sm text-red-800">
              {errors.text}
            </p>
          )}
        </div>
        <div>
          <ArticleSelect id="tin-nong-bai" name="articleId" label="Bài dẫn tới" options={options} value={articleId} onChange={setArticleId} empty="— Chọn một bài —" error={errors.articleId} />
        </div>
        <div>
          <label htmlFor="tin-nong-het-han" className={labelClass}>
            Tự tắt lúc (giờ Việt Nam, để trống nếu không)
          </label>
          <input
            id="tin-nong-het-han"
            name="expiresAt"
            type="datetime-local"
            value={expires}
            onChange={(e) => setExpires(e.target.value)}
            aria-invalid={errors.expiresAt ? true : undefined}
            aria-describedby={errors.expiresAt ? 'tin-nong-het-han-err' : undefined}
            className={inputClass}
          />
          {errors.expiresAt && (
            <p id="tin-nong-het-han-err" className="mt-1 text-sm text-red-800">
              {errors.expiresAt}
            </p>
          )}
        </div>
        <button type="submit" disabled={raising} className={primaryButtonClass}>
          {raising ? 'Đang bật…' : banner ? 'Cập nhật tin nóng' : 'Bật tin nóng'}
        </button>
      </form>
      {banner && (
        <form action={(fd) => (setPressed('lower'), lower(fd))}>
          <button type="submit" disabled={lowering} className={secondaryButtonClass}>
            {lowering ? 'Đang tắt…' : 'Tắt tin nóng'}
          </button>
        </form>
      )}
      <FormStatus state={{ status: last.status === 'saved' ? 'ok' : last.status, message: last.message }} />
    </div>
  );
}
