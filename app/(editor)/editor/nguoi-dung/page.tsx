import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { authPaths } from '@/lib/config/site';
import { listUsers } from '@/lib/users/accounts';
import { twoStepRequiredRoles } from '@/lib/users/two-step';
import { TwoStepPolicyForm } from '@/components/editor/users/two-step-forms';
import { formatVnShort } from '@/lib/text/vietnamese';
import { roleLabels } from '@/lib/validations/user';

export const metadata: Metadata = { title: 'Người dùng' };

export default async function UsersPage() {
  const me = await requireUser(['admin']);
  const users = await listUsers();
  const required = await twoStepRequiredRoles();
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-2xl font-bold">Người dùng</h1>
        <Link href={`${authPaths.users}/moi`} className="rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)]">
          Thêm người dùng
        </Link>
      </div>
      <p className="mt-1 text-sm text-stone-700">Đổi vai trò, khóa tài khoản hay đặt lại mật khẩu có hiệu lực ngay ở lần thao tác tiếp theo của người đó.</p>
      <section aria-labelledby="policy-h" className="mt-4 max-w-xl rounded border border-stone-300 bg-white p-4">
        <h2 id="policy-h" className="mb-2 font-semibold">
          Xác thực hai bước
        </h2>
        <TwoStepPolicyForm required={required} />
      </section>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Danh sách người dùng ({users.length})</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2">Họ tên</th>
              <th scope="col" className="px-3 py-2">Email</th>
              <th scope="col" className="px-3 py-2">Vai trò</th>
              <th scope="col" className="px-3 py-2">Trạng thái</th>
              <th scope="col" className="px-3 py-2">Tạo lúc</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-stone-200">
                <th scope="row" className="px-3 py-2 font-semibold">
                  <Link href={`${authPaths.users}/${u.id}`} className="text-blue-800 underline">
                    {u.name}
                  </Link>
                  {u.id === me.id && <span className="ml-1 text-xs font-normal text-stone-700">(bạn)</span>}
                </th>
                <td className="px-3 py-2">{u.email}</td>
                <td className="px-3 py-2">{roleLabels[u.role]}</td>
                <td className="px-3 py-2">{u.active ? 'Đang hoạt động' : <span className="font-semibold text-red-800">Đã khóa</span>}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatVnShort(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
