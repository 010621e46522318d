/** How articles look in the public JSON API: absolute URLs, Vietnamese labels, GMT+7 and UTC times. */
import { paths } from '@/lib/config/site';
import { absoluteUrl } from '@/lib/config/site-url';
import type { Article, ArticleSummary } from '@/lib/articles/types';
import { liveCoverageJson } from '@/lib/live/json';
import type { LiveCoverage } from '@/lib/live/types';
import { imageUrl } from '@/lib/media/image-url';
import { renderBodyHtml } from '@/lib/mdx/render-html';
import type { Segment } from '@/lib/search/match-text';
import { formatPhotoCredit, toVnIso } from '@/lib/text/vietnamese';
import { bylineRoleLabels } from '@/lib/validations/article';

/** `sectionName` names a category from the stored sections (lib/sections/cached.ts getSectionNamer). */
export function summaryJson(a: ArticleSummary, sectionName: (slug: string) => string) {
  return {
    slug: a.slug,
    url: absoluteUrl(paths.article(a.slug)),
    title: a.title,
    summary: a.summary,
    section: { slug: a.category, name: sectionName(a.category), url: absoluteUrl(paths.section(a.category)) },
    tags: a.tags.map((t) => ({ name: t.name, slug: t.slug, url: absoluteUrl(paths.tag(t.slug)) })),
    bylines: a.bylines.map((b) => ({ name: b.name, role: b.role, roleLabel: bylineRoleLabels[b.role], slug: b.slug, url: absoluteUrl(paths.author(b.slug)) })),
    cover: a.cover
      ? { src: a.cover.src, url: absoluteUrl(imageUrl(a.cover.src)), alt: a.cover.alt, caption: a.cover.caption, credit: a.cover.credit, creditLine: a.cover.credit ? formatPhotoCredit(a.cover.credit) : '' }
      : null,
    dateline: a.dateline,
    /** UTC instant. */
    publishedAt: a.publishedAt,
    /** The same instant with the +07:00 offset (Vietnam). */
    publishedAtVn: a.publishedAt ? toVnIso(a.publishedAt) : null,
    updatedAt: a.updatedAt,
    readingMinutes: a.readingMinutes,
    sample: a.sample,
  };
}

/** `live` is added (null when the article was never covered live); every older field is unchanged. */
export function articleJson(a: Article, sectionName: (slug: string) => string, live: LiveCoverage | null = null) {
  const { html, figures } = renderBodyHtml(a.body);
  return {
    ...summaryJson(a, sectionName),
    body: { mdx: a.body, html, figures },
    corrections: a.corrections.map((c) => ({ text: c.text, createdAt: c.createdAt })),
    live: live ? liveCoverageJson(live, paths.articleLive(a.slug)) : null,
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Highlighted text as HTML: escaped, matches in <mark>. */
export function segmentsToHtml(segments: Segment[]): string {
  return segments.map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join('');
}
