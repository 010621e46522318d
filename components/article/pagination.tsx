import Link from 'next/link';

/** Previous / next page links with the current page, for listings. */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Phân trang" className="mt-8 flex items-center justify-between gap-4 border-t border-stone-200 pt-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="rounded border border-stone-300 px-3 py-1.5 font-semibold hover:bg-stone-100">
          ← Trang trước
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Trang {page} / {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="rounded border border-stone-300 px-3 py-1.5 font-semibold hover:bg-stone-100">
          Trang sau →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
