import Link from 'next/link';
import { paths, siteConfig } from '@/lib/config/site';

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-stone-300 bg-stone-100 text-sm text-stone-700">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-6 sm:grid-cols-2">
        <div>
          <p className="font-serif text-lg font-bold text-[var(--color-brand)]">{siteConfig.name}</p>
          <p>{siteConfig.publisher}. Giờ đăng tin theo giờ Việt Nam (GMT+7).</p>
        </div>
        <ul className="footer-links flex flex-wrap gap-x-4 gap-y-1 sm:justify-end">
          <li>
            <a href={paths.feed()}>RSS</a>
          </li>
          <li>
            <a href={paths.sitemap()}>Sơ đồ trang</a>
          </li>
          <li>
            <Link href={paths.search()}>Tìm kiếm</Link>
          </li>
          <li>
            {/* A plain link: prefetching the editor area would only fetch a redirect to sign in. */}
            <a href="/editor">Tòa soạn</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
