import { z } from './zod';
import { slugify } from '@/lib/text/vietnamese';

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
  .min(3, 'Đường dẫn cần ít nhất 3 ký tự.')
  .max(120, 'Đường dẫn tối đa 120 ký tự.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.');

export const bylineSchema = z.object({
  name: z.string().trim().min(1, 'Tên tác giả không được để trống.').max(120, 'Tên tác giả quá dài.'),
  role: z.enum(bylineRoles, { error: 'Vai trò tác giả không hợp lệ.' }),
});
export type Byline = z.infer<typeof bylineSchema>;

export const imageSchema = z.object({
  src: z.string().trim().min(1, 'Ảnh cần có đường dẫn.'),
  alt: z.string().trim().max(300, 'Mô tả ảnh cho người khiếm thị tối đa 300 ký tự.'),
  caption: z.string().trim().max(600, 'Chú thích ảnh tối đa 600 ký tự.').default(''),
  credit: z.string().trim().max(120, 'Tên người chụp tối đa 120 ký tự.').default(''),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});
export type ArticleImage = z.infer<typeof imageSchema>;

export const articleFieldsSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(5, 'Tiêu đề cần ít nhất 5 ký tự.').max(250, 'Tiêu đề tối đa 250 ký tự.'),
  summary: z.string().trim().min(10, 'Sapo cần ít nhất 10 ký tự.').max(1000, 'Sapo tối đa 1000 ký tự.'),
  body: z.string().max(200_000, 'Nội dung quá dài (tối đa 200.000 ký tự).'),
  // A stored section's slug (lib/sections): the save checks it exists, the content check reports an unknown one.
  category: z
    .string({ error: 'Hãy chọn chuyên mục.' })
    .trim()
    .min(1, 'Hãy chọn chuyên mục.')
    .max(60, 'Chuyên mục không hợp lệ.')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Chuyên mục không hợp lệ.'),
  tags: z.array(z.string().trim().min(1).max(60, 'Mỗi thẻ tối đa 60 ký tự.')).max(20, 'Tối đa 20 thẻ.').default([]),
  bylines: z.array(bylineSchema).min(1, 'Cần ít nhất một tác giả.').max(10, 'Tối đa 10 tác giả.'),
  cover: imageSchema.nullable().default(null),
  dateline: z.string().trim().max(80, 'Nơi đưa tin tối đa 80 ký tự.').nullable().default(null),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

/** A content/ article: the fields plus its publication facts; its frontmatter is all but the body. */
export const contentArticleSchema = articleFieldsSchema.extend({
  cover: imageSchema.extend({ credit: z.string().trim().min(1, 'Ảnh bìa cần tên người chụp.').max(120) }).nullable().default(null),
  publishedAt: z.iso.datetime({ offset: true, error: 'publishedAt phải là thời điểm ISO 8601.' }),
  updatedAt: z.iso.datetime({ offset: true }).nullable().default(null),
  sample: z.boolean().default(false),
});
/** The frontmatter of a content/ file: contentlayer.config.ts derives its fields from this. */
export const contentFrontmatterSchema = contentArticleSchema.omit({ body: true });
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

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The form's strings, shaped as the article schema reads them (see articleFormSchema). */
function formToFields(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const raw = input as Record<string, unknown>;
  const cover = (typeof raw.cover === 'object' && raw.cover !== null ? raw.cover : {}) as Record<string, unknown>;
  const bylines = Array.isArray(raw.bylines) ? (raw.bylines as Record<string, unknown>[]) : [];
  return {
    title: str(raw.title),
    slug: str(raw.slug).trim() || slugify(str(raw.title)),
    summary: str(raw.summary),
    // Line endings as the browser sends them (CRLF) would make every line differ in a diff.
    body: str(raw.body).replace(/\r\n?/g, '\n'),
    category: str(raw.category),
    tags: parseTagList(str(raw.tags)),
    dateline: str(raw.dateline).trim() || null,
    bylines: bylines.filter((b) => str(b?.name).trim() !== '').map((b) => ({ name: str(b.name), role: str(b.role) || 'reporter' })),
    cover: str(cover.src).trim() ? { src: str(cover.src), alt: str(cover.alt), caption: str(cover.caption), credit: str(cover.credit) } : null,
    version: str(raw.version) || '0',
  };
}

/**
 * The editor form, as the browser sends it (FormData strings), parsed into
 * the one article schema. Field names are the schema's: `title`, `slug`,
 * `summary`, `body`, `category`, `tags` ("a, b, c"), `dateline`,
 * `bylines.N.name` / `bylines.N.role` (rows with an empty name are ignored),
 * `cover.src` / `cover.alt` / `cover.caption` / `cover.credit` (no `cover.src`
 * means no cover), and `version`, the version the edit was based on (0 for a
 * new article). An empty slug is made from the title with `slugify`.
 */
export const articleFormSchema = z.preprocess(
  formToFields,
  articleFieldsSchema.extend({
    version: z.coerce.number({ error: 'Phiên bản không hợp lệ.' }).int('Phiên bản không hợp lệ.').min(0, 'Phiên bản không hợp lệ.'),
  }),
);
export type ArticleFormInput = z.infer<typeof articleFormSchema>;

/** FormData → the plain object articleFormSchema reads (dotted names become nested fields). */
export function articleFormObject(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const rows = new Map<number, { name?: string; role?: string }>();
  for (const [key, value] of form.entries()) {
    const m = /^bylines\.(\d{1,2})\.(name|role)$/.exec(key);
    if (!m || typeof value !== 'string') continue;
    const row = rows.get(Number(m[1])) ?? {};
    row[m[2] as 'name' | 'role'] = value;
    rows.set(Number(m[1]), row);
  }
  return {
    title: text('title'),
    slug: text('slug'),
    summary: text('summary'),
    body: text('body'),
    category: text('category'),
    tags: text('tags'),
    dateline: text('dateline'),
    bylines: [...rows.entries()].sort(([a], [b]) => a - b).map(([, r]) => r),
    cover: { src: text('cover.src'), alt: text('cover.alt'), caption: text('cover.caption'), credit: text('cover.credit') },
    version: text('version'),
  };
}

/** Zod issue path → the form field it belongs to ("bylines.0.name", "cover.alt"). */
export function formFieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || 'form';
}

/** Field errors by form field name, first message per field. */
export function articleFormErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = formFieldName(issue.path);
    out[key] ??= issue.message;
  }
  return out;
}

/** Reasons and comments the workflow asks for (return, take down, correct). */
export const workflowNoteSchema = z
  .string({ error: 'Cần nhập nội dung.' })
  .trim()
  .min(3, 'Cần ít nhất 3 ký tự.')
  .max(2000, 'Tối đa 2000 ký tự.');
