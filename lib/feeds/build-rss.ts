import { Feed } from 'feed';
import { paths, siteConfig, type Section } from '@/lib/config/site';
import { absoluteUrl } from '@/lib/config/site-url';
import type { ArticleSummary } from '@/lib/articles/types';
import { liveFeedHtml, liveFeedNote } from '@/lib/live/feed';
import type { LiveCoverage } from '@/lib/live/types';
import { imageUrl } from '@/lib/media/image-url';

/** RSS 2.0 for the whole site or one section, built with the `feed` library. */
/** `live`: the items' live coverage by article id (docs/live.md). */
export function buildRss(items: ArticleSummary[], section?: Section, live: Record<string, LiveCoverage> = {}): string {
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
    feed.addItem({
      title: a.title,
      id: link,
      link,
      description: live[a.id] ? `${a.summary} ${liveFeedNote(live[a.id])}` : a.summary,
      content: live[a.id] ? liveFeedHtml(live[a.id]) : undefined,
      date: new Date(a.publishedAt ?? a.updatedAt),
      author: a.bylines.map((b) => ({ name: b.name, link: absoluteUrl(paths.author(b.slug)) })),
      category: [{ name: a.category }, ...a.tags.map((t) => ({ name: t.name }))],
      image: a.cover ? absoluteUrl(imageUrl(a.cover.src, 960)) : undefined,
    });
  }
  return feed.rss2();
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
