/**
 * The one schema of each section form (/editor/chuyen-muc), shared by the form
 * and the server action. A slug left empty is made from the name
 * (lib/text/vietnamese.ts slugify), so "Nông nghiệp" becomes "nong-nghiep".
 */
import { slugify } from '@/lib/text/vietnamese';
import { z } from '@/lib/validations/zod';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE = 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ: nong-nghiep).';

const slugField = z.string().trim().max(60, 'Đường dẫn tối đa 60 ký tự.');

/** Add or edit a section: `original` is the slug being edited ('' when adding). */
export const sectionSchema = z
  .object({
    original: z.string().trim().max(60).default(''),
    name: z.string({ error: 'Hãy nhập tên chuyên mục.' }).trim().min(1, 'Hãy nhập tên chuyên mục.').max(60, 'Tên chuyên mục tối đa 60 ký tự.'),
    slug: slugField.default(''),
    description: z.string().trim().max(300, 'Mô tả tối đa 300 ký tự.').default(''),
    /** '' → a top-level section. */
    parent: slugField.default(''),
  })
  .transform((v, ctx) => {
    const slug = v.slug === '' ? slugify(v.name, 60) : v.slug;
    if (!SLUG_PATTERN.test(slug)) {
      ctx.addIssue({ code: 'custom', message: SLUG_MESSAGE, path: ['slug'] });
      return z.NEVER;
    }
    return { original: v.original, name: v.name, slug, description: v.description, parent: v.parent === '' ? null : v.parent };
  });
export type SectionInput = z.output<typeof sectionSchema>;

export const moveSchema = z.object({
  slug: slugField.min(1, 'Hãy chọn một chuyên mục.'),
  direction: z.enum(['up', 'down'], { error: 'Hướng di chuyển không hợp lệ.' }),
});
export type MoveInput = z.output<typeof moveSchema>;

export const deleteSchema = z.object({ slug: slugField.min(1, 'Hãy chọn một chuyên mục.') });

/** The form's fields, as named in the form (FormData → schema input). */
export function sectionFormInput(form: FormData): Record<string, string> {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  return { original: text('original'), name: text('name'), slug: text('slug'), description: text('description'), parent: text('parent'), direction: text('direction') };
}
