import Link from 'next/link';
import type { ReactNode } from 'react';
import { HydrationMark } from '@/components/ui/hydration-mark';
import { paths, siteConfig } from '@/lib/config/site';

/** Sign-in pages: a plain, light frame (no session read here; each page decides). */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen bg-stone-100">
      <header className="border-b-4 border-[var(--color-brand)] bg-white">
        <div className="mx-auto max-w-md px-4 py-3">
          <Link href={paths.home()} className="font-serif text-2xl font-bold text-[var(--color-brand)]" aria-label={`${siteConfig.name} — trang chủ`}>
            {siteConfig.name}
          </Link>
        </div>
      </header>
      <HydrationMark />
      <main id="noi-dung" className="mx-auto max-w-md px-4 py-8">
        {children}
      </main>
    </div>
  );
}
