import { PrintButton } from './print-button';

/** Share links that load nothing from third parties until the reader clicks. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'X', href: `https://twitter.com/intent/tweet?url=${u}&text=${t}` },
    { label: 'Email', href: `mailto:?subject=${t}&body=${u}` },
  ];
  return (
    <div className="share-links flex flex-wrap items-center gap-2 text-sm" aria-label="Chia sẻ bài viết">
      <span className="font-semibold text-stone-700">Chia sẻ:</span>
      {links.map((l) => (
        <a
          key={l.label}
          href={l.href}
          rel="noopener noreferrer nofollow"
          target={l.href.startsWith('mailto:') ? undefined : '_blank'}
          className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100"
          aria-label={`Chia sẻ qua ${l.label}`}
        >
          {l.label}
        </a>
      ))}
      <PrintButton />
    </div>
  );
}
