import Link from 'next/link';
import { Figure } from '@/components/mdx/figure';
import { paths } from '@/lib/config/site';
import { getSectionName } from '@/lib/sections/cached';
import type { ArticleSummary } from '@/lib/articles/types';
import { formatVnShort, toVnIso } from '@/lib/text/vietnamese';
import { SampleBadge } from './sample-badge';

type Variant = 'lead' | 'standard' | 'compact';

/** One article in a listing. The lead gets its cover eagerly; the others lazily. */
export async function ArticleCard({ article, variant = 'standard', headingLevel = 3, showSection = false }: { article: ArticleSummary; variant?: Variant; headingLevel?: 2 | 3; showSection?: boolean }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const section = showSection ? await getSectionName(article.category) : '';
  const href = paths.article(article.slug);
  const titleClass =
    variant === 'lead' ? 'font-serif text-2xl font-bold leading-tight sm:text-3xl' : variant === 'compact' ? 'font-serif text-base font-bold leading-snug' : 'font-serif text-lg font-bold leading-snug';
  return (
    <article className={variant === 'standard' && article.cover ? 'grid grid-cols-[7.5rem_1fr] gap-3 sm:grid-cols-[12rem_1fr]' : ''}>
      {article.cover && variant !== 'compact' && (
        <Link href={href} tabIndex={-1} aria-hidden="true" className="block">
          <Figure
            src={article.cover.src}
            alt=""
            priority={variant === 'lead'}
            sizes={variant === 'lead' ? '(min-width: 1024px) 720px, 100vw' : '(min-width: 640px) 192px, 120px'}
            className="!my-0"
          />
        </Link>
      )}
      <div>
        {showSection && (
          <Link href={paths.section(article.category)} className="mb-1 inline-flex min-h-6 items-center text-xs font-bold uppercase tracking-wide text-[var(--color-brand)]">
            {section}
          </Link>
        )}
        <H className={titleClass}>
          <Link href={href} className="hover:text-[var(--color-brand)]">
            {article.title}
          </Link>{' '}
          {article.sample && <SampleBadge />}
        </H>
        {article.publishedAt && (
          <p className="mt-1 text-xs text-stone-600">
            <time dateTime={toVnIso(article.publishedAt)}>{formatVnShort(article.publishedAt)}</time>
          </p>
        )}
        {variant !== 'compact' && <p className="mt-1 line-clamp-3 text-sm leading-relaxed text-stone-700">{article.summary}</p>}
      </div>
    </article>
  );
}
