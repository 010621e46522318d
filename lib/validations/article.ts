import { z } from 'zod';
import { sectionSlugs } from '@/lib/config/site';

/**
 * The one article schema, shared by content/ files (checked at start-up after
 * contentlayer's own build-time check), the editor form and the server actions.
 */

export const articleStatuses = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;
export const statusLabels: Record<(typeof articleStatuses)[number], string> = {
  draft: 'Bản nháp',
  review: 'Chờ duyệt',
  scheduled: 'Hẹn giờ',
  published: 'Đã đăng',
  unpublished: 'Đã gỡ',
};

export const bylineRoles = ['reporter', 'photographer', 'group', 'source', 'editor'] as const;
export const bylineRoleLabels: Record<(typeof bylineRoles)[number], string> = {
  reporter: 'Phóng viên',
  photographer: 'Ảnh',
  group: 'Nhóm phóng viên',
  source: 'Nguồn',
  editor: 'Biên tập',
};

export const slugSchema = z
  .string()
  .trim()
  .min(3, 'Đường dẫn (slug) cần ít nhất 3 ký tự.')
  .max(120, 'Đường dẫn (slug) tối đa 120 ký tự.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.');

export const bylineSchema = z.object({
  name: z.string().trim().min(1, 'Tên tác giả không được để trống.').max(120, 'Tên tác giả quá dài.'),
  role: z.enum(bylineRoles, { error: 'Vai trò tác giả không hợp lệ.' }),
});
export type Byline = z.infer<typeof bylineSchema>;

export const imageSchema = z.object({
  src: z.string().trim().min(1, 'Ảnh cần có đường dẫn.'),
  alt: z.string().trim().max(300, 'Mô tả ảnh (alt) tối đa 300 ký tự.'),
  caption: z.string().trim().max(600, 'Chú thích ảnh tối đa 600 ký tự.').default(''),
  credit: z.string().trim().max(120, 'Tên người chụp (credit) tối đa 120 ký tự.').default(''),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});
export type ArticleImage = z.infer<typeof imageSchema>;

export const articleFieldsSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(5, 'Tiêu đề cần ít nhất 5 ký tự.').max(250, 'Tiêu đề tối đa 250 ký tự.'),
  summary: z.string().trim().min(10, 'Sapo cần ít nhất 10 ký tự.').max(1000, 'Sapo tối đa 1000 ký tự.'),
  body: z.string().max(200_000, 'Nội dung quá dài (tối đa 200.000 ký tự).'),
  category: z.enum(sectionSlugs, { error: 'Chuyên mục không hợp lệ.' }),
  tags: z.array(z.string().trim().min(1).max(60, 'Mỗi thẻ tối đa 60 ký tự.')).max(20, 'Tối đa 20 thẻ.').default([]),
  bylines: z.array(bylineSchema).min(1, 'Cần ít nhất một tác giả (byline).').max(10, 'Tối đa 10 tác giả.'),
  cover: imageSchema.nullable().default(null),
  dateline: z.string().trim().max(80, 'Nơi đưa tin tối đa 80 ký tự.').nullable().default(null),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

/** A content/ article: the fields plus its publication facts from frontmatter. */
export const contentArticleSchema = articleFieldsSchema.extend({
  publishedAt: z.iso.datetime({ offset: true, error: 'publishedAt phải là thời điểm ISO 8601.' }),
  updatedAt: z.iso.datetime({ offset: true }).nullable().default(null),
  sample: z.boolean().default(false),
});
export type ContentArticle = z.infer<typeof contentArticleSchema>;

/** Split "a, b, c" into tag names, dropping blanks and duplicates (compared by folded slug). */
export function parseTagList(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(/[,;\n]/)) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name) continue;
    const key = name.toLocaleLowerCase('vi');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
