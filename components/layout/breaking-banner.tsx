import Link from 'next/link';
import { paths } from '@/lib/config/site';
import type { Banner } from '@/lib/frontpage/queries';
import { HideAtExpiry } from './hide-at-expiry';

/**
 * "Tin nóng" under the masthead of every public page. It is part of the
 * cached page (tag `breaking`); at its expiry the reader's browser hides it
 * at once, and the next render of the page leaves it out.
 */
export function BreakingBanner({ banner }: { banner: Banner | null }) {
  if (!banner) return null;
  return (
    <HideAtExpiry expiresAt={banner.expiresAt}>
      <section aria-label="Tin nóng" className="bg-red-700 text-white">
        <p className="mx-auto flex max-w-6xl items-baseline gap-3 px-4 py-2 text-base">
          <span className="shrink-0 rounded bg-white px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-red-800">Tin nóng</span>
          <Link href={paths.article(banner.slug)} className="min-w-0 font-semibold break-words underline-offset-2 hover:underline">
            {banner.text}
          </Link>
        </p>
      </section>
    </HideAtExpiry>
  );
}
