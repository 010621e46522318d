import { describe, expect, it } from 'vitest';
import { liveFeedHtml, liveFeedNote } from './feed';
import { liveBlogLd } from './json-ld';
import type { LiveCoverage } from './types';

const coverage = (endedAt: string | null): LiveCoverage => ({
  articleId: 'a1',
  startedAt: '2026-12-03T01:00:00.000Z',
  endedAt,
  entries: [
    { id: 'e2', at: '2026-12-03T02:30:00.000Z', authorId: 'u1', authorName: 'Hồ Phóng Viên', kind: 'quote', body: 'Phải xong <trước> Tết', photo: null, quoteAuthor: 'Chủ tịch tỉnh', editedAt: null },
    { id: 'e1', at: '2026-12-03T02:00:00.000Z', authorId: 'u1', authorName: 'Hồ Phóng Viên', kind: 'text', body: '<script>alert(1)</script> Khai mạc', photo: null, quoteAuthor: null, editedAt: null },
  ],
});

describe('live coverage in JSON-LD and RSS', () => {
  it('turns the article into a LiveBlogPosting with GMT+7 coverage times and its entries newest first', () => {
    const open = liveBlogLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Kỳ họp' }, coverage(null), 'https://bantin.test/bai/ky-hop');
    expect(open).toMatchObject({ '@type': 'LiveBlogPosting', headline: 'Kỳ họp', coverageStartTime: '2026-12-03T08:00:00+07:00', dateModified: '2026-12-03T09:30:00+07:00' });
    expect(open.coverageEndTime).toBeUndefined();
    const updates = open.liveBlogUpdate as { datePublished: string; url: string }[];
    expect(updates.map((u) => u.datePublished)).toEqual(['2026-12-03T09:30:00+07:00', '2026-12-03T09:00:00+07:00']);
    expect(updates[0].url).toBe('https://bantin.test/bai/ky-hop#cap-nhat-e2');
    expect(liveBlogLd({}, coverage('2026-12-03T05:00:00.000Z'), 'x').coverageEndTime).toBe('2026-12-03T12:00:00+07:00');
  });

  it('carries the entries in the feed as escaped text, with their GMT+7 time', () => {
    const html = liveFeedHtml(coverage(null));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Khai mạc');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<strong>09:30</strong>');
    expect(html.indexOf('09:30')).toBeLessThan(html.indexOf('09:00'));
    expect(liveFeedNote(coverage(null))).toBe('Tường thuật trực tiếp (đang diễn ra, 2 cập nhật).');
  });
});
