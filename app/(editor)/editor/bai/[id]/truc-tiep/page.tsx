import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CloseLiveForm, RemoveEntryForm, StartLiveForm } from '@/components/live/live-controls';
import { LiveEntryForm, type LivePhotoOption } from '@/components/live/live-entry-form';
import { LiveEntryView } from '@/components/live/live-entry-view';
import { isPublicNow } from '@/lib/articles/access';
import { requireUser } from '@/lib/auth/session';
import { editorPaths, paths } from '@/lib/config/site';
import { getEditorLive, getLivePageArticle } from '@/lib/live/editor-reads';
import { liveEntryJson } from '@/lib/live/json';
import { getMediaLibrary } from '@/lib/media/cached';
import { toMediaSummary } from '@/lib/media/queries';
import { formatVnDateTime, toVnIso } from '@/lib/text/vietnamese';

export const metadata: Metadata = { title: 'Tường thuật trực tiếp' };

type Props = { params: Promise<{ id: string }> };

/** Live coverage of one article: start it, add / edit / remove entries, close it (rights: lib/live/access.ts). */
export default async function LiveCoveragePage({ params }: Props) {
  const user = await requireUser(['reporter', 'editor', 'admin']);
  const { id } = await params;
  const article = await getLivePageArticle(user, id);
  if (!article) notFound();
  const { coverage, rights } = await getEditorLive(user, article);
  const library = coverage && !coverage.endedAt ? await getMediaLibrary({ page: 1 }) : null;
  const photos: LivePhotoOption[] = (library?.items ?? []).map((m) => {
    const s = toMediaSummary(m);
    return { id: s.id, thumb: s.thumb, caption: s.caption, credit: s.credit, alt: s.alt };
  });
  const open = coverage !== null && coverage.endedAt === null;

  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label="Đường dẫn" className="text-sm">
        <Link href={editorPaths.article(article.id)} className="underline">
          ← Về trang sửa bài
        </Link>
        {isPublicNow(article, new Date().toISOString()) && (
          <>
            {' · '}
            <Link href={paths.article(article.slug)} prefetch={false} className="underline">
              Xem bài trên trang
            </Link>
          </>
        )}
      </nav>
      <h1 className="font-serif text-2xl font-bold text-stone-950">Tường thuật trực tiếp: {article.title}</h1>

      {!coverage && (
        <section aria-labelledby="bat-dau" className="space-y-2">
          <h2 id="bat-dau" className="text-lg font-bold">
            Chưa tường thuật
          </h2>
          <p className="text-stone-800">Bắt đầu để phóng viên và biên tập viên thêm các cập nhật ngắn; bạn đọc thấy chúng trên trang bài (khi bài đã đăng) mà không phải tải lại.</p>
          {rights.start ? <StartLiveForm articleId={article.id} /> : <p className="text-stone-700">Chỉ biên tập viên hoặc phóng viên của bài mới bắt đầu được tường thuật (bài lưu trong git thì không).</p>}
        </section>
      )}

      {coverage && (
        <p className="text-stone-800">
          Bắt đầu lúc <time dateTime={toVnIso(coverage.startedAt)}>{formatVnDateTime(coverage.startedAt)}</time>
          {coverage.endedAt ? (
            <>
              {' '}· <strong>Đã kết thúc</strong> lúc <time dateTime={toVnIso(coverage.endedAt)}>{formatVnDateTime(coverage.endedAt)}</time>: các cập nhật được giữ nguyên, không sửa được nữa.
            </>
          ) : (
            <>
              {' '}· <strong className="text-red-800">Đang diễn ra</strong>
            </>
          )}
        </p>
      )}

      {open && rights.add && (
        <section aria-labelledby="them-cap-nhat" className="rounded border border-stone-300 bg-white p-4">
          <h2 id="them-cap-nhat" className="mb-2 text-lg font-bold">
            Cập nhật mới
          </h2>
          <LiveEntryForm articleId={article.id} photos={photos} />
        </section>
      )}

      {coverage && (
        <section aria-labelledby="cac-cap-nhat">
          <h2 id="cac-cap-nhat" className="mb-2 text-lg font-bold">
            Các cập nhật ({coverage.entries.length})
          </h2>
          {coverage.entries.length === 0 ? (
            <p className="text-stone-700">Chưa có cập nhật nào.</p>
          ) : (
            <ol className="space-y-4">
              {coverage.entries.map((e) => {
                const json = liveEntryJson(e);
                return (
                  <li key={e.id} className="rounded border border-stone-300 bg-white p-3">
                    <LiveEntryView entry={json} />
                    {open && e.canChange && (
                      <div className="mt-2 flex flex-wrap items-start gap-2">
                        <details className="w-full">
                          <summary className="cursor-pointer text-sm font-semibold underline">Sửa cập nhật lúc {json.timeVn}</summary>
                          <div className="mt-2">
                            <LiveEntryForm
                              entryId={e.id}
                              photos={photos}
                              defaults={{ kind: e.kind, body: e.body, mediaId: e.photo?.mediaId ?? '', caption: e.photo?.caption ?? '', credit: e.photo?.credit ?? '', quoteAuthor: e.quoteAuthor ?? '' }}
                            />
                          </div>
                        </details>
                        <RemoveEntryForm entryId={e.id} label={`Gỡ cập nhật lúc ${json.timeVn}`} />
                      </div>
                    )}
                    {e.history.length > 1 && (
                      <details className="mt-2 text-sm">
                        <summary className="cursor-pointer">Lịch sử ({e.history.length})</summary>
                        <ul className="mt-1 space-y-1">
                          {e.history.map((h, i) => (
                            <li key={i}>
                              {formatVnDateTime(h.at)} · {h.label} · {h.userName ?? 'người dùng đã xóa'}
                              {h.body !== null && <span className="block whitespace-pre-line text-stone-700">Trước đó: {h.body}</span>}
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      )}

      {open && rights.close && (
        <section aria-labelledby="ket-thuc">
          <h2 id="ket-thuc" className="mb-2 text-lg font-bold">
            Kết thúc
          </h2>
          <CloseLiveForm articleId={article.id} />
        </section>
      )}
    </div>
  );
}
