import { shownStatus } from '@/lib/articles/access';
import type { ArticleStatus } from '@/lib/db/schema';
import { formatVnShort } from '@/lib/text/vietnamese';
import { statusLabels } from '@/lib/validations/article';

type Stated = { status: ArticleStatus; publishedAt: string | null };

/** The status a person reads, by the data layer's rule: a scheduled article whose time has come reads "Đã đăng". */
export function statusWord(a: Stated, now = new Date().toISOString()): string {
  return statusLabels[shownStatus(a, now)];
}

/** The editor's status line: the word, and for an article still waiting for its time, when it goes live. */
export function statusLine(a: Stated | null, now = new Date().toISOString()): { word: string; when: string | null } {
  if (!a) return { word: 'Chưa lưu', when: null };
  const shown = shownStatus(a, now);
  return { word: statusLabels[shown], when: shown === 'scheduled' && a.publishedAt ? `đăng lúc ${formatVnShort(a.publishedAt)} (GMT+7)` : null };
}
