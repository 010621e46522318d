'use server';

/**
 * Server actions of the live-coverage page (/editor/bai/[id]/truc-tiep), each one formAction:
 * lib/live/writes.ts checks the rights and audits; afterwards the article's live tag is
 * expired, which refreshes its page and its poll endpoint (not the listings).
 */
import { revalidatePath } from 'next/cache';
import { cacheTags, updateTagsNow } from '@/lib/cache/tags';
import { editorPaths } from '@/lib/config/site';
import { type LiveWriteResult, addLiveEntry, closeLive, editLiveEntry, removeLiveEntry, startLive } from '@/lib/live/writes';
import {
  liveAddFormSchema,
  liveArticleFormSchema,
  liveEditFormSchema,
  liveEntryFromForm,
  liveRemoveFormSchema,
} from '@/lib/validations/live';
import { type ActionContext, INVALID_FIELDS_MESSAGE, formAction, formText, zodFieldErrors } from './action';

export type LiveFormState = {
  status: 'idle' | 'ok' | 'error';
  message: string;
  fieldErrors?: Record<string, string>;
  /** Changes on every success, so a form can reset itself once. */
  done?: number;
};

const roles = ['reporter', 'editor', 'admin'] as const;
const fail = (message: string, fieldErrors?: Record<string, string>): LiveFormState => ({ status: 'error', message, fieldErrors });
// Entry fields sit under `entry` in the schema and by their own name in the form.
const invalid = (error: import('zod').ZodError): LiveFormState => fail(INVALID_FIELDS_MESSAGE, zodFieldErrors(error, (p) => String(p[0] === 'entry' ? p[1] : p[0])));

function answer(result: LiveWriteResult, message: string, ctx: ActionContext): LiveFormState {
  if (!result.ok) return fail(result.message);
  ctx.defer(() => {
    updateTagsNow([cacheTags.live(result.articleId)]);
    revalidatePath(editorPaths.live(result.articleId));
  });
  return { status: 'ok', message, done: Date.now() };
}

export const startLiveAction = formAction({
  name: 'startLive',
  roles: [...roles],
  schema: liveArticleFormSchema,
  input: (form) => ({ articleId: formText(form, 'articleId') }),
  fail,
  run: async (d, ctx) => answer(await startLive(ctx.actor, d.articleId, { ip: ctx.ip }), 'Đã bắt đầu tường thuật trực tiếp.', ctx),
});

export const closeLiveAction = formAction({
  name: 'closeLive',
  roles: [...roles],
  schema: liveArticleFormSchema,
  input: (form) => ({ articleId: formText(form, 'articleId') }),
  fail,
  run: async (d, ctx) => answer(await closeLive(ctx.actor, d.articleId, { ip: ctx.ip }), 'Đã kết thúc tường thuật. Các cập nhật được giữ nguyên.', ctx),
});

export const addLiveEntryAction = formAction({
  name: 'addLiveEntry',
  roles: [...roles],
  schema: liveAddFormSchema,
  input: (form) => ({ articleId: formText(form, 'articleId'), entry: liveEntryFromForm(form) }),
  fail,
  invalid,
  run: async (d, ctx) => answer(await addLiveEntry(ctx.actor, d.articleId, d.entry, { ip: ctx.ip }), 'Đã đăng cập nhật.', ctx),
});

export const editLiveEntryAction = formAction({
  name: 'editLiveEntry',
  roles: [...roles],
  schema: liveEditFormSchema,
  input: (form) => ({ entryId: formText(form, 'entryId'), entry: liveEntryFromForm(form) }),
  fail,
  invalid,
  run: async (d, ctx) => answer(await editLiveEntry(ctx.actor, d.entryId, d.entry, { ip: ctx.ip }), 'Đã lưu cập nhật.', ctx),
});

export const removeLiveEntryAction = formAction({
  name: 'removeLiveEntry',
  roles: [...roles],
  schema: liveRemoveFormSchema,
  input: (form) => ({ entryId: formText(form, 'entryId') }),
  fail,
  run: async (d, ctx) => answer(await removeLiveEntry(ctx.actor, d.entryId, { ip: ctx.ip }), 'Đã gỡ cập nhật (vẫn còn trong lịch sử).', ctx),
});
