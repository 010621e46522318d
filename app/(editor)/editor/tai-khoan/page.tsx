import type { Metadata } from 'next';
import { signOutEverywhereAction } from '@/lib/actions/sign-out';
import { requireUser } from '@/lib/auth/session';
import { countOpenSessions } from '@/lib/users/sessions';
import { twoStepStatus } from '@/lib/users/two-step';
import { DisableTwoStepForm } from '@/components/editor/users/two-step-forms';
import Link from 'next/link';
import { authPaths } from '@/lib/config/site';
import { recentAccountLocks } from '@/lib/audit/log';
import { formatVnDateTime } from '@/lib/text/vietnamese';
import { roleLabels } from '@/lib/validations/user';
import { ChangePasswordForm } from './change-password-form';

export const metadata: Metadata = { title: 'Tài khoản của tôi' };

export default async function AccountPage() {
  const user = await requireUser();
  const openSessions = await countOpenSessions(user.id);
  const twoStep = await twoStepStatus(user.id);
  const locks = await recentAccountLocks(user.id, new Date(Date.now() - 30 * 24 * 3600_000));
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
      {locks.length > 0 && (
        <section aria-labelledby="locks-h" className="mt-6 max-w-2xl rounded border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <h2 id="locks-h" className="font-semibold">Tài khoản của bạn từng bị khoá tạm</h2>
          <p className="mt-1">
            Ai đó đã nhập sai mật khẩu của bạn nhiều lần, nên tài khoản bị khoá 15 phút với các máy lạ. Các trình duyệt bạn đã đăng nhập trước đó vẫn vào được. Nếu không phải bạn, hãy đổi mật khẩu.
          </p>
          <ul className="mt-2 list-disc pl-5">
            {locks.map((l) => (
              <li key={l.at}>
                {formatVnDateTime(l.at)}
                {l.ip ? ` — từ địa chỉ ${l.ip}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2 className="mt-8 mb-2 text-lg font-semibold">Đổi mật khẩu</h2>
      <p className="mb-4 text-sm text-stone-700">Sau khi đổi, mọi phiên đăng nhập của bạn (kể cả trên máy khác) kết thúc; hãy đăng nhập lại bằng mật khẩu mới.</p>
      <ChangePasswordForm />
      <h2 className="mt-8 mb-2 text-lg font-semibold">Xác thực hai bước</h2>
      {twoStep.enabled ? (
        <>
          <p className="mb-3 text-sm text-stone-700">Đang bật. Còn {twoStep.recoveryLeft} mã khôi phục chưa dùng.</p>
          <DisableTwoStepForm />
        </>
      ) : (
        <p className="text-sm text-stone-700">
          Đang tắt.{' '}
          <Link href={authPaths.twoStep} className="font-semibold text-blue-800 underline">
            Bật xác thực hai bước
          </Link>
        </p>
      )}
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
