import type { Metadata } from 'next';
import Link from 'next/link';
import QRCode from 'qrcode';
import { ConfirmTwoStepForm, StartTwoStepForm } from '@/components/editor/users/two-step-forms';
import { requireUser } from '@/lib/auth/session';
import { authPaths } from '@/lib/config/site';
import { formatVnDateTime } from '@/lib/text/vietnamese';
import { pendingEnrolment, twoStepStatus } from '@/lib/users/two-step';

export const metadata: Metadata = { title: 'Xác thực hai bước' };

/** Turning on two-step sign-in: scan the code (or type the key), then prove it with one code. */
export default async function TwoStepPage() {
  const user = await requireUser();
  const status = await twoStepStatus(user.id);
  const pending = status.enabled ? null : await pendingEnrolment(user);
  const qr = pending ? await QRCode.toDataURL(pending.uri, { margin: 1, width: 220 }) : null;
  return (
    <div className="max-w-2xl">
      <p className="text-sm">
        <Link href={authPaths.account} className="text-blue-800 underline">
          ← Tài khoản của tôi
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-2xl font-bold">Xác thực hai bước</h1>
      {user.mustEnrolTwoStep && (
        <p role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          Tòa soạn yêu cầu xác thực hai bước cho vai trò của bạn. Hãy bật nó để tiếp tục làm việc.
        </p>
      )}
      {status.enabled ? (
        <p className="mt-3 text-sm">Đang bật từ {formatVnDateTime(status.enabledAt!)}. Còn {status.recoveryLeft} mã khôi phục chưa dùng.</p>
      ) : pending && qr ? (
        <div className="mt-4 space-y-4">
          <ol className="list-decimal space-y-2 pl-5 text-sm text-stone-800">
            <li>Mở ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator, 2FAS…) và quét mã QR dưới đây.</li>
            <li>Nhập mã 6 chữ số mà ứng dụng hiện ra để xác nhận.</li>
          </ol>
          <img src={qr} width={220} height={220} alt="Mã QR để thêm tài khoản Bản tin vào ứng dụng xác thực" className="rounded border border-stone-300" />
          <p className="text-sm text-stone-800">
            Không quét được? Nhập khóa này vào ứng dụng: <code className="break-all font-mono">{pending.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
          </p>
          <ConfirmTwoStepForm />
          <StartTwoStepForm again />
        </div>
      ) : (
        <div className="mt-4 space-y-3">
          <p className="text-sm text-stone-800">
            Khi bật, mỗi lần đăng nhập ở máy mới bạn cần thêm một mã 6 chữ số từ ứng dụng xác thực trên điện thoại. Kẻ gian biết mật khẩu của bạn cũng không vào được.
          </p>
          <StartTwoStepForm />
        </div>
      )}
    </div>
  );
}
