'use server';

/**
 * Server actions of /editor/chuyen-muc, each one formAction: admins only,
 * checked again by the write itself. The menu, section pages and listings are
 * refreshed (updateTagsNow) before the action answers, like a publish.
 */
import { revalidatePath } from 'next/cache';
import { updateTagsNow } from '@/lib/cache/tags';
import { redirect } from 'next/navigation';
import { authPaths } from '@/lib/config/site';
import { sectionAdminRoles } from '@/lib/sections/access';
import { deleteSchema, moveSchema, sectionFormInput, sectionSchema } from '@/lib/sections/schema';
import { deleteSection, moveSection, saveSection, type SectionResult } from '@/lib/sections/writes';
import { type ActionContext, formAction } from './action';
import type { SectionFormState } from './section-state';

const fail = (message: string, fieldErrors: Record<string, string> = {}): SectionFormState => ({ status: 'error', message, fieldErrors });

function done(ctx: ActionContext, result: SectionResult, message: (slug: string) => string): SectionFormState {
  if (!result.ok) return fail(result.message, result.field ? { [result.field]: result.message } : {});
  ctx.defer(() => {
    updateTagsNow(result.revalidate);
    revalidatePath(authPaths.sections);
  });
  return { status: 'ok', message: message(result.slug), fieldErrors: {} };
}

/** Add a section, or edit one (name, slug, description, parent). */
export const saveSectionAction = formAction({
  name: 'saveSection',
  roles: sectionAdminRoles,
  schema: sectionSchema,
  input: sectionFormInput,
  fail,
  run: async (data, ctx) => {
    const result = await saveSection(ctx.actor, data, ctx.ip);
    const state = done(ctx, result, (slug) =>
      data.original === '' ? `Đã thêm chuyên mục "${data.name}" (/chuyen-muc/${slug}).` : data.original !== slug ? `Đã lưu. Địa chỉ cũ /chuyen-muc/${data.original} chuyển sang /chuyen-muc/${slug}.` : `Đã lưu chuyên mục "${data.name}".`,
    );
    // A new slug re-keys the section's card, which would drop this form's message: the page says it instead.
    // Queued after done()'s refreshes: redirect throws, so anything queued after it would not run.
    if (result.ok && data.original && data.original !== result.slug) {
      const to = result.slug;
      ctx.defer(() => redirect(`${authPaths.sections}?doi-tu=${encodeURIComponent(data.original)}&doi-sang=${encodeURIComponent(to)}`));
    }
    return state;
  },
});

/** Move a section up or down in the menu. */
export const moveSectionAction = formAction({
  name: 'moveSection',
  roles: sectionAdminRoles,
  schema: moveSchema,
  input: (form) => ({ slug: sectionFormInput(form).original, direction: sectionFormInput(form).direction }),
  fail,
  run: async (data, ctx) => done(ctx, await moveSection(ctx.actor, data, ctx.ip), () => (data.direction === 'up' ? 'Đã chuyển lên.' : 'Đã chuyển xuống.')),
});

/** Delete a section no article uses. */
export const deleteSectionAction = formAction({
  name: 'deleteSection',
  roles: sectionAdminRoles,
  schema: deleteSchema,
  input: (form) => ({ slug: sectionFormInput(form).original }),
  fail,
  run: async (data, ctx) => done(ctx, await deleteSection(ctx.actor, data.slug, ctx.ip), (slug) => `Đã xóa chuyên mục ${slug}.`),
});
