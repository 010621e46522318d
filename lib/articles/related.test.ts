import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { insertFixtures, type Fixture } from '@/test/search-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { queryArticleBySlug, queryRelated, querySameSection } from './queries';

const NOW = '2026-11-28T12:00:00.000Z';
afterAll(closeDb);

const a = (slug: string, category: Fixture['category'], tags: string[], day: number, status?: Fixture['status']): Fixture => ({
  slug,
  title: `Bài ${slug}`,
  summary: 'Một bản tin dùng để kiểm tra các khối đọc thêm.',
  body: 'Nội dung.',
  category,
  tags,
  publishedAt: new Date(Date.UTC(2024, 0, day)).toISOString(),
  status,
});

describe.each(testDialects)('Tin liên quan and Cùng chuyên mục (%s)', (dialect) => {
  it('ranks by shared tags, then same section, then newest; tops up from the section; only public articles', async () => {
    const db = await freshDb(dialect);
    await insertFixtures(db, [
      a('goc', 'kinh-te', ['Du lịch', 'Hội An', 'Biển'], 10),
      a('chung-ba-the', 'xa-hoi', ['Du lịch', 'Hội An', 'Biển'], 1),
      a('chung-hai-the-cung-muc', 'kinh-te', ['Du lịch', 'Hội An'], 2),
      a('chung-hai-the-khac-muc', 'van-hoa', ['Du lịch', 'Biển'], 9),
      a('chung-mot-the', 'thoi-su', ['Biển'], 20),
      a('chung-the-nhung-nhap', 'kinh-te', ['Du lịch', 'Hội An', 'Biển'], 5, 'draft'),
      a('cung-muc-moi', 'kinh-te', [], 15),
      a('cung-muc-cu', 'kinh-te', [], 3),
    ]);
    const goc = (await queryArticleBySlug(db, 'goc', NOW))!;
    expect((await queryRelated(db, goc, NOW, 4)).map((r) => r.slug)).toEqual(['chung-ba-the', 'chung-hai-the-cung-muc', 'chung-hai-the-khac-muc', 'chung-mot-the']);
    expect((await queryRelated(db, goc, NOW, 7)).map((r) => r.slug)).toEqual([
      'chung-ba-the',
      'chung-hai-the-cung-muc',
      'chung-hai-the-khac-muc',
      'chung-mot-the',
      'cung-muc-moi',
      'cung-muc-cu',
    ]);
    const lone = (await queryArticleBySlug(db, 'cung-muc-moi', NOW))!;
    expect((await queryRelated(db, lone, NOW, 2)).map((r) => r.slug)).toEqual(['goc', 'cung-muc-cu']);
    expect((await querySameSection(db, goc, NOW, ['cung-muc-moi'].map((s) => `fx_${s}`))).map((r) => r.slug)).toEqual(['cung-muc-cu', 'chung-hai-the-cung-muc']);
  });
});
