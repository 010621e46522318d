import { shareTargets } from '@/lib/share/share-targets';
import { CopyLinkButton } from './copy-link-button';
import { PrintButton } from './print-button';

// At least 24 × 24 px (WCAG 2.5.8), 32 px tall here so a thumb finds it on a phone.
const control = 'inline-flex min-h-8 min-w-8 items-center justify-center rounded border border-stone-300 px-3 py-1 hover:bg-stone-100';

/** Share links that load nothing from third parties until the reader clicks (lib/share/share-targets.ts). */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <div role="group" className="share-links flex flex-wrap items-center gap-2 text-sm" aria-label="Chia sẻ bài viết">
      <span className="font-semibold text-stone-700">Chia sẻ:</span>
      {shareTargets(url, title).map((l) => (
        <a
          key={l.name}
          href={l.href}
          rel="noopener noreferrer nofollow"
          target={l.href.startsWith('mailto:') ? undefined : '_blank'}
          className={control}
          aria-label={l.label}
        >
          {l.name}
        </a>
      ))}
      <CopyLinkButton url={url} className={control} />
      <PrintButton className={control} />
    </div>
  );
}
