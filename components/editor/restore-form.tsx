'use client';

import { useActionState } from 'react';
import { restoreRevisionAction } from '@/lib/actions/articles';
import { idleWorkflowState } from '@/lib/actions/article-form-state';

/**
 * Confirm a restore: a new draft revision from the old one, or, for a live
 * article, the person's pending copy (readers keep the live text). The server
 * redirects back to the editor.
 */
export function RestoreForm({
  articleId,
  version,
  revisionId,
  revisionVersion,
  live,
}: {
  articleId: string;
  version: number;
  revisionId: string;
  revisionVersion: number;
  live: boolean;
}) {
  const [state, formAction, pending] = useActionState(restoreRevisionAction, idleWorkflowState);
  return (
    <form action={formAction} className="rounded border border-stone-300 bg-white p-4">
      <input type="hidden" name="id" value={articleId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <p className="text-sm">
        {live
          ? `Nội dung phiên bản ${revisionVersion} sẽ được chép vào bản sửa riêng của bạn. Bài đang đăng (hoặc hẹn giờ) giữ nguyên cho tới khi bạn xem lại và bấm “Cập nhật bài”.`
          : `Bài sẽ thành bản nháp mang nội dung phiên bản ${revisionVersion}. Không có gì bị xoá: bài hiện tại vẫn nằm trong lịch sử.`}
      </p>
      {state.status === 'error' && (
        <p role="alert" className="mt-2 text-sm font-semibold text-red-800">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending} className="mt-3 rounded bg-stone-800 px-4 py-2 font-semibold text-white hover:bg-stone-900 disabled:opacity-70">
        {pending ? 'Đang khôi phục…' : live ? 'Chép vào bản sửa của tôi' : 'Khôi phục thành bản nháp mới'}
      </button>
    </form>
  );
}
