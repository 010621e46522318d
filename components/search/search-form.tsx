import { paths } from '@/lib/config/site';
import { SearchBox } from './search-box';
import type { SearchInput, SearchInputErrors } from '@/lib/validations/search';

type Raw = { q?: string; section?: string; from?: string; to?: string };

/** The full search form: words, section and a date range (days in Vietnam, GMT+7). A plain GET form. */
/** `sections`: the stored sections (lib/sections), in menu order. */
export function SearchForm({ values, errors, sections }: { values: Raw; errors: SearchInputErrors; sections: { slug: string; name: string; parent: string | null }[] }) {
  const field = 'mt-1 block w-full rounded border border-stone-400 px-2 py-1.5 text-base';
  const err = (key: keyof SearchInput) =>
    errors[key] ? (
      <p id={`loi-${key}`} className="mt-1 text-sm font-semibold text-red-800">
        {errors[key]}
      </p>
    ) : null;
  return (
    <form action={paths.search()} method="get" role="search" aria-label="Tìm kiếm bài viết" className="rounded border border-stone-200 bg-stone-50 p-4">
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <div>
          <label htmlFor="tk-q" className="text-sm font-semibold text-stone-800">
            Từ khóa
          </label>
          <SearchBox defaultValue={values.q ?? ''} className={field} describedBy="tk-q-goi-y" />
          <p id="tk-q-goi-y" className="mt-1 text-xs text-stone-600">
            Gõ có dấu hoặc không dấu đều được: “phoi hop” tìm ra “phối hợp”. Gợi ý hiện ra khi gõ: dùng phím mũi tên để chọn, Enter để mở bài.
          </p>
        </div>
        <div>
          <label htmlFor="tk-section" className="text-sm font-semibold text-stone-800">
            Chuyên mục
          </label>
          <select id="tk-section" name="section" defaultValue={values.section ?? ''} className={field} aria-invalid={errors.section ? true : undefined} aria-describedby={errors.section ? 'loi-section' : undefined}>
            <option value="">Tất cả chuyên mục</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.parent ? `— ${s.name}` : s.name}
              </option>
            ))}
          </select>
          {err('section')}
        </div>
        <div className="grid grid-cols-2 gap-4 sm:col-span-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <div>
            <label htmlFor="tk-from" className="text-sm font-semibold text-stone-800">
              Từ ngày
            </label>
            <input id="tk-from" name="from" type="date" defaultValue={values.from ?? ''} className={field} aria-invalid={errors.from ? true : undefined} aria-describedby={errors.from ? 'loi-from' : undefined} />
            {err('from')}
          </div>
          <div>
            <label htmlFor="tk-to" className="text-sm font-semibold text-stone-800">
              Đến ngày
            </label>
            <input id="tk-to" name="to" type="date" defaultValue={values.to ?? ''} className={field} aria-invalid={errors.to ? true : undefined} aria-describedby={errors.to ? 'loi-to' : undefined} />
            {err('to')}
          </div>
          <button type="submit" className="col-span-2 rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] sm:col-span-1">
            Tìm kiếm
          </button>
        </div>
      </div>
      {err('page')}
    </form>
  );
}
