'use server';

/**
 * Server actions of the front-page page (/editor/trang-nhat), each one
 * formAction: editors and admins only, checked again by the write itself;
 * the home page (or, for the banner, every public page) is refreshed with
 * updateTagsNow before the action answers, like a publish.
 */
import { revalidatePath } from 'next/cache';
import { updateTagsNow } from '@/lib/cache/tags';
import { z } from 'zod';
import { authPaths } from '@/lib/config/site';
import { curatorRoles } from '@/lib/frontpage/access';
import { breakingInput, breakingSchema, frontPageFieldOf, frontPageInput, frontPageSchema } from '@/lib/frontpage/schema';
import { lowerBanner, raiseBanner, saveFrontPage } from '@/lib/frontpage/writes';
import { type ActionContext, INVALID_FIELDS_MESSAGE, formAction, zodFieldErrors } from './action';
import type { FrontPageFormState } from './frontpage-state';

const fail = (message: string, fieldErrors: Record<string, string> = {}): FrontPageFormState => ({ status: 'error', message, fieldErrors });

function done(ctx: ActionContext, result: { ok: true; revalidate: string[] } | { ok: false; message: string }, message: string): FrontPageFormState {
  if (!result.ok) return fail(result.message);
  ctx.defer(() => {
    updateTagsNow(result.revalidate);
    revalidatePath(authPaths.frontPage);
  });
  return { status: 'saved', message, fieldErrors: {} };
}

/** Save the lead, the featured stories in their order and the sections' top stories. */
export const saveFrontPageAction = formAction({
  name: 'saveFrontPage',
  roles: curatorRoles,
  schema: frontPageSchema,
  input: frontPageInput,
  fail,
  invalid: (error) => {
    const fields = zodFieldErrors(error, frontPageFieldOf);
    const first = error.issues[0]?.message;
    return fail(Object.keys(fields).length === 1 && first ? first : INVALID_FIELDS_MESSAGE, fields);
  },
  run: async (data, ctx) => done(ctx, await saveFrontPage(ctx.actor, data, ctx.ip), 'Đã lưu trang nhất. Bạn đọc thấy ngay trên trang chủ.'),
});

/** Raise (or change) the breaking-news banner. */
export const raiseBannerAction = formAction({
  name: 'raiseBanner',
  roles: curatorRoles,
  schema: breakingSchema,
  input: breakingInput,
  fail,
  run: async (data, ctx) => done(ctx, await raiseBanner(ctx.actor, data, ctx.ip), 'Đã bật tin nóng: bạn đọc thấy trên mọi trang.'),
});

/** Lower the banner. */
export const lowerBannerAction = formAction({
  name: 'lowerBanner',
  roles: curatorRoles,
  schema: z.object({}),
  input: () => ({}),
  fail,
  run: async (_data, ctx) => done(ctx, await lowerBanner(ctx.actor, ctx.ip), 'Đã tắt tin nóng.'),
});
