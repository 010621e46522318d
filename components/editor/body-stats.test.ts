import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { bodyStats } from './body-stats';

describe('bodyStats', () => {
  it('counts the words a reader sees, not markup', () => {
    expect(bodyStats('## Tiêu đề mục\n\nĐoạn **đậm** và [liên kết](https://a.vn) ở Quảng Nam.')).toEqual({ words: 11, minutes: 1 });
  });
  it('counts captions and quote authors but not src, alt or tag names', () => {
    const mdx = '<Figure src="/media/x.jpg" alt="ba từ ở đây" caption="Hội nghị tổng kết" credit="Ảnh: T.C" />\n\n<Quote author="Minh Hải" role="Phóng viên">\nXin chào.\n</Quote>';
    expect(bodyStats(mdx).words).toBe(4 + 2 + 2 + 2);
  });
  it('an empty body is zero words and zero minutes', () => {
    expect(bodyStats('  \n\n ')).toEqual({ words: 0, minutes: 0 });
  });
  it('reading time is words over 200 a minute, at least one', () => {
    expect(bodyStats(Array(1000).fill('từ').join(' ')).minutes).toBe(5);
    for (const f of readdirSync('content/articles')) {
      const body = readFileSync(`content/articles/${f}`, 'utf8').split(/^---$/m).slice(2).join('---');
      expect(bodyStats(body).words, f).toBeGreaterThan(0);
    }
  });
});
