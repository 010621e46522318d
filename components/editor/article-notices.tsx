import { isLive, shownStatus } from '@/lib/articles/access';
import type { EditorView } from '@/lib/articles/editor-reads';

/** What the writer must know before editing: read-only, returned with a comment, taken down, live. */
export function ArticleNotices({ view, readOnly }: { view: EditorView | null; readOnly: boolean }) {
  return (
    <>
      {view?.source === 'content' && (
        <p className="rounded border border-stone-400 bg-stone-100 p-3 text-sm">
          <strong>Lưu trong git.</strong> Bài này nằm trong thư mục <code>content/</code> của mã nguồn nên chỉ đọc ở đây; muốn sửa, hãy sửa tệp MDX và triển khai lại.
        </p>
      )}
      {view && view.source === 'db' && readOnly && (
        <p className="rounded border border-stone-400 bg-stone-100 p-3 text-sm">
          {view.status === 'review' ? 'Bài đang chờ biên tập viên duyệt nên bạn chưa sửa được.' : 'Bạn không sửa được bài này ở trạng thái hiện tại.'}
        </p>
      )}
      {view?.reviewComment && view.status === 'draft' && (
        <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm" data-testid="review-comment">
          <p className="font-semibold">Biên tập viên trả bài với nhận xét:</p>
          <p className="mt-1 whitespace-pre-line">{view.reviewComment}</p>
        </div>
      )}
      {view?.status === 'unpublished' && view.takedownReason && (
        <p className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-sm">
          <strong>Bài đã gỡ.</strong> Lý do: {view.takedownReason}
        </p>
      )}
      {view && isLive(view) && !readOnly && (
        <p className="rounded border-l-4 border-blue-700 bg-blue-50 p-3 text-sm">
          Bài đang {shownStatus(view, new Date().toISOString()) === 'scheduled' ? 'hẹn giờ đăng' : 'hiển thị với bạn đọc'}: thay đổi được tự lưu thành bản sửa riêng của bạn trên máy chủ, bạn đọc chưa thấy. Bấm “Cập nhật bài” để đăng thay đổi.
        </p>
      )}
    </>
  );
}
