import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { HydrationMark } from '@/components/ui/hydration-mark';
import { EditorNav, type EditorNavLink } from '@/components/editor/editor-nav';
import { SignOutButton } from '@/components/editor/sign-out-button';
import { requireUser } from '@/lib/auth/session';
import { canCurate } from '@/lib/frontpage/access';
import { authPaths, paths, siteConfig } from '@/lib/config/site';
import { roleLabels } from '@/lib/validations/user';

export const metadata: Metadata = {
  title: { default: 'Khu vực biên tập', template: `%s | Biên tập — ${siteConfig.name}` },
  robots: { index: false, follow: false },
};

/**
 * The editor area's frame. It requires a signed-in user, but it is not the
 * check that protects a page: layouts and pages render in parallel, so every
 * page calls requireUser() itself (with its roles).
 */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const links: EditorNavLink[] = [
    { href: authPaths.editor, label: 'Bài viết' },
    { href: authPaths.media, label: 'Thư viện ảnh' },
    ...(canCurate(user) ? [{ href: authPaths.frontPage, label: 'Trang nhất' }] : []),
    ...(user.role === 'admin'
      ? [
          { href: authPaths.users, label: 'Người dùng' },
          { href: authPaths.sections, label: 'Chuyên mục' },
          { href: authPaths.audit, label: 'Nhật ký' },
        ]
      : []),
  ];
  return (
    <div className="min-h-screen bg-stone-50">
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="border-b-4 border-[var(--color-brand)] bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2">
          <div className="flex items-baseline gap-3">
            <Link href={authPaths.editor} className="font-serif text-xl font-bold text-[var(--color-brand)]">
              {siteConfig.name} · Biên tập
            </Link>
            <Link href={paths.home()} prefetch={false} className="text-sm text-stone-700 underline hover:text-[var(--color-brand)]">
              Xem trang đọc
            </Link>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <Link href={authPaths.account} className="text-right hover:underline" title="Tài khoản của tôi">
              <span className="block font-semibold text-stone-900">{user.name}</span>
              <span className="block text-xs text-stone-700">{roleLabels[user.role]}</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-4 pb-2">
          <EditorNav links={links} />
        </div>
      </header>
      <HydrationMark />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
