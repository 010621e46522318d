import { segmentsToHtml, summaryJson } from '@/lib/api/article-json';
import { apiError, apiHandle, apiJson, apiOptions, badParams } from '@/lib/api/respond';
import { getSearchResults } from '@/lib/search/search';
import { getSections, getSectionNamer } from '@/lib/sections/cached';
import { parseSearchInput } from '@/lib/validations/search';

/** GET /api/v1/search?q=&section=&from=&to=&page= — the site search, as JSON. */
export function GET(request: Request): Promise<Response> {
  return apiHandle(async () => {
    const search = new URL(request.url).searchParams;
    const { input, errors } = parseSearchInput(Object.fromEntries(['q', 'section', 'from', 'to', 'page'].map((k) => [k, search.get(k)])), (await getSections()).map((s) => s.slug));
    if (Object.keys(errors).length) return badParams(errors);
    if (!input.q.trim()) return apiError(400, 'bad_request', 'Thiếu tham số "q": hãy cho biết cần tìm gì.');
    const r = await getSearchResults(input);
    const names = await getSectionNamer();
    return apiJson({
      query: input.q,
      words: r.tokens.map((t) => t.text),
      filters: { section: input.section ?? null, from: input.from ?? null, to: input.to ?? null },
      page: r.page,
      pageCount: r.pageCount,
      total: r.total,
      totalIsLowerBound: r.totalIsLowerBound,
      items: r.items.map((h) => ({ ...summaryJson(h.article, names), titleHtml: segmentsToHtml(h.title), snippetHtml: segmentsToHtml(h.snippet) })),
      suggestions: r.suggestions ? { fewerWords: r.suggestions.fewerWords, withoutFilters: r.suggestions.withoutFilters } : null,
    });
  });
}

export const OPTIONS = apiOptions;
