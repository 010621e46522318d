import { describe, expect, it } from 'vitest';
import { redirectedPath } from './redirect-path';

describe('a renamed section’s old addresses', () => {
  const map = new Map([['kinh-te', 'kinh-te-dau-tu']]);
  it('move the page, its pages N and its feed to the new slug', () => {
    expect(redirectedPath('/chuyen-muc/kinh-te', map)).toBe('/chuyen-muc/kinh-te-dau-tu');
    expect(redirectedPath('/chuyen-muc/kinh-te/trang/3', map)).toBe('/chuyen-muc/kinh-te-dau-tu/trang/3');
    expect(redirectedPath('/chuyen-muc/kinh-te/rss.xml', map)).toBe('/chuyen-muc/kinh-te-dau-tu/rss.xml');
  });
  it('leave every other address alone', () => {
    expect(redirectedPath('/chuyen-muc/thoi-su', map)).toBeNull();
    expect(redirectedPath('/chuyen-muc/kinh-te/khac', map)).toBeNull();
    expect(redirectedPath('/bai/kinh-te', map)).toBeNull();
  });
});
