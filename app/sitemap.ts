import type { MetadataRoute } from 'next';
import { paths, siteConfig } from '@/lib/config/site';
import { absoluteUrl } from '@/lib/config/site-url';
import { getSitemap } from '@/lib/articles/cached';

export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { articles, tags, authors } = await getSitemap();
  const latest = articles[0]?.updated_at;
  return [
    { url: absoluteUrl('/'), lastModified: latest, changeFrequency: 'hourly', priority: 1 },
    ...siteConfig.sections.map((s) => ({ url: absoluteUrl(paths.section(s.slug)), lastModified: latest, changeFrequency: 'hourly' as const, priority: 0.8 })),
    ...articles.map((a) => ({ url: absoluteUrl(paths.article(a.slug)), lastModified: a.updated_at, changeFrequency: 'weekly' as const, priority: 0.6 })),
    ...tags.map((t) => ({ url: absoluteUrl(paths.tag(t)), changeFrequency: 'daily' as const, priority: 0.3 })),
    ...authors.map((a) => ({ url: absoluteUrl(paths.author(a)), changeFrequency: 'daily' as const, priority: 0.3 })),
  ];
}
