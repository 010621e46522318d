import { NotFoundView } from '@/components/layout/not-found-view';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';

export const metadata = { title: 'Không tìm thấy trang', robots: { index: false } };

export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col">
      {/* Prerendered at build: no stored sections here (the menu shows only Trang chủ); the site's own 404s have the full menu. */}
      <SiteHeader sections={[]} />
      <main id="noi-dung" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        <NotFoundView />
      </main>
      <SiteFooter />
    </div>
  );
}
