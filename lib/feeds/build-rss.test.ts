import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '@/lib/articles/types';
import { buildRss } from './build-rss';

const article = (over: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id: 'a1',
  slug: 'bai-mot',
  source: 'db',
  title: 'Bài một',
  summary: 'Tóm tắt bài một.',
  category: 'kinh-te',
  tags: [],
  bylines: [{ name: 'Minh Hải', role: 'reporter', slug: 'minh-hai' }],
  cover: { src: 'https://anh.example/bia.jpg', alt: 'Ảnh', caption: '', credit: 'T.C' },
  dateline: null,
  status: 'published',
  publishedAt: '2026-11-28T01:00:00.000Z',
  updatedAt: '2026-11-28T01:00:00.000Z',
  sample: false,
  readingMinutes: 1,
  ...over,
});

describe('buildRss', () => {
  it('declares the dc namespace once, names the section, and gives no enclosure to a cover without a library record', () => {
    const xml = buildRss([article()], { sectionName: (s) => (s === 'kinh-te' ? 'Kinh tế' : s) });
    expect(xml.match(/xmlns:dc=/g)).toHaveLength(1);
    expect(xml).toMatch(/<rss version="2\.0"[^>]* xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"[^>]*>/);
    expect(xml).toContain('<dc:creator>Minh Hải</dc:creator>');
    expect(xml).toContain('<category>Kinh tế</category>');
    expect(xml).not.toContain('<category>kinh-te</category>');
    // An external photo's size is unknown: no enclosure rather than a made-up length="0".
    expect(xml).not.toContain('<enclosure');
  });

  it('an article without bylines has no dc:creator, and the namespace is still declared once', () => {
    const xml = buildRss([article({ bylines: [], cover: null })], { sectionName: (s) => s });
    expect(xml).not.toContain('<dc:creator');
    expect(xml.match(/xmlns:dc=/g)).toHaveLength(1);
  });
});
