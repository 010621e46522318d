import { describe, expect, it } from 'vitest';
import { shareTargets } from './share-targets';

describe('shareTargets', () => {
  const url = 'https://bantin.example/bai/le-hoi-hoa-dao?x=1&y=2';
  const title = 'Lễ hội hoa đào & đêm nhạc';
  const byName = Object.fromEntries(shareTargets(url, title).map((t) => [t.name, t]));

  it('offers Zalo beside Facebook, X and email, each with a Vietnamese label', () => {
    expect(Object.keys(byName)).toEqual(['Facebook', 'Zalo', 'X', 'Email']);
    for (const t of Object.values(byName)) expect(t.label).toMatch(/^(Chia sẻ qua|Gửi qua)/);
  });

  it("links to each network's share page with the article's address encoded once", () => {
    const zalo = new URL(byName.Zalo!.href);
    expect(zalo.origin + zalo.pathname).toBe('https://sp.zalo.me/share_to_zalo');
    expect(zalo.searchParams.get('url')).toBe(url);
    expect(new URL(byName.Facebook!.href).searchParams.get('u')).toBe(url);
    const x = new URL(byName.X!.href);
    expect(x.searchParams.get('url')).toBe(url);
    expect(x.searchParams.get('text')).toBe(title);
    expect(byName.Email!.href).toBe(`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`);
  });
});
