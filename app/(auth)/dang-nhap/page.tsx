import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { safeCallbackPath } from '@/lib/auth/safe-callback';
import { getSessionUser } from '@/lib/auth/session';
import { authPaths } from '@/lib/config/site';
import { pageMetadata } from '@/lib/seo/metadata';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = pageMetadata({
  title: 'Đăng nhập',
  description: 'Đăng nhập khu vực biên tập của tòa soạn.',
  path: authPaths.signIn,
  noindex: true,
});

/** next-auth sends people back here with ?error=… when something failed on its side. */
const errorMessages: Record<string, string> = {
  CredentialsSignin: 'Email hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa. Hãy kiểm tra lại.',
  SessionRequired: 'Hãy đăng nhập để tiếp tục.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const callbackUrl = safeCallbackPath(sp.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const errorKey = typeof sp.error === 'string' ? sp.error : undefined;
  const initialError = errorKey ? (errorMessages[errorKey] ?? 'Chưa đăng nhập được. Hãy thử lại.') : undefined;
  const passwordChanged = sp['da-doi-mat-khau'] === '1';
  const signedOutEverywhere = sp['da-dang-xuat-moi-noi'] === '1';

  return (
    <div className="rounded-lg border border-stone-300 bg-white p-6 shadow-sm">
      <h1 className="font-serif text-2xl font-bold">Đăng nhập</h1>
      <p className="mt-1 text-sm text-stone-700">Khu vực biên tập dành cho phóng viên, biên tập viên và quản trị viên của tòa soạn.</p>
      {passwordChanged && (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Đã đổi mật khẩu. Hãy đăng nhập lại bằng mật khẩu mới.
        </p>
      )}
      {signedOutEverywhere && (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Đã đăng xuất khỏi mọi thiết bị.
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
      <p className="mt-6 text-sm text-stone-700">Quên mật khẩu? Hãy liên hệ quản trị viên của tòa soạn để được đặt lại.</p>
    </div>
  );
}
