import { formatVnShort } from '@/lib/text/vietnamese';
import type { LocalCopy } from './editor-form-model';

/** A copy of this article that was never saved (this browser's) or never published (the server's), offered back. */
export function LocalCopyBanner({ copy, onServer, onRestore, onDiscard }: { copy: LocalCopy; onServer: boolean; onRestore: () => void; onDiscard: () => void }) {
  return (
    <div className="rounded border-2 border-amber-600 bg-amber-50 p-3 text-sm" role="region" aria-label="Bản tạm chưa lưu">
      <p>
        {onServer ? (
          <>
            Bạn còn một bản sửa <strong>chưa đăng</strong> của bài này (tự lưu lúc {formatVnShort(copy.savedAt)}). Bạn có muốn khôi phục để sửa tiếp không?
          </>
        ) : (
          <>
            Trình duyệt này còn giữ một bản <strong>chưa lưu</strong> của bài (lúc {formatVnShort(copy.savedAt)}). Bạn có muốn khôi phục không?
          </>
        )}
      </p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          onClick={onRestore}
          className="rounded bg-amber-700 px-3 py-1.5 font-semibold text-white hover:bg-amber-800"
        >
          Khôi phục bản tạm
        </button>
        <button
          type="button"
          onClick={onDiscard}
          className="rounded border border-stone-500 bg-white px-3 py-1.5 font-semibold hover:bg-stone-100"
        >
          Bỏ bản tạm
        </button>
      </div>
    </div>
  );
}
