import { describe, expect, it } from 'vitest';
import { cleanUrl } from './clean-url';

describe('cleanUrl (pasted links)', () => {
  it('drops campaign and click ids, keeps the real query', () => {
    expect(cleanUrl('https://baoquangnam.vn/bai-viet?id=42&utm_source=facebook&utm_medium=social&fbclid=IwAR0abc')).toBe('https://baoquangnam.vn/bai-viet?id=42');
    expect(cleanUrl('https://example.vn/tin?gclid=xyz')).toBe('https://example.vn/tin');
  });
  it('unwraps Google and Facebook redirects', () => {
    expect(cleanUrl('https://www.google.com/url?q=https://quangnam.gov.vn/tin%3Futm_campaign%3Dx&sa=D&source=docs&ust=1&usg=AOv')).toBe('https://quangnam.gov.vn/tin');
    expect(cleanUrl('https://l.facebook.com/l.php?u=https%3A%2F%2Fbaoquangnam.vn%2F&h=AT0')).toBe('https://baoquangnam.vn/');
  });
  it('leaves mailto, tel and relative links alone', () => {
    expect(cleanUrl('mailto:toasoan@example.vn')).toBe('mailto:toasoan@example.vn');
    expect(cleanUrl('/bai/tin-moi')).toBe('/bai/tin-moi');
  });
});
