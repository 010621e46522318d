import { z } from './zod';
import { imageSchema } from './article';

/**
 * A photo's library details (alt, caption, credit): the defaults the photo
 * panel carries into an article, where each stays editable per article. The
 * limits are the article image schema's, so a library photo always fits a
 * cover or a <Figure>.
 */
export const mediaDetailsSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/, 'Ảnh không hợp lệ.'),
  alt: imageSchema.shape.alt,
  caption: imageSchema.shape.caption,
  credit: imageSchema.shape.credit,
});
export type MediaDetails = z.infer<typeof mediaDetailsSchema>;

/** The library search form (GET, field `q`) and its page. */
export const mediaSearchSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
