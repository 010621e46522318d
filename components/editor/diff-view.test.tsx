import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RevisionSnapshot } from '@/lib/articles/editor-reads';
import { SnapshotDiff } from './diff-view';

const base: RevisionSnapshot = {
  slug: 'quang-nam-ra-quan',
  title: 'Quảng Nam ra quân làm giao thông nông thôn',
  summary: 'Các huyện miền núi ra quân làm đường bê tông.',
  body: 'Sáng nay, các huyện ra quân.',
  category: 'thoi-su',
  tags: [],
  bylines: [{ name: 'Minh Hải', role: 'reporter' }],
  cover: null,
  dateline: null,
  status: 'review',
  publishedAt: null,
};
const text = (html: string) => html.replace(/<span class="sr-only">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');

describe('SnapshotDiff', () => {
  it('shows a change of status as "before → after", spaced, not a word diff run together', () => {
    const html = renderToStaticMarkup(<SnapshotDiff before={base} after={{ ...base, status: 'published', publishedAt: '2026-12-02T01:30:00.000Z' }} />);
    expect(text(html)).toContain('Chờ duyệt → Đã đăng');
    expect(text(html)).not.toContain('Chờ duyệtĐã đăng');
  });

  it('keeps the word diff for text fields', () => {
    const html = renderToStaticMarkup(<SnapshotDiff before={base} after={{ ...base, title: 'Quảng Nam ra quân làm đường giao thông nông thôn' }} />);
    expect(html).toMatch(/<ins[^>]*>.*đường/);
    expect(text(html)).not.toContain('→');
  });
});
