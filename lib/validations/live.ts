import { z } from './zod';

/**
 * One live-coverage entry, as the editor's form posts it and the server checks it
 * (lib/live/writes.ts). Plain text only: entries are shown as text, never compiled as
 * MDX, so nothing in them can reach a page as markup. A photo comes from the media
 * library (its id); its caption and credit default to the library's and stay editable.
 */
export const liveEntryKinds = ['text', 'photo', 'quote'] as const;
export const liveEntryKindLabels: Record<(typeof liveEntryKinds)[number], string> = { text: 'Chữ', photo: 'Ảnh', quote: 'Trích dẫn' };

export const LIVE_BODY_MAX = 4000;

const text = (max: number, message: string) => z.string().trim().max(max, message).default('');

export const liveEntrySchema = z
  .object({
    kind: z.enum(liveEntryKinds, { error: 'Hãy chọn loại cập nhật.' }),
    body: text(LIVE_BODY_MAX, `Nội dung tối đa ${LIVE_BODY_MAX} ký tự.`),
    mediaId: z.string().trim().default(''),
    caption: text(600, 'Chú thích ảnh tối đa 600 ký tự.'),
    credit: text(120, 'Tên người chụp tối đa 120 ký tự.'),
    quoteAuthor: text(120, 'Tên người được trích dẫn tối đa 120 ký tự.'),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== 'photo' && !v.body) ctx.addIssue({ code: 'custom', path: ['body'], message: v.kind === 'quote' ? 'Hãy nhập câu trích dẫn.' : 'Hãy nhập nội dung cập nhật.' });
    if (v.kind === 'photo') {
      if (!/^[0-9a-f]{32}$/.test(v.mediaId)) ctx.addIssue({ code: 'custom', path: ['mediaId'], message: 'Hãy chọn một ảnh trong thư viện.' });
      if (!v.credit) ctx.addIssue({ code: 'custom', path: ['credit'], message: 'Ảnh cần tên người chụp.' });
    }
    if (v.kind === 'quote' && !v.quoteAuthor) ctx.addIssue({ code: 'custom', path: ['quoteAuthor'], message: 'Hãy ghi ai đã nói câu này.' });
  });
export type LiveEntryInput = z.output<typeof liveEntrySchema>;

/** The fields of the entry form, by name (shared by the form and the action's input). */
export const liveEntryFieldNames = ['kind', 'body', 'mediaId', 'caption', 'credit', 'quoteAuthor'] as const;

export const liveIdSchema = z.string().trim().min(1, 'Thiếu mã.').max(100, 'Mã không hợp lệ.');

/** The forms of the live-coverage page, one schema each (form fields named as here). */
export const liveArticleFormSchema = z.object({ articleId: liveIdSchema });
export const liveAddFormSchema = z.object({ articleId: liveIdSchema, entry: liveEntrySchema });
export const liveEditFormSchema = z.object({ entryId: liveIdSchema, entry: liveEntrySchema });
export const liveRemoveFormSchema = z.object({ entryId: liveIdSchema });

/** A form's entry fields, as the schemas above take them. */
export function liveEntryFromForm(form: FormData): Record<string, string> {
  return Object.fromEntries(liveEntryFieldNames.map((n) => [n, typeof form.get(n) === 'string' ? (form.get(n) as string) : ''])) as Record<string, string>;
}
