import type { ReactNode } from 'react';
import { BreakingBanner } from '@/components/layout/breaking-banner';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getBanner } from '@/lib/frontpage/cached';

/** Every public page: masthead, the breaking banner when raised (cached, tag `breaking`), content, footer. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const banner = await getBanner();
  return (
    // A column as tall as the screen: on a short page the footer sits at the bottom, no white band under it.
    <div className="flex min-h-dvh flex-col">
      <SiteHeader />
      <BreakingBanner banner={banner} />
      <main id="noi-dung" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
