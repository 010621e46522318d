import Link from 'next/link';
import { ArticleCard } from '@/components/article/article-card';
import { Pagination } from '@/components/article/pagination';
import { Highlighted } from '@/components/search/highlighted';
import { SearchForm } from '@/components/search/search-form';
import { paths, siteConfig } from '@/lib/config/site';
import { getHome } from '@/lib/articles/cached';
import { getSearchResults } from '@/lib/search/search';
import { nameOf } from '@/lib/sections/queries';
import { getSections } from '@/lib/sections/cached';
import { SUGGESTION_COUNT_CAP } from '@/lib/search/search-query';
import { searchHref } from '@/lib/search/search-href';
import { pageMetadata } from '@/lib/seo/metadata';
import { formatVnDate, formatVnShort, toVnIso } from '@/lib/text/vietnamese';
import { parseSearchInput } from '@/lib/validations/search';

/** A suggestion's count: counting stops at SUGGESTION_COUNT_CAP. */
const countLabel = (n: number) => (n > SUGGESTION_COUNT_CAP ? `hơn ${SUGGESTION_COUNT_CAP}` : String(n));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * /tim-kiem?q=…&section=…&from=…&to=…&page=… — the header's search form lands
 * here. It reads its query, so it is rendered per request; the search itself
 * is cached (lib/search/search.ts).
 */
export async function generateMetadata({ searchParams }: Props) {
  const { input } = parseSearchInput(await searchParams);
  const q = input.q.trim();
  return pageMetadata({
    title: q ? `Tìm kiếm: ${q.slice(0, 80)}` : 'Tìm kiếm',
    description: `Tìm bài viết trên ${siteConfig.name}, gõ có dấu hoặc không dấu.`,
    path: paths.search(),
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const sections = await getSections();
  const sectionName = (slug: string) => nameOf(sections, slug);
  const { input, errors } = parseSearchInput(raw, sections.map((s) => s.slug));
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const values = { q: input.q, section: first(raw.section), from: first(raw.from), to: first(raw.to) };
  const result = input.q.trim() ? await getSearchResults(input) : null;
  // Latest news for the empty page: the home page's cached list.
  const home = result && result.total === 0 ? await getHome() : null;
  const latest = home ? [...(home.lead ? [home.lead] : []), ...home.latest].slice(0, 5) : [];
  const q = input.q.trim();
  const filterNote = [
    input.section ? `chuyên mục ${sectionName(input.section)}` : null,
    input.from ? `từ ${formatVnDate(`${input.from}T00:00:00+07:00`)}` : null,
    input.to ? `đến ${formatVnDate(`${input.to}T00:00:00+07:00`)}` : null,
  ].filter(Boolean);

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 font-serif text-3xl font-bold text-[var(--color-brand)]">Tìm kiếm</h1>
      <SearchForm values={values} errors={errors} sections={sections} />

      {!result && (
        <section aria-labelledby="huong-dan" className="mt-6 text-stone-800">
          <h2 id="huong-dan" className="font-bold">
            Cách tìm
          </h2>
          <p className="mt-1">Gõ vài từ trong tiêu đề, sapo, nội dung, thẻ hoặc tên tác giả. Có dấu hay không dấu, chữ hoa hay chữ thường đều tìm được.</p>
        </section>
      )}

      {result && result.tokens.length === 0 && (
        <p className="mt-6 text-stone-800" role="status">
          Từ khóa “{q.slice(0, 80)}” không có chữ hay số nào để tìm. Hãy gõ vài từ, ví dụ “phối hợp”.
        </p>
      )}

      {result && result.total > 0 && (
        <section aria-labelledby="ket-qua" className="mt-6">
          <h2 id="ket-qua" className="border-b-2 border-[var(--color-brand)] pb-1 text-sm font-bold uppercase tracking-wide text-[var(--color-brand)]">
            Kết quả
          </h2>
          <p className="mt-2 text-sm text-stone-700" role="status">
            Tìm thấy {result.totalIsLowerBound ? 'hơn ' : ''}
            {result.total.toLocaleString('vi-VN')} bài viết cho “{q.slice(0, 80)}”{filterNote.length ? ` (${filterNote.join(', ')})` : ''}
            {result.page > 1 ? ` — trang ${result.page}` : ''}.
          </p>
          <ol className="mt-4 space-y-6">
            {result.items.map((hit) => (
              <li key={hit.article.id}>
                <article>
                  <Link href={paths.section(hit.article.category)} className="text-xs font-bold uppercase tracking-wide text-[var(--color-brand)]">
                    {sectionName(hit.article.category)}
                  </Link>
                  <h3 className="font-serif text-xl font-bold leading-snug">
                    <Link href={paths.article(hit.article.slug)} className="hover:text-[var(--color-brand)]">
                      <Highlighted segments={hit.title} />
                    </Link>
                  </h3>
                  {hit.article.publishedAt && (
                    <p className="mt-1 text-xs text-stone-600">
                      <time dateTime={toVnIso(hit.article.publishedAt)}>{formatVnShort(hit.article.publishedAt)}</time>
                    </p>
                  )}
                  <p className="mt-1 text-sm leading-relaxed text-stone-800">
                    <Highlighted segments={hit.snippet} />
                  </p>
                </article>
              </li>
            ))}
          </ol>
          {result.items.length === 0 && <p className="mt-4 text-stone-700">Trang này không có kết quả. Hãy quay lại trang trước.</p>}
          <Pagination page={result.page} pageCount={result.pageCount} href={(p) => searchHref({ ...input, page: p })} />
        </section>
      )}

      {result && result.tokens.length > 0 && result.total === 0 && result.suggestions && (
        <section aria-labelledby="khong-co-ket-qua" className="mt-6 space-y-6 text-stone-800">
          <div>
            <h2 id="khong-co-ket-qua" className="text-xl font-bold">
              Không tìm thấy bài viết nào cho “{q.slice(0, 80)}”{filterNote.length ? ` (${filterNote.join(', ')})` : ''}.
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              <li>Kiểm tra lại chính tả, hoặc gõ không dấu.</li>
              <li>Bớt từ: chỉ giữ những từ quan trọng nhất.</li>
              {filterNote.length > 0 && <li>Bỏ bớt bộ lọc chuyên mục hoặc ngày.</li>}
            </ul>
          </div>
          {(result.suggestions.fewerWords.length > 0 || result.suggestions.withoutFilters > 0) && (
            <div>
              <h3 className="font-bold">Thử tìm</h3>
              <ul className="mt-1 space-y-1">
                {result.suggestions.fewerWords.map((s) => (
                  <li key={s.q}>
                    <Link href={searchHref({ ...input, q: s.q, page: 1 })} className="font-semibold text-[var(--color-brand)] underline">
                      {s.q}
                    </Link>{' '}
                    <span className="text-sm text-stone-600">({countLabel(s.total)} bài)</span>
                  </li>
                ))}
                {result.suggestions.withoutFilters > 0 && (
                  <li>
                    <Link href={searchHref({ q: input.q })} className="font-semibold text-[var(--color-brand)] underline">
                      “{q.slice(0, 80)}” trong mọi chuyên mục, mọi ngày
                    </Link>{' '}
                    <span className="text-sm text-stone-600">({countLabel(result.suggestions.withoutFilters)} bài)</span>
                  </li>
                )}
              </ul>
            </div>
          )}
          <nav aria-labelledby="xem-chuyen-muc">
            <h3 id="xem-chuyen-muc" className="font-bold">
              Xem theo chuyên mục
            </h3>
            <ul className="mt-1 flex flex-wrap gap-2">
              {sections.filter((s) => !s.parent).map((s) => (
                <li key={s.slug}>
                  <Link href={paths.section(s.slug)} className="inline-block rounded-full bg-stone-100 px-3 py-1 text-sm font-semibold hover:bg-stone-200">
                    {s.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {latest.length > 0 && (
            <section aria-labelledby="tin-moi-nhat">
              <h3 id="tin-moi-nhat" className="mb-2 font-bold">
                Tin mới nhất
              </h3>
              <ul className="space-y-3">
                {latest.map((a) => (
                  <li key={a.id}>
                    <ArticleCard article={a} variant="compact" headingLevel={3} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
      )}
    </div>
  );
}
