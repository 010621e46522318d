import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/components/article/pagination';
import { StatusBadge } from '@/components/editor/status-badge';
import { requireUser } from '@/lib/auth/session';
import { editorPaths } from '@/lib/config/site';
import { nameOf } from '@/lib/sections/queries';
import { getSections } from '@/lib/sections/cached';
import { isEditorRole } from '@/lib/articles/access';
import { type EditorListFilters, countEditorArticles, listArticleAuthors, listEditorArticles } from '@/lib/articles/dashboard';
import { shownStatus } from '@/lib/articles/access';
import type { ArticleStatus } from '@/lib/db/schema';
import { formatVnShort } from '@/lib/text/vietnamese';
import { articleStatuses, statusLabels } from '@/lib/validations/article';

export const metadata: Metadata = { title: 'Bài viết' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/** GET filters → what listEditorArticles understands; anything unknown is ignored. */
function parseFilters(sp: Record<string, string | string[] | undefined>, sections: { slug: string }[]): EditorListFilters {
  const status = one(sp.status);
  const category = one(sp.category);
  const author = one(sp.author);
  const page = Number(one(sp.page));
  const q = one(sp.q).trim().slice(0, 200);
  return {
    status: (articleStatuses as readonly string[]).includes(status) ? (status as ArticleStatus) : undefined,
    category: sections.some((s) => s.slug === category) ? category : undefined,
    author: /^[\w-]{1,64}$/.test(author) ? author : undefined,
    q: q || undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/**
 * The dashboard: the articles this person may see, newest change first,
 * filterable by status, section, author and title words (GET parameters, so a
 * filtered list can be bookmarked), with the count of each status as links.
 * Rows do not prefetch their editor page (a list of 20 would fire 20 requests). content/ articles are listed read-only, "kept in git".
 */
export default async function EditorDashboard({ searchParams }: Props) {
  const user = await requireUser();
  const sections = await getSections();
  const filters = parseFilters(await searchParams, sections);
  const now = new Date().toISOString();
  const [list, counts, authors] = await Promise.all([listEditorArticles(user, filters, now), countEditorArticles(user, filters, now), listArticleAuthors(user)]);
  const query = { status: filters.status, category: filters.category, author: filters.author, q: filters.q };
  const selectClass = 'mt-1 block rounded border border-stone-400 bg-white px-2 py-1.5';

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-2xl font-bold">Bài viết</h1>
        <Link href={editorPaths.newArticle} className="rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)]">
          Viết bài mới
        </Link>
      </div>
      <p className="text-sm text-stone-700">
        {isEditorRole(user) ? 'Mọi bài của tòa soạn.' : 'Bài của bạn, và các bài lưu trong git (chỉ đọc).'} Mới sửa gần nhất ở trên cùng.
      </p>

      <form method="get" action={editorPaths.dashboard()} className="flex flex-wrap items-end gap-3 rounded border border-stone-300 bg-white p-3" aria-label="Lọc bài viết">
        <div className="w-full sm:w-auto">
          <label htmlFor="loc-q" className="text-sm font-semibold">
            Tìm theo tiêu đề
          </label>
          <input id="loc-q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={200} aria-describedby="loc-q-help" className={`${selectClass} w-full sm:w-64`} />
          <span id="loc-q-help" className="text-xs text-stone-700">
            Gõ có dấu hay không dấu đều được.
          </span>
        </div>
        <div>
          <label htmlFor="loc-status" className="text-sm font-semibold">
            Trạng thái
          </label>
          <select id="loc-status" name="status" defaultValue={filters.status ?? ''} className={selectClass}>
            <option value="">Tất cả</option>
            {articleStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-category" className="text-sm font-semibold">
            Chuyên mục
          </label>
          <select id="loc-category" name="category" defaultValue={filters.category ?? ''} className={selectClass}>
            <option value="">Tất cả</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-author" className="text-sm font-semibold">
            Người viết
          </label>
          <select id="loc-author" name="author" defaultValue={filters.author ?? ''} className={selectClass}>
            <option value="">Tất cả</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-stone-800 px-4 py-2 font-semibold text-white hover:bg-stone-900">
          Lọc
        </button>
        {(filters.status || filters.category || filters.author || filters.q) && (
          <Link href={editorPaths.dashboard()} className="py-2 text-sm text-blue-800 underline">
            Bỏ lọc
          </Link>
        )}
      </form>

      <nav aria-label="Số bài theo trạng thái" className="text-sm">
        <ul className="flex flex-wrap gap-x-1 gap-y-1">
          {articleStatuses.map((s, i) => (
            <li key={s}>
              {i > 0 && <span aria-hidden="true" className="mr-1 text-stone-500">·</span>}
              <Link
                href={editorPaths.dashboard({ ...query, status: s, page: undefined })}
                prefetch={false}
                aria-current={filters.status === s ? 'page' : undefined}
                className={`underline-offset-2 hover:underline ${filters.status === s ? 'font-bold text-stone-900' : 'text-blue-900'}`}
              >
                {statusLabels[s]} {counts[s]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-sm text-stone-700" role="status">
        {list.total} bài
      </p>
      {list.items.length === 0 ? (
        <p className="rounded border border-stone-300 bg-white p-4">Chưa có bài nào khớp bộ lọc.</p>
      ) : (
        <div className="overflow-x-auto rounded border border-stone-300 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Danh sách bài viết</caption>
            <thead className="bg-stone-100 text-stone-800">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Tiêu đề
                </th>
                <th scope="col" className="px-3 py-2">
                  Trạng thái
                </th>
                <th scope="col" className="px-3 py-2">
                  Chuyên mục
                </th>
                <th scope="col" className="px-3 py-2">
                  Người viết
                </th>
                <th scope="col" className="px-3 py-2">
                  Cập nhật
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((a) => (
                <tr key={a.id} className="border-t border-stone-200 align-top" data-testid="article-row">
                  <td className="px-3 py-2">
                    <Link href={editorPaths.article(a.id)} prefetch={false} className="font-semibold text-blue-900 underline-offset-2 hover:underline">
                      {a.title}
                    </Link>
                    {a.source === 'content' && <span className="ml-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs font-semibold text-stone-800">Lưu trong git</span>}
                    {a.reviewComment && a.status === 'draft' && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">Bị trả lại</span>}
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge article={a} now={now} />
                    {shownStatus(a, now) === 'scheduled' && a.publishedAt && <span className="block text-xs text-stone-700">{formatVnShort(a.publishedAt)}</span>}
                  </td>
                  <td className="px-3 py-2">{nameOf(sections, a.category)}</td>
                  <td className="px-3 py-2">{a.authorName ?? a.bylines.map((b) => b.name).join(', ')}</td>
                  <td className="whitespace-nowrap px-3 py-2">{formatVnShort(a.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} href={(p) => editorPaths.dashboard({ ...query, page: p > 1 ? p : undefined })} />
    </div>
  );
}
