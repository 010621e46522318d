import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/session';
import { roleLabels } from '@/lib/validations/user';
import { ChangePasswordForm } from './change-password-form';

export const metadata: Metadata = { title: 'Tài khoản của tôi' };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div>
      <h1 className="font-serif text-2xl font-bold">Tài khoản của tôi</h1>
      <dl className="mt-3 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Họ tên</dt>
        <dd>{user.name}</dd>
        <dt className="font-semibold">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Vai trò</dt>
        <dd>{roleLabels[user.role]}</dd>
      </dl>
      <h2 className="mt-8 mb-2 text-lg font-semibold">Đổi mật khẩu</h2>
      <p className="mb-4 text-sm text-stone-700">Sau khi đổi, mọi phiên đăng nhập của bạn (kể cả trên máy khác) kết thúc; hãy đăng nhập lại bằng mật khẩu mới.</p>
      <ChangePasswordForm />
    </div>
  );
}
