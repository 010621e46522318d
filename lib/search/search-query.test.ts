import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDocs } from '@/lib/content/content-docs';
import { syncContent } from '@/lib/content/sync-content';
import { closeDb, type Db } from '@/lib/db';
import { SEARCH_TOKEN_CHARS } from '@/lib/text/vietnamese';
import type { SearchInput } from '@/lib/validations/search';
import { SEARCH_TOKEN_CHARS_401 } from '@/lib/db/migrations/401-search';
import { SEED, insertFixtures } from '@/test/search-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { querySearch } from './search-query';

const NOW = '2026-11-28T12:00:00.000Z';

type Case = {
  q: string;
  /** The first result. */
  top?: string;
  /** Among the results (any position). */
  includes?: string[];
  /** Never among the results. */
  excludes?: string[];
  /** The first ranks above the second. */
  before?: [string, string];
  /** No result at all. */
  none?: boolean;
  filters?: Partial<Omit<SearchInput, 'q'>>;
};

const HOSTILE = ['"phoi hop', 'phoi* OR hop', 'NEAR(phoi hop)', "'; drop table articles; --", 'phối AND hợp NOT', '((( )))', '\\', '%_', '{title}: x', '\u0000phoi\u0007', '!!!', '🎉🎉', 'a'.repeat(10_000), '"'.repeat(501), 'title:phoi -hop ^x'];

/**
 * The accuracy table: the same queries, the same expected results, on SQLite
 * and on PostgreSQL.
 */
export const accuracyTable: Case[] = [
  // Typed without accents, found with them.
  { q: 'phoi hop', top: SEED },
  { q: 'phoi hop hoat dong', top: SEED },
  { q: 'le van dung', top: SEED, includes: ['tiep-xuc-cu-tri-le-van-dung'], before: ['tiep-xuc-cu-tri-le-van-dung', 'le-van-tam-va-anh-dung'] },
  { q: 'Lê Văn Dũng', top: SEED, before: ['tiep-xuc-cu-tri-le-van-dung', 'le-van-tam-va-anh-dung'] },
  { q: 'LÊ VĂN DŨNG', top: SEED },
  { q: 'phối hợp'.normalize('NFD'), top: SEED },
  { q: 'PHỐI HỢP', top: SEED },
  { q: 'phối hop', top: SEED },
  // đ/Đ = d/D, and exact accents first.
  { q: 'đường', top: 'khoi-cong-duong-cao-toc-quang-nam-kon-tum', includes: ['lich-nghi-tet-duong-lich-2025'], before: ['nong-thon-moi-nuoc-va-duong', 'lich-nghi-tet-duong-lich-2025'] },
  { q: 'duong', includes: ['khoi-cong-duong-cao-toc-quang-nam-kon-tum', 'lich-nghi-tet-duong-lich-2025', 'nong-thon-moi-nuoc-va-duong'] },
  { q: 'ĐƯỜNG', top: 'khoi-cong-duong-cao-toc-quang-nam-kon-tum' },
  { q: 'dương lịch', top: 'lich-nghi-tet-duong-lich-2025' },
  { q: 'da nang', top: 'da-nang-ket-noi-du-lich-mien-trung' },
  { q: 'Đà Nẵng', top: 'da-nang-ket-noi-du-lich-mien-trung' },
  { q: 'hòa bình', top: 'hoa-binh-va-phat-trien' },
  { q: 'hoa', before: ['hoa-hoc-tro-ve-truong', 'hoa-binh-va-phat-trien'] },
  { q: 'hoa hoc tro', top: 'hoa-hoc-tro-ve-truong' },
  // Phrase above scattered words, title above body.
  { q: 'hoi an', top: 'du-lich-hoi-an-don-trieu-khach', includes: ['hoi-nong-dan-an-toan-ve-sinh-thuc-pham'] },
  { q: 'an toàn giao thông', top: 'ban-an-toan-giao-thong-ra-quan' },
  { q: 'nuoc sach nong thon', top: 'nuoc-sach-nong-thon-vung-cao', includes: ['nong-thon-moi-nuoc-va-duong'] },
  { q: 'hội nghị tổng kết', top: 'hoi-nghi-tong-ket-nam-hoc-2023-2024', includes: [SEED] },
  { q: 'chinh tri xa hoi', top: SEED },
  { q: 'bo chqs tinh', top: SEED },
  // Tags and bylines.
  { q: 'sau rieng', top: 'gia-sau-rieng-tang-manh' },
  { q: 'Nguyễn Thị Hoa', top: 'hoa-hoc-tro-ve-truong', includes: ['benh-vien-da-khoa-tiep-nhan-thiet-bi'] },
  { q: 'T.C', top: SEED },
  // Numbers and punctuation inside words.
  { q: '2016 - 2020', top: SEED },
  { q: '27.11', top: SEED },
  { q: 'dichvucong.quangnam.gov.vn', top: 'chuyen-doi-so-dich-vu-cong' },
  { q: 'quangnam', top: 'chuyen-doi-so-dich-vu-cong' },
  { q: 'hotro@quangnam.gov.vn', top: 'chuyen-doi-so-dich-vu-cong' },
  { q: '1900-1234', top: 'chuyen-doi-so-dich-vu-cong' },
  // Other scripts.
  { q: 'москва', top: 'hoa-binh-va-phat-trien' },
  { q: 'МОСКВА', top: 'hoa-binh-va-phat-trien' },
  { q: '北京', top: 'hoa-binh-va-phat-trien' },
  // Only what readers may see.
  { q: 'chim yến', top: 'yen-sao-cu-lao-cham', excludes: ['ban-nhap-chua-dang', 'hen-gio-tuong-lai', 'go-bai-da-go'] },
  { q: 'kỳlân', none: true },
  // Filters.
  { q: 'hoi nghi', filters: { section: 'xa-hoi' }, top: 'hoi-nghi-tong-ket-nam-hoc-2023-2024', excludes: [SEED] },
  { q: 'hoi nghi', filters: { from: '2024-01-01' }, excludes: [SEED], includes: ['hoi-nghi-tong-ket-nam-hoc-2023-2024'] },
  { q: 'hoi nghi', filters: { from: '2020-11-27', to: '2020-11-27' }, top: SEED },
  { q: 'hoi nghi', filters: { to: '2020-11-26' }, none: true },
  { q: 'du lich', filters: { section: 'kinh-te', from: '2024-01-01', to: '2024-12-31' }, top: 'da-nang-ket-noi-du-lich-mien-trung', excludes: ['du-lich-hoi-an-don-trieu-khach'] },
  // Words that are not there.
  { q: 'phoi hop xyzzy', none: true },
  { q: 'khủnglong', none: true },
  // Hostile input: never an error, treated as words.
  ...HOSTILE.map((q): Case => ({ q })),
  { q: '"phoi hop', top: SEED },
  { q: '🎉 bóng đá 🎉', top: 'giai-bong-da-thanh-nien' },
  { q: "phoi'hop", top: SEED },
  { q: 'phoi -- hop', top: SEED },
];

afterAll(closeDb);

it('the accuracy table has at least 30 queries', () => {
  expect(accuracyTable.filter((c) => c.top || c.includes || c.none || c.before).length).toBeGreaterThanOrEqual(30);
});

it('PostgreSQL splits text into the same tokens as lib/text (migration 401 repeats SEARCH_TOKEN_CHARS)', () => {
  expect(SEARCH_TOKEN_CHARS_401).toBe(SEARCH_TOKEN_CHARS);
});

const results: Record<string, Record<string, string[]>> = {};

describe.each(testDialects)('search accuracy (%s)', (dialect) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(dialect);
    const report = await syncContent(db, contentDocs());
    expect(report.errors).toEqual([]);
    await insertFixtures(db);
    results[dialect] = {};
  });

  it.each(accuracyTable.map((c, i) => [i, c.q.length > 40 ? `${c.q.slice(0, 40)}…(${c.q.length})` : c.q, c] as const))('#%i %s', async (i, _label, c) => {
    const input: SearchInput = { q: c.q, page: 1, ...c.filters };
    const r = await querySearch(db, input, NOW, 50);
    const slugs = r.items.map((h) => h.article.slug);
    results[dialect]![`#${i} ${c.q.slice(0, 60)}`] = slugs;
    if (c.none) {
      expect(slugs).toEqual([]);
      expect(r.total).toBe(0);
    }
    if (c.top) expect(slugs[0]).toBe(c.top);
    for (const s of c.includes ?? []) expect(slugs).toContain(s);
    for (const s of c.excludes ?? []) expect(slugs).not.toContain(s);
    if (c.before) {
      expect(slugs).toContain(c.before[0]);
      expect(slugs).toContain(c.before[1]);
      expect(slugs.indexOf(c.before[0])).toBeLessThan(slugs.indexOf(c.before[1]));
    }
    expect(r.total).toBe(slugs.length);
  });
});

describe.runIf(testDialects.length > 1)('both engines', () => {
  it('give the same results, in the same order, for every query of the table', () => {
    expect(Object.keys(results.postgres ?? {}).length).toBe(accuracyTable.length);
    expect(results.postgres).toEqual(results.sqlite);
  });
});
