'use server';

/**
 * Server actions of the article editor, each one formAction (./action.ts): the
 * workflow function in lib/articles/workflow.ts checks the rights and audits; the
 * pages it changed are refreshed afterwards, outside the try.
 */
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { isLive, isPublicNow } from '@/lib/articles/access';
import { editorView } from '@/lib/articles/editor-reads';
import { forgetTakenDown } from '@/lib/articles/gone';
import { goLiveChanged } from '@/lib/articles/go-live';
import {
  type WorkflowResult,
  addCorrection,
  createArticle,
  publishArticle,
  restoreRevision,
  returnToReporter,
  saveArticle,
  scheduleArticle,
  submitForReview,
  unpublishArticle,
} from '@/lib/articles/workflow';
import { cacheTags, updateArticleTags, updateTagsNow } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { bannerLinksTo } from '@/lib/frontpage/queries';
import { editorPaths } from '@/lib/config/site';
import { parseVnLocal } from '@/lib/text/vietnamese';
import { articleFormErrors, articleFormObject, articleFormSchema } from '@/lib/validations/article';
import { type ActionContext, formAction, formText } from './action';
import type { EditorFormState, WorkflowFormState } from './article-form-state';
import { INVALID_ARTICLE_MESSAGE, fieldsOf, toFormState } from './article-results';

const intents = ['save', 'submit', 'publish', 'schedule'] as const;
type Intent = (typeof intents)[number];

const liveUpdatedMessage = 'Đã cập nhật bài: bạn đọc thấy thay đổi ngay.';
const scheduledUpdatedMessage = 'Đã cập nhật bài hẹn giờ: bạn đọc sẽ thấy bản này khi đến giờ đăng.';

const successMessages: Record<Intent, string> = {
  save: 'Đã lưu bản nháp.',
  submit: 'Đã gửi bài cho biên tập viên duyệt.',
  publish: 'Đã đăng bài. Bạn đọc thấy bài ngay bây giờ.',
  schedule: 'Đã hẹn giờ đăng bài.',
};

/** Refresh the pages a successful step changed, once the action is past its try. */
function refreshAfter(ctx: ActionContext, result: WorkflowResult): WorkflowResult {
  if (!result.ok) return result;
  ctx.defer(async () => {
    updateArticleTags(...result.revalidate);
    // A takedown or a republish answers 410 / the page on this instance's next request (lib/articles/gone.ts).
    forgetTakenDown();
    // The banner is on every page but tagged only `breaking`: a takedown of its article must hide it everywhere at once.
    // A failed check must not fail the step that already committed; the banner's cache lifetime bounds the miss.
    const linked = await bannerLinksTo(await db(), result.article.id).catch((error) => (console.error('[bản tin] banner check failed:', error), false));
    if (linked) {
      updateTagsNow([cacheTags.breaking]);
    }
    // Something live before or after (a schedule set, moved or cancelled among them): the go-live timer looks again.
    if (result.revalidate.length) await goLiveChanged().catch((error) => console.error('[bản tin] go-live re-arm failed:', error));
  });
  return result;
}

/**
 * The editor form: save, submit for review, publish now, or schedule (the
 * button pressed is `intent`). The fields are saved with the step, under the
 * version the form was based on; a new article is created first.
 */
export const saveArticleAction = formAction({
  name: 'saveArticle',
  schema: articleFormSchema,
  input: articleFormObject,
  fail: (message): EditorFormState => ({ status: 'error', message }),
  invalid: (error): EditorFormState => ({ status: 'invalid', message: INVALID_ARTICLE_MESSAGE, fieldErrors: articleFormErrors(error) }),
  run: async (input, ctx): Promise<EditorFormState> => {
    const { actor, form } = ctx;
    const rawIntent = formText(form, 'intent');
    const intent: Intent = (intents as readonly string[]).includes(rawIntent) ? (rawIntent as Intent) : 'save';
    const { version, fields } = fieldsOf(input);

    let at: Date | null = null;
    if (intent === 'schedule') {
      at = parseVnLocal(formText(form, 'publishAt'));
      if (!at) {
        const message = 'Hãy nhập ngày giờ đăng (giờ Việt Nam, GMT+7).';
        return { status: 'invalid', message, fieldErrors: { publishAt: message } };
      }
    }
    const audit = { ip: ctx.ip };

    let id = formText(form, 'id').trim() || null;
    let baseVersion = version;
    let created: WorkflowResult | null = null;
    if (!id) {
      created = await createArticle(actor, fields, audit); // a new draft shows on no public page
      if (!created.ok || intent === 'save') return toFormState(actor, created, successMessages.save);
      id = created.article.id;
      baseVersion = created.article.version;
    }

    const step = { id, version: baseVersion, fields: created ? undefined : fields };
    const result = refreshAfter(
      ctx,
      intent === 'save'
        ? await saveArticle(actor, { ...step, fields }, audit)
        : intent === 'submit'
          ? await submitForReview(actor, step, audit)
          : intent === 'publish'
            ? await publishArticle(actor, step, audit)
            : await scheduleArticle(actor, { ...step, at: at! }, audit),
    );

    // Saving a live article changes what readers see: say so, not "draft".
    const done =
      intent === 'save' && result.ok && isLive(result.article)
        ? isPublicNow(result.article, new Date().toISOString())
          ? liveUpdatedMessage
          : scheduledUpdatedMessage
        : successMessages[intent];
    const state = toFormState(actor, result, done);
    // Created, but the step was refused: the form must now point at the saved draft.
    if (created?.ok && (state.status === 'invalid' || state.status === 'error')) {
      return { ...state, view: editorView(actor, created.article), message: `Đã lưu bản nháp, nhưng: ${state.message}` };
    }
    return state;
  },
});

const VERSION_MESSAGE = 'Thiếu phiên bản của bài; hãy tải lại trang.';
const stepSchema = z.object({ id: z.string(), version: z.coerce.number().int().min(0) });
const stepInput = (form: FormData) => ({ id: formText(form, 'id'), version: formText(form, 'version') || undefined });
const workflowFail = (message: string): WorkflowFormState => ({ status: 'error', message });
const versionFail = () => workflowFail(VERSION_MESSAGE);

function workflowState(actor: ActionContext['actor'], result: WorkflowResult, done: string): WorkflowFormState {
  if (result.ok) return { status: 'done', message: done, view: editorView(actor, result.article) };
  return { status: 'error', message: result.message, fieldErrors: result.fieldErrors };
}

/** An editor's step on a given version of an article, with one free-text field (a comment, a reason). */
function editorStep(name: string, text: string, step: (actor: ActionContext['actor'], input: { id: string; version: number; text: string }, ctx: { ip: string | null }) => Promise<WorkflowResult>, done: string) {
  return formAction({
    name,
    roles: ['editor', 'admin'],
    schema: stepSchema,
    input: stepInput,
    fail: workflowFail,
    invalid: versionFail,
    run: async (input, ctx) => workflowState(ctx.actor, refreshAfter(ctx, await step(ctx.actor, { ...input, text: formText(ctx.form, text) }, { ip: ctx.ip })), done),
  });
}

/** Editor: return the article to its reporter with a comment. */
export const returnArticleAction = editorStep('returnArticle', 'comment', (actor, { text, ...s }, ctx) => returnToReporter(actor, { ...s, comment: text }, ctx), 'Đã trả bài cho phóng viên kèm nhận xét.');

/** Editor: take the article down, with a required reason. */
export const unpublishArticleAction = editorStep('unpublishArticle', 'reason', (actor, { text, ...s }, ctx) => unpublishArticle(actor, { ...s, reason: text }, ctx), 'Đã gỡ bài. Bạn đọc không còn thấy bài này.');

/** Editor: publish a correction under the article. */
export const correctArticleAction = formAction({
  name: 'correctArticle',
  roles: ['editor', 'admin'],
  schema: z.object({ id: z.string() }),
  input: (form) => ({ id: formText(form, 'id') }),
  fail: workflowFail,
  run: async ({ id }, ctx) =>
    workflowState(ctx.actor, refreshAfter(ctx, await addCorrection(ctx.actor, { id, text: formText(ctx.form, 'text') }, { ip: ctx.ip })), 'Đã đăng đính chính dưới bài.'),
});

/** Restore an old revision as a new draft revision (or the live article's pending copy), then go back to the editor. */
export const restoreRevisionAction = formAction({
  name: 'restoreRevision',
  schema: stepSchema,
  input: stepInput,
  fail: workflowFail,
  invalid: versionFail,
  run: async (step, ctx) => {
    const result = refreshAfter(ctx, await restoreRevision(ctx.actor, { ...step, revisionId: formText(ctx.form, 'revisionId') }, { ip: ctx.ip }));
    if (result.ok) ctx.defer(() => redirect(`${editorPaths.article(step.id)}?khoi-phuc=${result.pendingCopy ? 'ban-sua' : '1'}`));
    return workflowState(ctx.actor, result, '');
  },
});
