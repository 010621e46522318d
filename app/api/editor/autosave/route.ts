import { NextResponse } from 'next/server';
import { SERVER_ERROR_MESSAGE, fieldsOf, parseArticleForm, toFormState } from '@/lib/actions/article-results';
import type { EditorFormState } from '@/lib/actions/article-form-state';
import { authorizeAction, isSameOrigin, requestIp } from '@/lib/auth/session';
import { type WorkflowResult, createArticle, saveArticle } from '@/lib/articles/workflow';
import { revalidateArticle } from '@/lib/cache/tags';
import { discardPendingEdit, pendingSavedMessage } from '@/lib/articles/pending-edits';
import { currentHolder, takenOverMessage } from '@/lib/articles/presence';

/**
 * Autosave: the editor form, sent after a pause in typing and by sendBeacon on leaving. Same
 * rules as a save (403 cross-site, 409 conflict, 422 bad body); a live article's autosave
 * becomes the person's pending copy, and DELETE ?id=… discards it.
 */
export const dynamic = 'force-dynamic';

const statusOf: Record<EditorFormState['status'], number> = { idle: 200, saved: 200, pending: 200, invalid: 422, conflict: 409, error: 400 };

export async function POST(req: Request) {
  if (!isSameOrigin(req)) return NextResponse.json({ status: 'error', message: 'Yêu cầu không đến từ trang biên tập.' }, { status: 403 });
  const auth = await authorizeAction();
  if (!auth.ok) return NextResponse.json({ status: 'error', message: auth.message }, { status: 401 });

  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return NextResponse.json({ status: 'error', message: 'Dữ liệu gửi lên không đọc được.' }, { status: 400 });
  }
  // Someone else took the article over: this tab's autosave must not write over them (423, not a conflict).
  const holder = typeof form.get('id') === 'string' && form.get('id') ? await currentHolder(String(form.get('id'))) : null;
  if (holder && holder.userId !== auth.user.id) return NextResponse.json({ status: 'error', message: takenOverMessage(holder.name) }, { status: 423 });
  const parsed = parseArticleForm(form);
  if (!parsed.ok) return NextResponse.json(parsed.state, { status: 422 });
  const { version, fields } = fieldsOf(parsed.input);
  const ctx = { ip: await requestIp() };

  let result: WorkflowResult;
  try {
    result = parsed.id
      ? await saveArticle(auth.user, { id: parsed.id, version, fields, autosave: true }, ctx)
      : await createArticle(auth.user, fields, ctx, { autosave: true });
  } catch (error) {
    console.error('[bản tin] autosave failed:', error);
    return NextResponse.json({ status: 'error', message: SERVER_ERROR_MESSAGE }, { status: 500 });
  }
  if (result.ok && result.pendingCopy) return NextResponse.json({ status: 'pending', message: pendingSavedMessage, at: new Date().toISOString() } satisfies EditorFormState);
  if (result.ok) revalidateArticle(...result.revalidate);
  const state = toFormState(auth.user, result, 'Đã tự động lưu.');
  const code = !result.ok && result.code === 'forbidden' ? 403 : !result.ok && result.code === 'not-found' ? 404 : statusOf[state.status];
  return NextResponse.json(state, { status: code });
}

/** Discard the signed-in person's pending copy of a live article (only ever their own). */
export async function DELETE(req: Request) {
  if (!isSameOrigin(req)) return NextResponse.json({ status: 'error', message: 'Yêu cầu không đến từ trang biên tập.' }, { status: 403 });
  const auth = await authorizeAction();
  if (!auth.ok) return NextResponse.json({ status: 'error', message: auth.message }, { status: 401 });
  const id = new URL(req.url).searchParams.get('id');
  if (!id) return NextResponse.json({ status: 'error', message: 'Thiếu mã bài viết.' }, { status: 400 });
  try {
    await discardPendingEdit(auth.user, id);
  } catch (error) {
    console.error('[bản tin] discard pending edit failed:', error);
    return NextResponse.json({ status: 'error', message: SERVER_ERROR_MESSAGE }, { status: 500 });
  }
  return new NextResponse(null, { status: 204 });
}
