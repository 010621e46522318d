import { summaryJson } from '@/lib/api/article-json';
import { apiHandle, apiJson, apiOptions, badParams } from '@/lib/api/respond';
import { getArticleList } from '@/lib/articles/cached';
import { getSections, getSectionNamer } from '@/lib/sections/cached';
import { parseArticleListParams } from '@/lib/validations/api';

/** GET /api/v1/articles?section=&tag=&author=&page=&per_page= — published articles, newest first. */
export function GET(request: Request): Promise<Response> {
  return apiHandle(async () => {
    const parsed = parseArticleListParams(new URL(request.url).searchParams, (await getSections()).map((s) => s.slug));
    if ('errors' in parsed) return badParams(parsed.errors);
    const { params } = parsed;
    const data = await getArticleList(params);
    const names = await getSectionNamer();
    return apiJson({
      filters: { section: params.section ?? null, tag: params.tag ?? null, author: params.author ?? null },
      page: data.page,
      perPage: params.perPage,
      pageCount: data.pageCount,
      total: data.total,
      items: data.items.map((a) => summaryJson(a, names)),
    });
  });
}

export const OPTIONS = apiOptions;
