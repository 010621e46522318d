import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateUserForm } from '@/components/editor/users/create-user-form';
import { requireUser } from '@/lib/auth/session';
import { authPaths } from '@/lib/config/site';

export const metadata: Metadata = { title: 'Thêm người dùng' };

export default async function NewUserPage() {
  await requireUser(['admin']);
  return (
    <div>
      <p className="text-sm">
        <Link href={authPaths.users} className="text-blue-800 underline">
          ← Người dùng
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-2xl font-bold">Thêm người dùng</h1>
      <p className="mt-1 mb-4 text-sm text-stone-700">Tạo tài khoản với mật khẩu ban đầu; người dùng đăng nhập bằng email này.</p>
      <CreateUserForm />
    </div>
  );
}
