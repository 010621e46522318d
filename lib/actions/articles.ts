'use server';

/**
 * Server actions of the article editor. Each is a thin wrapper:
 * authorizeAction (session and role, from the database) → safeParse with the
 * one article schema → a data function of lib/data/article-workflow.ts with
 * the signed-in person as actor (which checks the rights itself) →
 * updateArticleTags (cache-tags.ts) outside any try. A direct POST without a session, or by a
 * reporter to an editor's action, changes nothing and gets a message.
 */
import { redirect } from 'next/navigation';
import { authorizeAction, requestIp } from '@/lib/auth/session';
import { editorPaths } from '@/lib/config/site';
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
import { isLive, isPublicNow } from '@/lib/articles/access';
import { updateArticleTags } from '@/lib/cache/tags';
import { editorView } from '@/lib/articles/editor-reads';
import { parseVnLocal } from '@/lib/text/vietnamese';
import type { EditorFormState, WorkflowFormState } from './article-form-state';
import { SERVER_ERROR_MESSAGE, fieldsOf, formString, formVersion, parseArticleForm, toFormState } from './article-results';

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

/** Run a data function; an unexpected failure (database down) becomes a message, never a stack trace. */
async function guarded(fn: () => Promise<WorkflowResult>): Promise<WorkflowResult | null> {
  try {
    return await fn();
  } catch (error) {
    console.error('[bản tin] article action failed:', error);
    return null;
  }
}

/**
 * The editor form: save, submit for review, publish now, or schedule (the
 * button pressed is `intent`). The fields are saved with the step, under the
 * version the form was based on.
 */
export async function saveArticleAction(_prev: EditorFormState, form: FormData): Promise<EditorFormState> {
  const auth = await authorizeAction();
  if (!auth.ok) return { status: 'error', message: auth.message };
  const actor = auth.user;
  const rawIntent = formString(form, 'intent');
  const intent: Intent = (intents as readonly string[]).includes(rawIntent) ? (rawIntent as Intent) : 'save';

  const parsed = parseArticleForm(form);
  if (!parsed.ok) return parsed.state;
  const { version, fields } = fieldsOf(parsed.input);

  let at: Date | null = null;
  if (intent === 'schedule') {
    at = parseVnLocal(formString(form, 'publishAt'));
    if (!at) {
      const message = 'Hãy nhập ngày giờ đăng (giờ Việt Nam, GMT+7).';
      return { status: 'invalid', message, fieldErrors: { publishAt: message } };
    }
  }
  const ctx = { ip: await requestIp() };

  // A new article is created first (as a draft of its writer); the step then applies to it.
  let id = parsed.id;
  let baseVersion = version;
  let created: WorkflowResult | null = null;
  if (!id) {
    created = await guarded(() => createArticle(actor, fields, ctx));
    if (!created) return { status: 'error', message: SERVER_ERROR_MESSAGE };
    if (!created.ok || intent === 'save') return toFormState(actor, created, successMessages.save);
    id = created.article.id;
    baseVersion = created.article.version;
  }

  const articleId = id;
  const stepFields = created ? undefined : fields;
  const result = await guarded(() => {
    switch (intent) {
      case 'save':
        return saveArticle(actor, { id: articleId, version: baseVersion, fields }, ctx);
      case 'submit':
        return submitForReview(actor, { id: articleId, version: baseVersion, fields: stepFields }, ctx);
      case 'publish':
        return publishArticle(actor, { id: articleId, version: baseVersion, fields: stepFields }, ctx);
      case 'schedule':
        return scheduleArticle(actor, { id: articleId, version: baseVersion, fields: stepFields, at: at! }, ctx);
    }
  });
  if (!result) return { status: 'error', message: SERVER_ERROR_MESSAGE };
  if (result.ok) updateArticleTags(...result.revalidate);

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
}

function workflowState(actor: Parameters<typeof editorView>[0], result: WorkflowResult | null, done: string): WorkflowFormState {
  if (!result) return { status: 'error', message: SERVER_ERROR_MESSAGE };
  if (result.ok) return { status: 'done', message: done, view: editorView(actor, result.article) };
  return { status: 'error', message: result.message, fieldErrors: result.fieldErrors };
}

const VERSION_MESSAGE = 'Thiếu phiên bản của bài; hãy tải lại trang.';

/** Editor: return the article to its reporter with a comment. */
export async function returnArticleAction(_prev: WorkflowFormState, form: FormData): Promise<WorkflowFormState> {
  const auth = await authorizeAction(['editor', 'admin']);
  if (!auth.ok) return { status: 'error', message: auth.message };
  const version = formVersion(form);
  if (version === null) return { status: 'error', message: VERSION_MESSAGE };
  const ctx = { ip: await requestIp() };
  const result = await guarded(() => returnToReporter(auth.user, { id: formString(form, 'id'), version, comment: formString(form, 'comment') }, ctx));
  if (result?.ok) updateArticleTags(...result.revalidate);
  return workflowState(auth.user, result, 'Đã trả bài cho phóng viên kèm nhận xét.');
}

/** Editor: take the article down, with a required reason. */
export async function unpublishArticleAction(_prev: WorkflowFormState, form: FormData): Promise<WorkflowFormState> {
  const auth = await authorizeAction(['editor', 'admin']);
  if (!auth.ok) return { status: 'error', message: auth.message };
  const version = formVersion(form);
  if (version === null) return { status: 'error', message: VERSION_MESSAGE };
  const ctx = { ip: await requestIp() };
  const result = await guarded(() => unpublishArticle(auth.user, { id: formString(form, 'id'), version, reason: formString(form, 'reason') }, ctx));
  if (result?.ok) updateArticleTags(...result.revalidate);
  return workflowState(auth.user, result, 'Đã gỡ bài. Bạn đọc không còn thấy bài này.');
}

/** Editor: publish a correction under the article. */
export async function correctArticleAction(_prev: WorkflowFormState, form: FormData): Promise<WorkflowFormState> {
  const auth = await authorizeAction(['editor', 'admin']);
  if (!auth.ok) return { status: 'error', message: auth.message };
  const ctx = { ip: await requestIp() };
  const result = await guarded(() => addCorrection(auth.user, { id: formString(form, 'id'), text: formString(form, 'text') }, ctx));
  if (result?.ok) updateArticleTags(...result.revalidate);
  return workflowState(auth.user, result, 'Đã đăng đính chính dưới bài.');
}

/** Restore an old revision as a new draft revision, then go back to the editor. */
export async function restoreRevisionAction(_prev: WorkflowFormState, form: FormData): Promise<WorkflowFormState> {
  const auth = await authorizeAction();
  if (!auth.ok) return { status: 'error', message: auth.message };
  const version = formVersion(form);
  if (version === null) return { status: 'error', message: VERSION_MESSAGE };
  const id = formString(form, 'id');
  const ctx = { ip: await requestIp() };
  const result = await guarded(() => restoreRevision(auth.user, { id, version, revisionId: formString(form, 'revisionId') }, ctx));
  if (!result?.ok) return workflowState(auth.user, result, '');
  updateArticleTags(...result.revalidate);
  redirect(`${editorPaths.article(id)}?khoi-phuc=${result.pendingCopy ? 'ban-sua' : '1'}`);
}
