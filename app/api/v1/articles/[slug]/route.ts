import { articleJson } from '@/lib/api/article-json';
import { articleMissing } from '@/lib/api/article-missing';
import { apiError, apiHandle, apiJson, apiOptions } from '@/lib/api/respond';
import { getArticle } from '@/lib/articles/cached';
import { getLiveCoverage } from '@/lib/live/cached';
import { getSectionNamer } from '@/lib/sections/cached';
import { slugSchema } from '@/lib/validations/article';

/** GET /api/v1/articles/{slug} — one published article: metadata, sapo, MDX source, safe HTML, figures, live coverage. */
export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return apiHandle(async () => {
    const { slug } = await params;
    const parsed = slugSchema.safeParse(slug);
    if (!parsed.success) return apiError(400, 'bad_request', `Đường dẫn bài viết không hợp lệ: ${parsed.error.issues[0]?.message ?? ''}`.trim());
    const article = await getArticle(parsed.data);
    // Like the page (proxy.ts): a taken-down article is gone (410), not unknown.
    if (!article) return articleMissing(parsed.data);
    return apiJson(articleJson(article, await getSectionNamer(), await getLiveCoverage(article.id)));
  });
}

export const OPTIONS = apiOptions;
