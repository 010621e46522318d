import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChangeRoleForm, EndSessionsForm, ResetPasswordForm, SetActiveForm } from '@/components/editor/users/user-admin-forms';
import { requireUser } from '@/lib/auth/session';
import { authPaths } from '@/lib/config/site';
import { getUserById } from '@/lib/users/accounts';
import { countOpenSessions } from '@/lib/users/sessions';
import { twoStepStatus } from '@/lib/users/two-step';
import { ResetTwoStepForm } from '@/components/editor/users/two-step-forms';
import { formatVnShort } from '@/lib/text/vietnamese';
import { roleLabels } from '@/lib/validations/user';

export const metadata: Metadata = { title: 'Quản lý người dùng' };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireUser(['admin']);
  const { id } = await params;
  const user = await getUserById(decodeURIComponent(id));
  if (!user) notFound();
  const openSessions = await countOpenSessions(user.id);
  const twoStep = await twoStepStatus(user.id);
  return (
    <div>
      <p className="text-sm">
        <Link href={authPaths.users} className="text-blue-800 underline">
          ← Người dùng
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-2xl font-bold">{user.name}</h1>
      <p className="text-sm text-stone-700">
        {user.email} · {roleLabels[user.role]} · {user.active === 1 ? 'Đang hoạt động' : 'Đã khóa'} · tạo lúc {formatVnShort(user.created_at)}
      </p>
      <div className="mt-6 grid gap-6 md:grid-cols-2 lg:grid-cols-4">
        <section aria-labelledby="role-h" className="rounded border border-stone-300 bg-white p-4">
          <h2 id="role-h" className="mb-3 font-semibold">
            Vai trò
          </h2>
          <ChangeRoleForm userId={user.id} role={user.role} />
        </section>
        <section aria-labelledby="active-h" className="rounded border border-stone-300 bg-white p-4">
          <h2 id="active-h" className="mb-3 font-semibold">
            Khóa / mở tài khoản
          </h2>
          <SetActiveForm userId={user.id} active={user.active === 1} isSelf={user.id === me.id} />
        </section>
        <section aria-labelledby="pw-h" className="rounded border border-stone-300 bg-white p-4">
          <h2 id="pw-h" className="mb-3 font-semibold">
            Đặt lại mật khẩu
          </h2>
          <ResetPasswordForm userId={user.id} />
        </section>
        <section aria-labelledby="sessions-h" className="rounded border border-stone-300 bg-white p-4">
          <h2 id="sessions-h" className="mb-3 font-semibold">
            Phiên đăng nhập
          </h2>
          <EndSessionsForm userId={user.id} openSessions={openSessions} />
        </section>
        <section aria-labelledby="two-step-h" className="rounded border border-stone-300 bg-white p-4">
          <h2 id="two-step-h" className="mb-3 font-semibold">
            Xác thực hai bước
          </h2>
          {twoStep.enabled ? <ResetTwoStepForm userId={user.id} /> : <p className="text-sm text-stone-800">Chưa bật.</p>}
        </section>
      </div>
    </div>
  );
}
