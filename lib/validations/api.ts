import { z } from './zod';
import { siteConfig } from '@/lib/config/site';

/** Query parameters of GET /api/v1/articles. Unknown parameters are ignored; a bad value is a 400. */
const slugParam = (label: string) =>
  z
    .string()
    .max(120, `${label} quá dài.`)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${label} chỉ gồm chữ thường không dấu, số và dấu gạch ngang.`);

export const API_MAX_PER_PAGE = 50;
const SECTION_UNKNOWN = 'Chuyên mục không có trên trang.';

export const articleListParamsSchema = z.object({
  section: z.string().max(60, SECTION_UNKNOWN).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, SECTION_UNKNOWN).optional(),
  tag: slugParam('Thẻ').optional(),
  author: slugParam('Tác giả').optional(),
  page: z
    .string()
    .regex(/^\d{1,6}$/, 'Số trang phải là số nguyên dương.')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 10_000, 'Số trang phải từ 1 đến 10000.')
    .optional(),
  per_page: z
    .string()
    .regex(/^\d{1,3}$/, 'Số bài mỗi trang phải là số nguyên dương.')
    .transform(Number)
    .refine((n) => n >= 1 && n <= API_MAX_PER_PAGE, `Số bài mỗi trang phải từ 1 đến ${API_MAX_PER_PAGE}.`)
    .optional(),
});

export type ArticleListParams = { section?: string; tag?: string; author?: string; page: number; perPage: number };

/** `sectionSlugs`: the stored sections (lib/sections), which `section` must name. */
export function parseArticleListParams(search: URLSearchParams, sectionSlugs?: readonly string[]): { params: ArticleListParams } | { errors: Record<string, string> } {
  const raw: Record<string, string> = {};
  for (const key of ['section', 'tag', 'author', 'page', 'per_page'] as const) {
    const v = search.get(key);
    if (v !== null && v.trim() !== '') raw[key] = v.trim();
  }
  const r = articleListParamsSchema.safeParse(raw);
  if (!r.success) {
    const errors: Record<string, string> = {};
    for (const issue of r.error.issues) errors[String(issue.path[0] ?? 'query')] ??= issue.message;
    return { errors };
  }
  if (r.data.section && sectionSlugs && !sectionSlugs.includes(r.data.section)) return { errors: { section: SECTION_UNKNOWN } };
  return { params: { section: r.data.section, tag: r.data.tag, author: r.data.author, page: r.data.page ?? 1, perPage: r.data.per_page ?? siteConfig.pageSize } };
}
