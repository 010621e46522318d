/**
 * Where a reader can share an article: plain links to each network's own share
 * page (no third-party script, nothing loaded until the reader clicks). Zalo is
 * the messenger most Vietnamese readers use (issue 11).
 */
export type ShareTarget = { label: string; href: string; name: string };

export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: 'Facebook', label: 'Chia sẻ qua Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'Zalo', label: 'Chia sẻ qua Zalo', href: `https://sp.zalo.me/share_to_zalo?url=${u}` },
    { name: 'X', label: 'Chia sẻ qua X', href: `https://twitter.com/intent/tweet?url=${u}&text=${t}` },
    { name: 'Email', label: 'Gửi qua email', href: `mailto:?subject=${t}&body=${u}` },
  ];
}
