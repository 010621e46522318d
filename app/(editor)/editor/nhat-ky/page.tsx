import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { authPaths } from '@/lib/config/site';
import { auditActionLabel, auditActionLabels } from '@/lib/audit/actions';
import { auditDetailText } from '@/lib/audit/detail-text';
import { getAuditLog } from '@/lib/audit/log';
import { formatVnShort } from '@/lib/text/vietnamese';

export const metadata: Metadata = { title: 'Nhật ký' };

type SP = Promise<Record<string, string | string[] | undefined>>;

function pageHref(page: number, action: string | undefined): string {
  const q = new URLSearchParams();
  if (action) q.set('hanh-dong', action);
  if (page > 1) q.set('trang', String(page));
  const s = q.toString();
  return s ? `${authPaths.audit}?${s}` : authPaths.audit;
}

/** The audit log, newest first, 50 a page, filterable by action. Admins only. */
export default async function AuditLogPage({ searchParams }: { searchParams: SP }) {
  await requireUser(['admin']);
  const sp = await searchParams;
  const rawPage = typeof sp.trang === 'string' && /^\d{1,6}$/.test(sp.trang) ? Number(sp.trang) : 1;
  const action = typeof sp['hanh-dong'] === 'string' && sp['hanh-dong'] ? sp['hanh-dong'] : undefined;
  const log = await getAuditLog({ page: rawPage, action });

  return (
    <div>
      <h1 className="font-serif text-2xl font-bold">Nhật ký hoạt động</h1>
      <p className="mt-1 text-sm text-stone-700">Đăng nhập, quản lý người dùng, đăng và gỡ bài, ảnh, chuyên mục, trang nhất. Giờ Việt Nam (GMT+7). Không bao giờ ghi mật khẩu.</p>

      <form method="get" action={authPaths.audit} className="mt-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="audit-action" className="block text-sm font-semibold text-stone-800">
            Loại hoạt động
          </label>
          <select id="audit-action" name="hanh-dong" defaultValue={action ?? ''} className="mt-1 rounded border border-stone-400 bg-white px-2 py-1.5">
            <option value="">Tất cả</option>
            {Object.entries(auditActionLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-stone-100">
          Lọc
        </button>
      </form>

      <p className="mt-4 text-sm text-stone-700">
        {log.total} mục · trang {log.page}/{log.pageCount}
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Nhật ký hoạt động, trang {log.page}</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2">Thời gian (GMT+7)</th>
              <th scope="col" className="px-3 py-2">Người thực hiện</th>
              <th scope="col" className="px-3 py-2">Hoạt động</th>
              <th scope="col" className="px-3 py-2">Đối tượng</th>
              <th scope="col" className="px-3 py-2">Chi tiết</th>
              <th scope="col" className="px-3 py-2">Địa chỉ IP</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.length === 0 && (
              <tr>
                <td colSpan={6} className="px-3 py-4 text-center text-stone-700">
                  Chưa có mục nào.
                </td>
              </tr>
            )}
            {log.entries.map((e) => (
              <tr key={e.id} className="border-t border-stone-200 align-top">
                <td className="px-3 py-2 whitespace-nowrap">{formatVnShort(e.at)}</td>
                <td className="px-3 py-2">{e.user ? `${e.user.name} (${e.user.email})` : <span className="text-stone-700">—</span>}</td>
                <td className="px-3 py-2">{auditActionLabel(e.action)}</td>
                <td className="px-3 py-2 break-words">
                  {e.targetLink?.href ? (
                    <Link href={e.targetLink.href} prefetch={false} className="text-blue-800 underline">
                      {e.targetLink.label}
                    </Link>
                  ) : (
                    (e.targetLink?.label ?? '')
                  )}
                </td>
                <td className="px-3 py-2 break-words">{auditDetailText(e.detail)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{e.ip ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {log.pageCount > 1 && (
        <nav aria-label="Phân trang nhật ký" className="mt-4 flex gap-3 text-sm">
          {log.page > 1 && (
            <Link href={pageHref(log.page - 1, action)} className="text-blue-800 underline" rel="prev">
              ← Mới hơn
            </Link>
          )}
          {log.page < log.pageCount && (
            <Link href={pageHref(log.page + 1, action)} className="text-blue-800 underline" rel="next">
              Cũ hơn →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
