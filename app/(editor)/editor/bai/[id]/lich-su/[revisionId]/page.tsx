import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SnapshotDiff } from '@/components/editor/diff-view';
import { RestoreForm } from '@/components/editor/restore-form';
import { requireUser } from '@/lib/auth/session';
import { editorPaths } from '@/lib/config/site';
import { canRestore, isLive, isSlugLocked } from '@/lib/articles/access';
import { getEditorArticle, getRevision, snapshotOf } from '@/lib/articles/editor-reads';
import { getPendingEdit } from '@/lib/articles/pending-edits';
import { formatVnShort } from '@/lib/text/vietnamese';

export const metadata: Metadata = { title: 'Khôi phục phiên bản' };

type Props = { params: Promise<{ id: string; revisionId: string }> };

/** The confirm step of a restore: what the article would become, as a diff from what it is now. */
export default async function RestorePage({ params }: Props) {
  const user = await requireUser();
  const { id, revisionId } = await params;
  const article = await getEditorArticle(user, id);
  const revision = article ? await getRevision(user, id, revisionId) : null;
  if (!article || !revision) notFound();
  const current = snapshotOf(article, article.status, article.publishedAt);
  const live = isLive(article);
  // What restoring writes: the old fields (a frozen slug stays as it is), as a draft, or for a live article as the person's pending copy.
  const target = {
    ...revision.data,
    slug: isSlugLocked(article.firstPublishedAt, new Date().toISOString()) ? article.slug : revision.data.slug,
    status: live ? article.status : ('draft' as const),
    publishedAt: article.publishedAt,
  };
  const allowed = canRestore(user, article);
  // Restoring a live article replaces this person's pending copy, if they have one: say so first.
  const pendingCopy = live && allowed ? await getPendingEdit(user, article.id) : null;

  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href={editorPaths.history(article.id)} className="text-blue-800 underline">
          ← Về lịch sử phiên bản
        </Link>
      </p>
      <h1 className="font-serif text-2xl font-bold">Khôi phục phiên bản {revision.version}</h1>
      <p className="text-sm text-stone-800">
        Phiên bản {revision.version} do {revision.userName ?? 'không rõ'} lưu lúc {formatVnShort(revision.createdAt)}. Dưới đây là những gì sẽ thay đổi so với bài hiện tại
        (phiên bản {article.version}): chữ <del className="bg-red-100 line-through">gạch</del> sẽ mất, chữ <ins className="bg-green-100 underline">gạch dưới</ins> sẽ có.
      </p>
      <section aria-labelledby="thay-doi" className="rounded border border-stone-300 bg-white p-4">
        <h2 id="thay-doi" className="mb-2 font-semibold">
          Thay đổi khi khôi phục
        </h2>
        <SnapshotDiff before={current} after={target} />
      </section>
      {pendingCopy && (
        <p role="note" className="rounded border-2 border-amber-600 bg-amber-50 p-3 text-sm">
          Bạn đang có một bản sửa <strong>chưa đăng</strong> của bài này (tự lưu lúc {formatVnShort(pendingCopy.savedAt)}). Khôi phục sẽ thay bản sửa đó bằng phiên bản {revision.version}. Nếu còn
          cần, hãy mở bài, khôi phục bản sửa và bấm “Cập nhật bài” trước.
        </p>
      )}
      {allowed ? (
        <RestoreForm articleId={article.id} version={article.version} revisionId={revision.id} revisionVersion={revision.version} live={live} />
      ) : (
        <p className="rounded border border-stone-400 bg-stone-100 p-3 text-sm">Bạn không có quyền khôi phục bài này ở trạng thái hiện tại.</p>
      )}
    </div>
  );
}
