import Link from 'next/link';
import { editorPaths } from '@/lib/config/site';
import type { EditorView } from '@/lib/articles/editor-reads';
import { statusLine } from './status-text';
import type { SaveNote } from './use-autosave';

// The editor's top: the page heading with its links, and the status line whose live region
// announces each save's outcome (tests and screen readers read it by role="status").

type Props = {
  view: EditorView | null;
  version: number;
  note: SaveNote | null;
  dirty: boolean;
  /** Public address, when readers can see the article. */
  publicUrl: string | null;
};

export function EditorHeading({ view, version, note, dirty, publicUrl }: Props) {
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="font-serif text-2xl font-bold">{view ? 'Sửa bài' : 'Viết bài mới'}</h1>
        <div className="flex flex-wrap gap-3 text-sm">
          {view && (
            <Link href={editorPaths.history(view.id)} className="font-semibold text-blue-800 underline">
              Lịch sử phiên bản
            </Link>
          )}
          {publicUrl && (
            <a href={publicUrl} className="font-semibold text-blue-800 underline">
              Xem trên trang đọc
            </a>
          )}
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded border border-stone-300 bg-white px-3 py-2 text-sm">
        <span>
          Trạng thái: <strong data-testid="article-status">{statusLine(view).word}</strong>
          {statusLine(view).when && <> — {statusLine(view).when}</>}
        </span>
        {view && <span>Phiên bản {version}</span>}
        {view?.authorName && <span>Người viết: {view.authorName}</span>}
        <span role="status" aria-live="polite" className={note?.kind === 'error' ? 'font-semibold text-red-800' : note?.kind === 'ok' ? 'text-green-800' : 'text-stone-700'}>
          {note?.text ?? (dirty ? 'Có thay đổi chưa lưu.' : '')}
        </span>
      </div>
    </>
  );
}
