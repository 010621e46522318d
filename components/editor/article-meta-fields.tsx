import type { FormFields } from './editor-form-model';
import { fieldHelpers, inputClass } from './field-helpers';

type Props = {
  fields: FormFields;
  sections: { slug: string; name: string }[];
  /** Published once: the address is kept (lib/articles/access.ts isSlugLocked). */
  slugLocked: boolean;
  errors: Record<string, string>;
  onTitle: (v: string) => void;
  onSlug: (v: string) => void;
  onField: <K extends keyof FormFields>(name: K, value: FormFields[K]) => void;
};

/** Title, address, sapo, section, dateline and tags. */
export function ArticleMetaFields({ fields, sections, slugLocked, errors, onTitle, onSlug, onField }: Props) {
  const { err, describe, fieldError } = fieldHelpers(errors);
  return (
    <>
    <div>
      <label htmlFor="title" className="block font-semibold">
        Tiêu đề
      </label>
      <input id="title" name="title" value={fields.title} onChange={(e) => onTitle(e.target.value)} aria-invalid={err('title') ? true : undefined} aria-describedby={describe('title')} className={inputClass} />
      {fieldError('title')}
    </div>
    <div>
      <label htmlFor="slug" className="block font-semibold">
        Đường dẫn
      </label>
      <input
        id="slug"
        name="slug"
        value={fields.slug}
        readOnly={slugLocked}
        onChange={(e) => onSlug(e.target.value)}
        aria-invalid={err('slug') ? true : undefined}
        aria-describedby={describe('slug', true)}
        className={`${inputClass} font-mono text-sm read-only:bg-stone-100`}
      />
      <p id="slug-help" className="mt-1 text-xs text-stone-700">
        {slugLocked ? 'Bài đã đăng nên đường dẫn được giữ nguyên.' : 'Tự tạo từ tiêu đề (không dấu); có thể sửa trước khi đăng. Địa chỉ bài: /bai/' + (fields.slug || '…')}
      </p>
      {fieldError('slug')}
    </div>
    <div>
      <label htmlFor="summary" className="block font-semibold">
        Sapo
      </label>
      <textarea id="summary" name="summary" rows={3} value={fields.summary} onChange={(e) => onField('summary', e.target.value)} aria-invalid={err('summary') ? true : undefined} aria-describedby={describe('summary')} className={inputClass} />
      {fieldError('summary')}
    </div>
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <label htmlFor="category" className="block font-semibold">
          Chuyên mục
        </label>
        <select id="category" name="category" value={fields.category} onChange={(e) => onField('category', e.target.value)} aria-invalid={err('category') ? true : undefined} aria-describedby={describe('category')} className={inputClass}>
          {sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
        {fieldError('category')}
      </div>
      <div>
        <label htmlFor="dateline" className="block font-semibold">
          Nơi đưa tin
        </label>
        <input id="dateline" name="dateline" value={fields.dateline} onChange={(e) => onField('dateline', e.target.value)} placeholder="Quảng Nam" aria-describedby={describe('dateline')} className={inputClass} />
        {fieldError('dateline')}
      </div>
    </div>
    <div>
      <label htmlFor="tags" className="block font-semibold">
        Thẻ
      </label>
      <input id="tags" name="tags" value={fields.tags} onChange={(e) => onField('tags', e.target.value)} aria-describedby={describe('tags', true)} className={inputClass} />
      <p id="tags-help" className="mt-1 text-xs text-stone-700">
        Cách nhau bằng dấu phẩy, ví dụ: Quốc phòng, Mặt trận Tổ quốc.
      </p>
      {fieldError('tags')}
    </div>
    </>
  );
}
