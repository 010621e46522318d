import { apiHandle, apiJson, apiOptions } from '@/lib/api/respond';
import { paths, siteConfig } from '@/lib/config/site';
import { absoluteUrl } from '@/lib/config/site-url';

/** GET /api/v1/sections — the sections of the site, with their pages, feeds and API lists. */
export function GET(): Promise<Response> {
  return apiHandle(async () =>
    apiJson({
      items: siteConfig.sections.map((s) => ({
        slug: s.slug,
        name: s.name,
        description: s.description,
        url: absoluteUrl(paths.section(s.slug)),
        feed: absoluteUrl(paths.sectionFeed(s.slug)),
        articles: absoluteUrl(`/api/v1/articles?section=${s.slug}`),
      })),
    }),
  );
}

export const OPTIONS = apiOptions;
