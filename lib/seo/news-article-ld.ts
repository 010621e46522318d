import { paths, siteConfig } from '@/lib/config/site';
import { absoluteUrl } from '@/lib/config/site-url';
import type { Article } from '@/lib/articles/types';
import { imageUrl } from '@/lib/media/image-url';
import { toVnIso } from '@/lib/text/vietnamese';

/** schema.org NewsArticle for an article page (times with +07:00). */
/** `sectionName`: the stored section's name (lib/sections). */
export function newsArticleLd(a: Article, sectionName: string) {
  const url = absoluteUrl(paths.article(a.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: a.title.slice(0, 110),
    description: a.summary,
    datePublished: a.publishedAt ? toVnIso(a.publishedAt) : undefined,
    dateModified: toVnIso(a.updatedAt),
    articleSection: sectionName,
    keywords: a.tags.map((t) => t.name).join(', '),
    inLanguage: 'vi-VN',
    author: a.bylines.map((b) => ({ '@type': b.role === 'source' ? 'Organization' : 'Person', name: b.name, url: absoluteUrl(paths.author(b.slug)) })),
    image: a.cover ? [absoluteUrl(imageUrl(a.cover.src, 1200))] : undefined,
    publisher: { '@type': 'NewsMediaOrganization', name: siteConfig.publisher, url: absoluteUrl('/') },
    ...(a.dateline ? { dateline: a.dateline } : {}),
  };
}
