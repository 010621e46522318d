import type { Metadata } from 'next';
import { paths, siteConfig } from '@/lib/config/site';
import { absoluteUrl, siteUrl } from '@/lib/config/site-url';
import type { ArticleSummary } from '@/lib/articles/types';
import { imageUrl } from '@/lib/media/image-url';

/** The one metadata helper: every page builds its Metadata through these. */

export function rootMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${siteConfig.name} — Tin tức tỉnh`, template: `%s | ${siteConfig.name}` },
    description: siteConfig.description,
    applicationName: siteConfig.name,
    alternates: {
      types: { 'application/rss+xml': [{ url: paths.feed(), title: `${siteConfig.name} — Tin mới nhất` }] },
    },
    openGraph: { siteName: siteConfig.name, locale: siteConfig.locale, type: 'website' },
    twitter: { card: 'summary_large_image' },
  };
}

type PageMetaInput = {
  title: string;
  description: string;
  path: string;
  /** Extra RSS feed for this page (a section's feed). */
  feed?: { url: string; title: string };
  noindex?: boolean;
};

export function pageMetadata({ title, description, path, feed, noindex }: PageMetaInput): Metadata {
  const feeds = [{ url: paths.feed(), title: `${siteConfig.name} — Tin mới nhất` }, ...(feed ? [feed] : [])];
  return {
    title,
    description,
    alternates: { canonical: absoluteUrl(path), types: { 'application/rss+xml': feeds } },
    openGraph: { title, description, url: absoluteUrl(path), siteName: siteConfig.name, locale: siteConfig.locale, type: 'website' },
    twitter: { card: 'summary', title, description },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

export function articleMetadata(a: ArticleSummary): Metadata {
  const url = absoluteUrl(paths.article(a.slug));
  const image = a.cover ? { url: absoluteUrl(imageUrl(a.cover.src, 1200)), alt: a.cover.alt, width: 1200 } : undefined;
  return {
    title: a.title,
    description: a.summary,
    authors: a.bylines.map((b) => ({ name: b.name, url: absoluteUrl(paths.author(b.slug)) })),
    keywords: a.tags.map((t) => t.name),
    alternates: {
      canonical: url,
      types: {
        'application/rss+xml': [
          { url: paths.feed(), title: `${siteConfig.name} — Tin mới nhất` },
          { url: paths.sectionFeed(a.category), title: `${siteConfig.name} — chuyên mục` },
        ],
      },
    },
    openGraph: {
      type: 'article',
      title: a.title,
      description: a.summary,
      url,
      siteName: siteConfig.name,
      locale: siteConfig.locale,
      publishedTime: a.publishedAt ?? undefined,
      modifiedTime: a.updatedAt,
      section: a.category,
      tags: a.tags.map((t) => t.name),
      authors: a.bylines.map((b) => b.name),
      images: image ? [image] : undefined,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: a.title, description: a.summary, images: image ? [image.url] : undefined },
  };
}
