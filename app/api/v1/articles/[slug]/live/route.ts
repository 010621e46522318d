import { articleMissing } from '@/lib/api/article-missing';
import { apiError, apiHandle, apiOptions, CORS_HEADERS } from '@/lib/api/respond';
import { getArticle } from '@/lib/articles/cached';
import { paths } from '@/lib/config/site';
import { getLiveCoverage } from '@/lib/live/cached';
import { liveCoverageJson } from '@/lib/live/json';
import { slugSchema } from '@/lib/validations/article';

/**
 * GET /api/v1/articles/{slug}/live — a published article's live coverage, newest entry first.
 * Polled by the article page while the coverage is open: both reads are tagged cache hits, and
 * a short shared-cache lifetime keeps a proxy from holding entries back for long (docs/live.md).
 */
const LIVE_CACHE_CONTROL = 'public, max-age=5, s-maxage=5, stale-while-revalidate=10';
const CLOSED_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return apiHandle(async () => {
    const { slug } = await params;
    const parsed = slugSchema.safeParse(slug);
    if (!parsed.success) return apiError(400, 'bad_request', `Đường dẫn bài viết không hợp lệ: ${parsed.error.issues[0]?.message ?? ''}`.trim());
    const article = await getArticle(parsed.data);
    if (!article) return articleMissing(parsed.data);
    const coverage = await getLiveCoverage(article.id);
    if (!coverage) return apiError(404, 'not_found', 'Bài này không có tường thuật trực tiếp.');
    const body = liveCoverageJson(coverage, paths.articleLive(article.slug));
    return Response.json(body, {
      headers: { ...CORS_HEADERS, 'Cache-Control': body.status === 'open' ? LIVE_CACHE_CONTROL : CLOSED_CACHE_CONTROL, 'Content-Type': 'application/json; charset=utf-8' },
    });
  });
}

export const OPTIONS = apiOptions;
