'use client';

import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { correctArticleAction, returnArticleAction, unpublishArticleAction } from '@/lib/actions/articles';
import { type WorkflowFormState, idleWorkflowState } from '@/lib/actions/article-form-state';
import type { EditorView } from '@/lib/articles/editor-reads';

type Action = (prev: WorkflowFormState, form: FormData) => Promise<WorkflowFormState>;

/** One workflow step that needs a text (a comment, a reason, a correction). */
function StepForm({
  action,
  view,
  onView,
  title,
  fieldName,
  label,
  help,
  submit,
  danger,
}: {
  action: Action;
  view: EditorView;
  onView: (v: EditorView) => void;
  title: string;
  fieldName: string;
  label: string;
  help: string;
  submit: string;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, idleWorkflowState);
  const id = useId();
  // Controlled, so a refused step keeps what the person wrote.
  const [text, setText] = useState('');
  const onViewRef = useRef(onView);
  onViewRef.current = onView;
  useEffect(() => {
    if (state.status !== 'done') return;
    setText('');
    if (state.view) onViewRef.current(state.view);
  }, [state]);
  const error = state.status === 'error' ? (state.fieldErrors?.[fieldName] ?? state.message) : null;
  return (
    <form action={formAction} className="rounded border border-stone-300 bg-white p-3">
      <h3 className="font-semibold text-stone-900">{title}</h3>
      <input type="hidden" name="id" value={view.id} />
      <input type="hidden" name="version" value={view.version} />
      <label htmlFor={`${id}-${fieldName}`} className="mt-2 block text-sm font-semibold">
        {label}
      </label>
      <textarea
        id={`${id}-${fieldName}`}
        name={fieldName}
        value={text}
        onChange={(e) => setText(e.target.value)}
        required
        minLength={3}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        className="mt-1 block w-full rounded border border-stone-400 p-2 text-sm"
      />
      <p id={`${id}-help`} className="mt-1 text-xs text-stone-700">
        {help}
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
      {state.status === 'done' && (
        <p role="status" className="mt-1 text-sm text-green-800">
          {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className={`mt-2 rounded px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-70 ${danger ? 'bg-red-800 hover:bg-red-900' : 'bg-stone-800 hover:bg-stone-900'}`}
      >
        {pending ? 'Đang gửi…' : submit}
      </button>
    </form>
  );
}

/** The editor's steps that are not a save of the form: return, take down, correct. Shown only to whom may do them. */
export function WorkflowPanel({ view, onView }: { view: EditorView; onView: (v: EditorView) => void }) {
  const { rights } = view;
  if (!rights.return && !rights.unpublish && !rights.correct) return null;
  return (
    <section aria-labelledby="quy-trinh" className="space-y-3">
      <h2 id="quy-trinh" className="text-sm font-bold uppercase tracking-wide text-stone-700">
        Duyệt bài
      </h2>
      {rights.return && (
        <StepForm
          action={returnArticleAction}
          view={view}
          onView={onView}
          title="Trả bài cho phóng viên"
          fieldName="comment"
          label="Nhận xét cho phóng viên"
          help="Phóng viên thấy nhận xét này khi mở bài; bài trở về bản nháp để sửa."
          submit="Trả bài"
        />
      )}
      {rights.correct && (
        <StepForm
          action={correctArticleAction}
          view={view}
          onView={onView}
          title="Đính chính"
          fieldName="text"
          label="Nội dung đính chính"
          help="Hiện ngay dưới bài, kèm ngày giờ đính chính."
          submit="Đăng đính chính"
        />
      )}
      {rights.unpublish && (
        <StepForm
          action={unpublishArticleAction}
          view={view}
          onView={onView}
          title="Gỡ bài"
          fieldName="reason"
          label="Lý do gỡ bài (bắt buộc)"
          help="Bài không còn hiển thị với bạn đọc; lý do được ghi vào nhật ký."
          submit="Gỡ bài"
          danger
        />
      )}
    </section>
  );
}
