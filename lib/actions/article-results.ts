/**
 * Shared by the article server actions and the autosave route: read the
 * editor form, and turn a workflow result into what the form shows.
 */
import 'server-only';
import type { Actor } from '@/lib/articles/access';
import type { WorkflowResult } from '@/lib/articles/workflow';
import { editorView } from '@/lib/articles/editor-reads';
import { type ArticleFormInput, articleFormErrors, articleFormObject, articleFormSchema } from '@/lib/validations/article';
import type { EditorFormState } from './article-form-state';

export { SERVER_ERROR_MESSAGE } from './action';
export const INVALID_ARTICLE_MESSAGE = 'Có trường chưa hợp lệ. Hãy sửa các mục được đánh dấu; nội dung bạn đã gõ vẫn còn nguyên.';

export type ParsedArticleForm = { ok: true; id: string | null; input: ArticleFormInput } | { ok: false; state: EditorFormState };

/** The editor form's fields, parsed with the one article schema. */
export function parseArticleForm(form: FormData): ParsedArticleForm {
  const rawId = form.get('id');
  const id = typeof rawId === 'string' && rawId.trim() ? rawId.trim() : null;
  const parsed = articleFormSchema.safeParse(articleFormObject(form));
  if (!parsed.success) {
    return { ok: false, state: { status: 'invalid', message: INVALID_ARTICLE_MESSAGE, fieldErrors: articleFormErrors(parsed.error) } };
  }
  return { ok: true, id, input: parsed.data };
}

/** Split the form's version off the article fields. */
export function fieldsOf(input: ArticleFormInput) {
  const { version, ...fields } = input;
  return { version, fields };
}

/** A workflow result as the form shows it. */
export function toFormState(actor: Actor, result: WorkflowResult, success: string): EditorFormState {
  if (result.ok) return { status: 'saved', message: success, view: editorView(actor, result.article), at: new Date().toISOString() };
  switch (result.code) {
    case 'conflict':
      return { status: 'conflict', message: result.message, conflict: result.conflict! };
    case 'invalid':
    case 'invalid-body':
    case 'slug-taken':
    case 'slug-locked':
    case 'not-ready':
    case 'bad-time':
      return { status: 'invalid', message: result.message, fieldErrors: result.fieldErrors ?? {}, issues: result.issues, problems: result.problems };
    default:
      return { status: 'error', message: result.message };
  }
}
