import type { Metadata } from 'next';
import Link from 'next/link';
import { LibraryUploader } from '@/components/editor/library-uploader';
import { MediaDetailsForm } from '@/components/editor/media-details-form';
import { requireUser } from '@/lib/auth/session';
import { authPaths, editorPaths } from '@/lib/config/site';
import { canEditMedia, uploadRoles } from '@/lib/media/access';
import { getMediaLibrary } from '@/lib/media/cached';
import { variantUrl } from '@/lib/media/media-ref';
import { formatPhotoCredit, formatVnShort } from '@/lib/text/vietnamese';
import { statusLabels } from '@/lib/validations/article';
import { mediaSearchSchema } from '@/lib/validations/media';

export const metadata: Metadata = { title: 'Thư viện ảnh' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function MediaLibraryPage({ searchParams }: Props) {
  const user = await requireUser(uploadRoles);
  const sp = await searchParams;
  const { q, page } = mediaSearchSchema.parse({ q: one(sp.q) ?? '', page: one(sp.page) ?? 1 });
  const library = await getMediaLibrary({ q, page });
  const pageHref = (p: number) => `${authPaths.media}?${new URLSearchParams({ ...(q ? { q } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;

  return (
    <div className="space-y-6">
      <h1 className="font-serif text-2xl font-bold text-stone-950">Thư viện ảnh</h1>
      <section aria-labelledby="tai-anh">
        <h2 id="tai-anh" className="mb-2 text-lg font-bold text-stone-900">
          Tải ảnh lên
        </h2>
        <LibraryUploader />
      </section>

      <section aria-labelledby="danh-sach-anh">
        <h2 id="danh-sach-anh" className="mb-2 text-lg font-bold text-stone-900">
          {q ? `Ảnh khớp “${q}”` : 'Tất cả ảnh'} ({library.total})
        </h2>
        <form method="get" action={authPaths.media} role="search" className="mb-4 flex flex-wrap items-end gap-2">
          <div className="min-w-64 flex-1">
            <label htmlFor="tim-anh" className="block text-sm font-semibold text-stone-800">
              Tìm theo chú thích hoặc người chụp (gõ không dấu cũng được)
            </label>
            <input id="tim-anh" name="q" type="search" defaultValue={q} className="mt-1 w-full rounded border border-stone-400 px-3 py-1.5" />
          </div>
          <button type="submit" className="rounded bg-stone-800 px-4 py-1.5 font-semibold text-white">
            Tìm
          </button>
          {q && (
            <Link href={authPaths.media} className="py-1.5 text-sm underline">
              Bỏ lọc
            </Link>
          )}
        </form>

        {library.items.length === 0 ? (
          <p className="text-stone-700">{q ? 'Không có ảnh nào khớp.' : 'Thư viện chưa có ảnh nào.'}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {library.items.map((m) => {
              const thumb = m.variants.find((v) => v.slot === 480 && v.format === 'webp');
              return (
                <li key={m.id} className="rounded border border-stone-300 bg-white p-3 text-sm" data-media-id={m.id}>
                  <img
                    src={variantUrl(m.id, 480)}
                    alt={m.alt || m.caption || `Ảnh tải lên lúc ${formatVnShort(m.createdAt)}`}
                    width={thumb?.width ?? 480}
                    height={thumb?.height ?? 320}
                    loading="lazy"
                    decoding="async"
                    className="h-auto w-full bg-stone-200"
                    style={m.blur ? { backgroundImage: `url("${m.blur}")`, backgroundSize: 'cover' } : undefined}
                  />
                  <p className="mt-2 text-stone-900">{m.caption || <em className="text-stone-600">Chưa có chú thích</em>}</p>
                  <p className="font-semibold text-stone-800">{m.credit ? formatPhotoCredit(m.credit) : <em className="font-normal text-stone-600">Chưa có tên người chụp</em>}</p>
                  <p className="text-xs text-stone-700">
                    {m.origin === 'content' ? 'Ảnh của bài trong content/' : `Tải lên bởi ${m.uploaderName ?? 'người dùng đã xóa'}`} · {formatVnShort(m.createdAt)} · {m.width} × {m.height}
                  </p>
                  <p className="text-xs text-stone-700">
                    Mã để dùng lại: <code className="select-all">{m.ref}</code>
                  </p>
                  <div className="mt-1 text-xs">
                    <span className="font-semibold text-stone-800">Dùng trong: </span>
                    {m.usedIn.length === 0 ? (
                      <span className="text-stone-700">chưa bài nào</span>
                    ) : (
                      <ul className="inline">
                        {m.usedIn.map((a, i) => (
                          <li key={a.id} className="inline">
                            {i > 0 && ', '}
                            <Link href={editorPaths.article(a.id)} className="underline">
                              {a.title}
                            </Link>{' '}
                            ({statusLabels[a.status as keyof typeof statusLabels] ?? a.status})
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                  {canEditMedia(user, m) && (
                    <details className="mt-2">
                      <summary className="cursor-pointer font-semibold text-[var(--color-brand)]">Sửa thông tin ảnh</summary>
                      <MediaDetailsForm media={m} />
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {library.pageCount > 1 && (
          <nav aria-label="Trang" className="mt-4 flex gap-4 text-sm">
            {library.page > 1 && <Link href={pageHref(library.page - 1)}>← Trang trước</Link>}
            <span>
              Trang {library.page}/{library.pageCount}
            </span>
            {library.page < library.pageCount && <Link href={pageHref(library.page + 1)}>Trang sau →</Link>}
          </nav>
        )}
      </section>
    </div>
  );
}
