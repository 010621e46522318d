'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type EditorNavLink = { href: string; label: string };

/** The editor area's sections; the current one is marked for screen readers too. */
export function EditorNav({ links }: { links: EditorNavLink[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Khu vực biên tập">
      <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm font-semibold">
        {links.map((l) => {
          // "Bài viết" (/editor) is current on the dashboard and on every article page (/editor/bai/…).
          const current = l.href === '/editor' ? pathname === l.href || pathname.startsWith('/editor/bai') : pathname === l.href || pathname.startsWith(`${l.href}/`);
          return (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block rounded px-3 py-1.5 ${current ? 'bg-[var(--color-brand)] text-white' : 'text-stone-800 hover:bg-stone-200'}`}
              >
                {l.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
