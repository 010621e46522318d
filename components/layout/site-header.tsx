import Link from 'next/link';
import { paths, siteConfig } from '@/lib/config/site';
import { getSectionTree } from '@/lib/sections/cached';
import { MenuToggle } from './menu-toggle';
import { TodayDate } from './today-date';

/** Masthead, section navigation (the stored top-level sections) and the search form. Reads no session: public pages stay cacheable. */
export async function SiteHeader({ sections: given }: { sections?: { slug: string; name: string }[] } = {}) {
  // `sections` given: the static 404 page, prerendered at build, must not bake the build machine's database.
  const sections = given ?? (await getSectionTree());
  return (
    <header className="border-b-4 border-[var(--color-brand)] bg-white">
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex flex-col">
          <Link href={paths.home()} className="font-serif text-3xl font-bold tracking-tight text-[var(--color-brand)]" aria-label={`${siteConfig.name} — trang chủ`}>
            {siteConfig.name}
          </Link>
          <TodayDate renderedAt={new Date().toISOString()} />
        </div>
        {/* On a phone the search is a link to its page (the form took a whole row); from sm up, the form. */}
        <Link href={paths.search()} className="site-search inline-flex min-h-11 items-center rounded border border-stone-400 px-3 text-sm font-semibold text-stone-900 sm:hidden">
          Tìm kiếm
        </Link>
        <form action={paths.search()} method="get" role="search" className="site-search hidden items-center gap-2 sm:flex">
          <label htmlFor="site-search-q" className="text-sm font-semibold text-stone-800">
            Tìm kiếm
          </label>
          <input
            id="site-search-q"
            name="q"
            type="search"
            placeholder="Gõ có dấu hoặc không dấu"
            className="min-w-0 w-56 rounded border border-stone-400 px-2 py-1.5 text-base"
            enterKeyHint="search"
          />
          <button type="submit" className="rounded bg-[var(--color-brand)] px-3 py-1.5 text-sm font-semibold text-white hover:bg-[var(--color-brand-dark)]">
            Tìm
          </button>
        </form>
      </div>
      <nav aria-label="Chuyên mục" className="border-t border-stone-200 bg-stone-50">
        <MenuToggle label="Chuyên mục">
          <SectionLinks sections={sections} className="grid grid-cols-2 gap-x-4 pb-3 text-base font-semibold text-stone-800" />
        </MenuToggle>
        <SectionLinks sections={sections} className="mx-auto hidden max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm font-semibold text-stone-800 sm:flex" />
      </nav>
    </header>
  );
}

function SectionLinks({ sections, className }: { sections: { slug: string; name: string }[]; className: string }) {
  return (
    <ul className={className}>
      <li>
        <Link href={paths.home()} className="inline-block py-1.5 hover:text-[var(--color-brand)]">
          Trang chủ
        </Link>
      </li>
      {sections.map((s) => (
        <li key={s.slug}>
          <Link href={paths.section(s.slug)} className="inline-block py-1.5 hover:text-[var(--color-brand)]">
            {s.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
