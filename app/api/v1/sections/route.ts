import { apiHandle, apiJson, apiOptions } from '@/lib/api/respond';
import { paths } from '@/lib/config/site';
import { absoluteUrl } from '@/lib/config/site-url';
import { getSections } from '@/lib/sections/cached';

/** GET /api/v1/sections — the stored sections in menu order (a chuyên mục con names its parent), with their pages, feeds and API lists. */
export function GET(): Promise<Response> {
  return apiHandle(async () =>
    apiJson({
      items: (await getSections()).map((s) => ({
        slug: s.slug,
        name: s.name,
        description: s.description,
        parent: s.parent,
        url: absoluteUrl(paths.section(s.slug)),
        feed: absoluteUrl(paths.sectionFeed(s.slug)),
        articles: absoluteUrl(`/api/v1/articles?section=${s.slug}`),
      })),
    }),
  );
}

export const OPTIONS = apiOptions;
