import type { Metadata } from 'next';
import { signOutEverywhereAction } from '@/lib/actions/sign-out';
import { requireUser } from '@/lib/auth/session';
import { countOpenSessions } from '@/lib/users/sessions';
import { roleLabels } from '@/lib/validations/user';
import { ChangePasswordForm } from './change-password-form';

export const metadata: Metadata = { title: 'Tài khoản của tôi' };

export default async function AccountPage() {
  const user = await requireUser();
  const openSessions = await countOpenSessions(user.id);
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
      <h2 className="mt-8 mb-2 text-lg font-semibold">Phiên đăng nhập</h2>
      <p className="mb-4 text-sm text-stone-700">
        Bạn đang đăng nhập ở {openSessions} nơi (trình duyệt hoặc thiết bị). Nếu quên đăng xuất trên máy khác hoặc mất điện thoại, hãy đăng xuất khỏi mọi thiết bị, kể cả máy này.
      </p>
      <form action={signOutEverywhereAction}>
        <button type="submit" className="rounded border border-stone-400 px-3 py-1.5 text-sm font-semibold text-stone-800 hover:bg-stone-100">
          Đăng xuất khỏi mọi thiết bị
        </button>
      </form>
    </div>
  );
}
