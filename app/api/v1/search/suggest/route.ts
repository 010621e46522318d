import { apiHandle, apiJson, apiOptions } from '@/lib/api/respond';
import { getSuggestions } from '@/lib/search/search';

/** GET /api/v1/search/suggest?q= — titles of the 5 newest articles whose title starts the words typed (the search box's list). */
export function GET(request: Request): Promise<Response> {
  return apiHandle(async () => {
    const q = new URL(request.url).searchParams.get('q') ?? '';
    // An empty box asks nothing: an empty list, cached like the rest (no error for a reader who cleared the box).
    return apiJson({ query: q, items: q.trim() ? await getSuggestions(q) : [] });
  });
}

export const OPTIONS = apiOptions;
