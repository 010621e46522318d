import Link from 'next/link';
import { authPaths } from '@/lib/config/site';

/** HTTP 403 inside the editor area: requireUser(roles) calls forbidden() when the role is not allowed. */
export default function EditorForbidden() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="font-serif text-2xl font-bold">Bạn không có quyền xem trang này</h1>
      <p className="mt-2 text-stone-700">Trang này dành cho vai trò khác. Nếu bạn cần quyền truy cập, hãy liên hệ quản trị viên của tòa soạn.</p>
      <p className="mt-6">
        <Link href={authPaths.editor} className="rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white">
          Về trang Bài viết
        </Link>
      </p>
    </div>
  );
}
