import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SnapshotDiff } from '@/components/editor/diff-view';
import { requireUser } from '@/lib/auth/session';
import { editorPaths } from '@/lib/config/site';
import { canRestore } from '@/lib/articles/access';
import { getEditorArticle, getRevisions, revisionNoteLabel } from '@/lib/articles/editor-reads';
import { formatVnShort, toVnIso } from '@/lib/text/vietnamese';

export const metadata: Metadata = { title: 'Lịch sử phiên bản' };

type Props = { params: Promise<{ id: string }> };

/** Every revision of an article (who, when, what), newest first, each with what it changed from the one before. */
export default async function HistoryPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const article = await getEditorArticle(user, id);
  const revisions = article ? await getRevisions(user, id) : null;
  if (!article || !revisions) notFound();
  const restorable = canRestore(user, article);
  // Corrections are not revisions (the text stays as published) but belong to the story: placed by time among them.
  const correctionsAfter = (at: string | null, before: string | null) =>
    article.corrections.filter((c) => (at === null || c.createdAt > at) && (before === null || c.createdAt <= before)).reverse();

  return (
    <div className="space-y-5">
      <div>
        <p className="text-sm">
          <Link href={editorPaths.article(article.id)} className="text-blue-800 underline">
            ← Về bài “{article.title}”
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-2xl font-bold">Lịch sử phiên bản</h1>
        <p className="mt-1 text-sm text-stone-700">
          Mỗi lần lưu là một phiên bản (nhiều lần tự động lưu liên tiếp của cùng một người gộp làm một). Khôi phục tạo một bản nháp mới từ phiên bản cũ,
          cho xem trước thay đổi và không tự đăng bài.
        </p>
      </div>
      {article.source === 'content' && <p className="rounded border border-stone-400 bg-stone-100 p-3 text-sm">Bài lưu trong git: lịch sử nằm trong git, không ở đây.</p>}
      {revisions.length === 0 ? (
        <p className="rounded border border-stone-300 bg-white p-4">Chưa có phiên bản nào.</p>
      ) : (
        <ol className="space-y-4">
          {revisions.map((r, i) => {
            const previous = revisions[i + 1] ?? null;
            return [
              ...correctionsAfter(r.createdAt, i === 0 ? null : revisions[i - 1]!.createdAt).map((c) => (
                <li key={c.id} className="rounded border border-amber-400 bg-amber-50 p-4" aria-labelledby={`dc-${c.id}`}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h2 id={`dc-${c.id}`} className="font-semibold">
                      Đính chính (đăng dưới bài)
                    </h2>
                    <p className="text-sm text-stone-700">
                      <time dateTime={toVnIso(c.createdAt)}>{formatVnShort(c.createdAt)}</time>
                    </p>
                  </div>
                  <p className="mt-2 text-sm">{c.text}</p>
                </li>
              )),
              <li key={r.id} className="rounded border border-stone-300 bg-white p-4" aria-labelledby={`rev-${r.id}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 id={`rev-${r.id}`} className="font-semibold">
                    Phiên bản {r.version}: {revisionNoteLabel(r.note)}
                  </h2>
                  <p className="text-sm text-stone-700">
                    {r.userName ?? (r.note === 'go-live' ? 'Hệ thống' : 'Không rõ')} · <time dateTime={toVnIso(r.createdAt)}>{formatVnShort(r.createdAt)}</time>
                  </p>
                </div>
                <details className="mt-2" open={i === 0}>
                  <summary className="cursor-pointer text-sm font-semibold text-blue-900">
                    {previous ? `Thay đổi so với phiên bản ${previous.version}` : 'Nội dung phiên bản đầu tiên'}
                  </summary>
                  <div className="mt-2">
                    <SnapshotDiff before={previous?.data ?? null} after={r.data} />
                  </div>
                </details>
                {restorable && i > 0 && (
                  <p className="mt-3">
                    <Link href={editorPaths.restore(article.id, r.id)} className="rounded border border-stone-500 px-3 py-1.5 text-sm font-semibold hover:bg-stone-100">
                      Xem và khôi phục phiên bản {r.version}
                    </Link>
                  </p>
                )}
              </li>,
            ];
          })}
        </ol>
      )}
    </div>
  );
}
