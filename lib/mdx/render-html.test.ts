import { describe, expect, it } from 'vitest';
import { contentDocs } from '@/lib/content/content-docs';
import { renderBodyHtml } from './render-html';

describe('renderBodyHtml (JSON API body)', () => {
  it('writes the seed article as plain HTML with its figures, captions and credits', () => {
    const seed = contentDocs().find((d) => d.slug.startsWith('tong-ket-phoi-hop'))!;
    const { html, figures } = renderBodyHtml(seed.body.raw);
    // The source's first paragraph is the sapo (frontmatter); the body opens with the first photo.
    expect(html.startsWith('<figure>')).toBe(true);
    expect(html).toContain('<p>Theo đánh giá, qua 5 năm, hoạt động phối hợp');
    expect(html).toMatch(/<figure><img src="http[^"]+\/media\/[^"]+" alt="Ảnh minh họa[^"]*" loading="lazy"><figcaption>Ban chỉ đạo ký kết[^<]*<span class="credit">Ảnh: T\.C<\/span><\/figcaption><\/figure>/);
    expect(figures).toHaveLength(2);
    expect(figures[1]).toMatchObject({ src: 'hoi-nghi-trao-bang-khen.jpg', credit: 'T.C', creditLine: 'Ảnh: T.C' });
    expect(figures[1]!.caption).toContain('Trao bằng khen');
  });

  it('keeps only what the allowlist allows: no script, no handlers, no javascript: links, no raw HTML', () => {
    const body = [
      'Xin chào <mark>bạn đọc</mark> và [trang](https://example.com) và [xấu](javascript:alert(1)).',
      '',
      '<script>alert(1)</script>',
      '',
      '<Figure src="bad.jpg" alt="B" onError="alert(1)" />',
      '',
      '<Figure src="a.jpg" alt="A" caption="Chú thích <b>" credit="Theo TTXVN" />',
      '',
      '<Quote author="Lê Văn Dũng" role="Phó Bí thư">Đoàn kết</Quote>',
      '',
      '<iframe src="https://evil.example"></iframe>',
    ].join('\n');
    const { html, figures } = renderBodyHtml(body);
    expect(html).not.toMatch(/script|onerror|javascript:|iframe|evil/i);
    expect(html).toContain('<mark>bạn đọc</mark>');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow">trang</a>');
    expect(html).toContain('Chú thích &#x3C;b>');
    expect(html).toContain('<figure class="quote"><blockquote>Đoàn kết</blockquote><figcaption>— Lê Văn Dũng, Phó Bí thư</figcaption></figure>');
    expect(html).not.toMatch(/<p><figure|<p><\/p>|bad\.jpg/);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ alt: 'A', creditLine: 'Theo TTXVN' });
  });

  it('never throws on a body that does not parse', () => {
    expect(renderBodyHtml('<Figure src="a.jpg"').html).toBe('');
  });
});
