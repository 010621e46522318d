/**
 * schema.org LiveBlogPosting for a covered article: the article's own NewsArticle data with
 * its type changed (LiveBlogPosting is an Article too), the coverage times and the entries
 * as liveBlogUpdate, newest first, as Google's live-blog guidance shows them.
 */
import { absoluteUrl } from '@/lib/config/site-url';
import { toVnIso } from '@/lib/text/vietnamese';
import type { LiveCoverage } from './types';

export function liveBlogLd(articleLd: Record<string, unknown>, c: LiveCoverage, pageUrl: string): Record<string, unknown> {
  return {
    ...articleLd,
    '@type': 'LiveBlogPosting',
    coverageStartTime: toVnIso(c.startedAt),
    ...(c.endedAt ? { coverageEndTime: toVnIso(c.endedAt) } : {}),
    ...(c.entries[0] ? { dateModified: toVnIso(c.entries[0].editedAt && c.entries[0].editedAt > c.entries[0].at ? c.entries[0].editedAt : c.entries[0].at) } : {}),
    liveBlogUpdate: c.entries.map((e) => ({
      '@type': 'BlogPosting',
      '@id': `${pageUrl}#cap-nhat-${e.id}`,
      url: `${pageUrl}#cap-nhat-${e.id}`,
      headline: (e.body || e.photo?.caption || '').slice(0, 110),
      articleBody: [e.body, e.quoteAuthor ? `— ${e.quoteAuthor}` : '', e.photo?.caption ?? ''].filter(Boolean).join(' '),
      datePublished: toVnIso(e.at),
      ...(e.editedAt ? { dateModified: toVnIso(e.editedAt) } : {}),
      author: { '@type': 'Person', name: e.authorName },
      ...(e.photo ? { image: absoluteUrl(e.photo.url) } : {}),
    })),
  };
}
