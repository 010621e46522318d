import { Feed } from 'feed';
import { paths, siteConfig, type Section } from '@/lib/config/site';
import { absoluteUrl } from '@/lib/config/site-url';
import type { ArticleSummary } from '@/lib/articles/types';
import { liveFeedHtml, liveFeedNote } from '@/lib/live/feed';
import type { LiveCoverage } from '@/lib/live/types';

/** A cover photo as an RSS enclosure: its real byte length and MIME type, from the media record. */
export type FeedEnclosure = { path: string; length: number; type: string };

export type RssInput = {
  /** A section's feed (its own and its children's articles); none for the whole site. */
  section?: Section;
  /** The name readers see for a section slug (lib/sections), for each item's <category>. */
  sectionName: (slug: string) => string;
  /** The items' live coverage by article id (docs/live.md). */
  live?: Record<string, LiveCoverage>;
  /** The items' cover enclosures by article id; a cover without a library record has none. */
  enclosures?: Record<string, FeedEnclosure>;
};

const DC = 'http://purl.org/dc/elements/1.1/';

/**
 * RSS 2.0 for the whole site or one section, built with the `feed` library.
 * Bylines are `dc:creator`, one each (RSS's own <author> must be an email
 * address); the category is the section's name, then the tags.
 */
export function buildRss(items: ArticleSummary[], { section, sectionName, live = {}, enclosures = {} }: RssInput): string {
  const selfPath = section ? paths.sectionFeed(section.slug) : paths.feed();
  const feed = new Feed({
    title: section ? `${siteConfig.name} — ${section.name}` : `${siteConfig.name} — Tin mới nhất`,
    description: section ? section.description : siteConfig.description,
    id: absoluteUrl(section ? paths.section(section.slug) : '/'),
    link: absoluteUrl(section ? paths.section(section.slug) : '/'),
    language: 'vi',
    copyright: `© ${siteConfig.publisher}`,
    updated: items[0]?.publishedAt ? new Date(items[0].publishedAt) : undefined,
    generator: siteConfig.name,
    feedLinks: { rss: absoluteUrl(selfPath) },
  });
  for (const a of items) {
    const link = absoluteUrl(paths.article(a.slug));
    const cover = enclosures[a.id];
    feed.addItem({
      title: a.title,
      id: link,
      link,
      description: live[a.id] ? `${a.summary} ${liveFeedNote(live[a.id])}` : a.summary,
      content: live[a.id] ? liveFeedHtml(live[a.id]) : undefined,
      date: new Date(a.publishedAt ?? a.updatedAt),
      extensions: a.bylines.length ? [{ name: 'dc:creator', objects: creators(a) }] : undefined,
      category: [{ name: sectionName(a.category) }, ...a.tags.map((t) => ({ name: t.name }))],
      enclosure: cover ? { url: absoluteUrl(cover.path), length: cover.length, type: cover.type } : undefined,
    });
  }
  return withDcNamespace(feed.rss2());
}

/**
 * One dc:creator element per byline. `feed` types an extension's objects as one
 * record, but hands them to xml-js, which writes an array as repeated elements.
 */
function creators(a: ArticleSummary): Record<string, unknown> {
  return a.bylines.map((b) => ({ _text: b.name })) as unknown as Record<string, unknown>;
}

/** `feed` declares xmlns:dc only when an item has content:encoded; dc:creator needs it always. */
function withDcNamespace(xml: string): string {
  if (xml.includes('xmlns:dc=')) return xml;
  return xml.replace(/<rss\b([^>]*)>/, (_tag, attrs: string) => `<rss${attrs} xmlns:dc="${DC}">`);
}

export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      // Readers' apps may keep it a minute; a shared cache 1 s, so a publish shows through a proxy at once.
      'Cache-Control': 'public, max-age=60, s-maxage=1',
    },
  });
}
