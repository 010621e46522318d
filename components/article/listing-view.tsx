import type { ReactNode } from 'react';
import type { ArticleSummary } from '@/lib/articles/types';
import { ArticleCard } from './article-card';
import { Pagination } from './pagination';

/** A section, tag or author page: heading, articles, pagination. */
export function ListingView({
  title,
  kicker,
  intro,
  items,
  page,
  pageCount,
  href,
  actions,
}: {
  title: string;
  kicker?: string;
  intro?: ReactNode;
  items: ArticleSummary[];
  page: number;
  pageCount: number;
  href: (page: number) => string;
  actions?: ReactNode;
}) {
  return (
    <>
      <header className="mb-6 border-b-2 border-[var(--color-brand)] pb-2">
        {kicker && <p className="text-xs font-bold uppercase tracking-wide text-stone-600">{kicker}</p>}
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="font-serif text-3xl font-bold text-[var(--color-brand)]">{title}</h1>
          {actions}
        </div>
        {intro && <div className="mt-1 text-sm text-stone-700">{intro}</div>}
        {page > 1 && <p className="mt-1 text-sm text-stone-600">Trang {page}</p>}
      </header>
      {items.length === 0 ? (
        <p className="text-stone-700">Chưa có bài viết.</p>
      ) : (
        <ul className="space-y-6">
          {items.map((a) => (
            <li key={a.id}>
              <ArticleCard article={a} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} href={href} />
    </>
  );
}
