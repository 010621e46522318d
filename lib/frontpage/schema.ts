/**
 * The one schema of each front-page form (the curation form, the banner form),
 * shared by the form in the browser and the server action. Times are typed on
 * a Vietnamese clock (GMT+7) and parsed into UTC instants here.
 */
import { siteConfig } from '@/lib/config/site';
import { SLUG_PATTERN } from '@/lib/sections/schema';
import { parseVnLocal } from '@/lib/text/vietnamese';
import { z } from '@/lib/validations/zod';

const articleId = z.string({ error: 'Hãy chọn một bài.' }).trim().min(1, 'Hãy chọn một bài.').max(100, 'Bài không hợp lệ.');

/** '' → no expiry; else a future GMT+7 wall-clock time → ISO UTC. */
export const expirySchema = z
  .string()
  .trim()
  .max(40, 'Giờ hết hạn không hợp lệ.')
  .transform((value, ctx) => {
    if (value === '') return null;
    const at = parseVnLocal(value);
    if (!at) {
      ctx.addIssue({ code: 'custom', message: 'Giờ hết hạn không hợp lệ: nhập ngày và giờ (giờ Việt Nam).' });
      return z.NEVER;
    }
    if (at.getTime() <= Date.now()) {
      ctx.addIssue({ code: 'custom', message: 'Giờ hết hạn đã qua: hãy chọn một thời điểm sau bây giờ.' });
      return z.NEVER;
    }
    return at.toISOString();
  });

export const pinSchema = z.object({ articleId, expiresAt: expirySchema });
export type Pin = z.output<typeof pinSchema>;

export const DUPLICATE_PIN_MESSAGE = 'Một bài chỉ được ghim ở một chỗ trên trang nhất.';

export const frontPageSchema = z
  .object({
    lead: pinSchema.nullable(),
    featured: z.array(pinSchema).max(siteConfig.homeFeatured, `Tối đa ${siteConfig.homeFeatured} tin nổi bật.`),
    /** A section's top story, by stored section slug (lib/sections; the write checks it is still stored). */
    sections: z.record(z.string().regex(SLUG_PATTERN, 'Chuyên mục không hợp lệ.'), pinSchema),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    const check = (id: string, path: PropertyKey[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: DUPLICATE_PIN_MESSAGE, path });
      seen.add(id);
    };
    if (v.lead) check(v.lead.articleId, ['lead']);
    v.featured.forEach((p, i) => check(p.articleId, ['featured', i]));
    for (const [slug, p] of Object.entries(v.sections)) if (p) check(p.articleId, ['sections', slug]);
  });
export type FrontPageInput = z.output<typeof frontPageSchema>;

/** The form's field names, shared by the form and frontPageInput. */
export const frontPageFields = {
  lead: 'lead',
  leadExpires: 'leadExpires',
  featured: 'featured',
  featuredExpires: 'featuredExpires',
  // Sections are data (any slug): the prefixes end in ':' so no slug can be read as another field.
  section: (slug: string) => `section:${slug}`,
  sectionExpires: (slug: string) => `section-expires:${slug}`,
} as const;

const SECTION_PREFIX = 'section:';

const text = (v: FormDataEntryValue | null | undefined) => (typeof v === 'string' ? v : '');

/** The curation form's fields → the schema's input. Featured rows keep the order of the form. */
export function frontPageInput(form: FormData): unknown {
  const lead = text(form.get(frontPageFields.lead)).trim();
  const expiries = form.getAll(frontPageFields.featuredExpires);
  return {
    lead: lead ? { articleId: lead, expiresAt: text(form.get(frontPageFields.leadExpires)) } : null,
    featured: form
      .getAll(frontPageFields.featured)
      .map((id, i) => ({ articleId: text(id), expiresAt: text(expiries[i]) }))
      .filter((p) => p.articleId.trim() !== ''),
    // Every section the form offered (the page lists the stored ones): one field each.
    sections: Object.fromEntries(
      [...new Set(form.keys())]
        .filter((k) => k.startsWith(SECTION_PREFIX))
        .flatMap((k) => {
          const slug = k.slice(SECTION_PREFIX.length);
          const id = text(form.get(k)).trim();
          return id ? [[slug, { articleId: id, expiresAt: text(form.get(frontPageFields.sectionExpires(slug))) }]] : [];
        }),
    ),
  };
}

/** The field an issue belongs to, as the form names it. */
export function frontPageFieldOf(path: PropertyKey[]): string {
  const [head, key] = path;
  if (head === 'lead') return path[1] === 'expiresAt' ? frontPageFields.leadExpires : frontPageFields.lead;
  if (head === 'featured' && typeof key === 'number') return `${path[2] === 'expiresAt' ? frontPageFields.featuredExpires : frontPageFields.featured}.${key}`;
  if (head === 'sections' && typeof key === 'string') return path[2] === 'expiresAt' ? frontPageFields.sectionExpires(key) : frontPageFields.section(key);
  return String(head ?? '_');
}

export const breakingSchema = z.object({
  text: z
    .string({ error: 'Hãy nhập dòng tin nóng.' })
    .trim()
    .min(1, 'Hãy nhập dòng tin nóng.')
    .max(siteConfig.breakingMaxChars, `Dòng tin nóng tối đa ${siteConfig.breakingMaxChars} ký tự (một dòng trên điện thoại).`)
    .refine((s) => !/[\r\n]/.test(s), 'Tin nóng chỉ một dòng.'),
  articleId,
  expiresAt: expirySchema,
});
export type BreakingInput = z.output<typeof breakingSchema>;

export function breakingInput(form: FormData): unknown {
  return { text: text(form.get('text')), articleId: text(form.get('articleId')), expiresAt: text(form.get('expiresAt')) };
}
