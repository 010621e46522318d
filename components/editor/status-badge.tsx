import { shownStatus } from '@/lib/articles/access';
import type { ArticleStatus } from '@/lib/db/schema';
import { statusLabels } from '@/lib/validations/article';

const styles: Record<ArticleStatus, string> = {
  draft: 'bg-stone-200 text-stone-900',
  review: 'bg-amber-100 text-amber-950',
  scheduled: 'bg-blue-100 text-blue-950',
  published: 'bg-green-100 text-green-950',
  unpublished: 'bg-red-100 text-red-950',
};

/** An article's workflow status, in words (colour only repeats it); a scheduled article whose time has come reads "Đã đăng". */
export function StatusBadge({ article, now }: { article: { status: ArticleStatus; publishedAt: string | null }; now: string }) {
  const status = shownStatus(article, now);
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${styles[status]}`}>{statusLabels[status]}</span>;
}
