import { describe, expect, it } from 'vitest';
import {
  foldVietnamese,
  formatVnDate,
  formatVnDateTime,
  formatVnWeekdayDate,
  includesFolded,
  formatPhotoCredit,
  formatVideoCredit,
  initials,
  parseVnLocal,
  slugify,
  toVnIso,
  toVnLocalInput,
} from './vietnamese';

describe('slugify', () => {
  it.each([
    ['Hội nghị tổng kết', 'hoi-nghi-tong-ket'],
    ['Đường Đỏ', 'duong-do'],
    ['Quốc phòng – An ninh', 'quoc-phong-an-ninh'],
    ['  Phó Bí thư Lê Văn Dũng!! ', 'pho-bi-thu-le-van-dung'],
    ['Giai đoạn 2016 - 2020', 'giai-doan-2016-2020'],
    ['Ảnh: T.C', 'anh-t-c'],
    ['Thủy điện, thuỷ lợi', 'thuy-dien-thuy-loi'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('handles decomposed (NFD) input the same as composed', () => {
    expect(slugify('Hội nghị'.normalize('NFD'))).toBe('hoi-nghi');
  });

  it('cuts long slugs at a word boundary', () => {
    const s = slugify('phối hợp '.repeat(40), 50);
    expect(s.length).toBeLessThanOrEqual(50);
    expect(s.endsWith('-')).toBe(false);
    expect(s.startsWith('phoi-hop-phoi-hop')).toBe(true);
  });
});

describe('foldVietnamese', () => {
  it('strips tones and marks and maps đ to d', () => {
    expect(foldVietnamese('Lê Văn Dũng')).toBe('le van dung');
    expect(foldVietnamese('ĐƯỜNG')).toBe('duong');
    expect(foldVietnamese('phối hợp')).toBe('phoi hop');
  });
  it('matches without accents', () => {
    expect(includesFolded('Phối hợp hoạt động', 'phoi hop')).toBe(true);
    expect(includesFolded('đường', 'duong')).toBe(true);
    expect(includesFolded('đường', 'dương')).toBe(true);
    expect(includesFolded('hội nghị', 'hoi thao')).toBe(false);
  });
});

describe('dates in Asia/Ho_Chi_Minh', () => {
  // 08:30 in Vietnam on Friday 27/11/2020 is 01:30 UTC.
  const instant = new Date('2020-11-27T01:30:00Z');
  it(`formats in GMT+7 whatever TZ (${process.env.TZ ?? 'unset'})`, () => {
    expect(formatVnDateTime(instant)).toBe('Thứ Sáu, 27/11/2020 08:30 (GMT+7)');
    expect(formatVnDate(instant)).toBe('27/11/2020');
    expect(toVnIso(instant)).toBe('2020-11-27T08:30:00+07:00');
  });
  it('crosses the date line correctly', () => {
    // 23:30 UTC on the 26th is already the 27th in Vietnam.
    expect(formatVnDate('2020-11-26T23:30:00Z')).toBe('27/11/2020');
    // 20:00 UTC on a Tuesday is already Wednesday in Vietnam.
    expect(formatVnWeekdayDate('2026-12-01T20:00:00Z')).toBe('Thứ Tư, 02/12/2026');
    expect(formatVnWeekdayDate('2026-12-01T16:59:00Z')).toBe('Thứ Ba, 01/12/2026');
    expect(formatVnDateTime('2020-11-29T17:00:00Z')).toBe('Thứ Hai, 30/11/2020 00:00 (GMT+7)');
  });
  it('parses a Vietnamese wall-clock time to UTC and back', () => {
    expect(parseVnLocal('2020-11-27T08:30')?.toISOString()).toBe('2020-11-27T01:30:00.000Z');
    expect(toVnLocalInput(instant)).toBe('2020-11-27T08:30');
    expect(parseVnLocal('2020-02-31T08:00')).toBeNull();
    expect(parseVnLocal('hôm qua')).toBeNull();
  });
  it('refuses an invalid date loudly', () => {
    expect(() => formatVnDate('not a date')).toThrow(RangeError);
  });
});

describe('initials', () => {
  it('makes a credit from a name', () => {
    expect(initials('Trần Công')).toBe('T.C');
    expect(initials('đỗ  anh')).toBe('Đ.A');
  });
});

describe('formatPhotoCredit', () => {
  it('prefixes a bare credit and keeps a complete one', () => {
    expect(formatPhotoCredit('T.C')).toBe('Ảnh: T.C');
    expect(formatPhotoCredit('Ảnh: T.C')).toBe('Ảnh: T.C');
    expect(formatPhotoCredit('Theo TTXVN')).toBe('Theo TTXVN');
    expect(formatPhotoCredit('Anh Tuấn')).toBe('Ảnh: Anh Tuấn');
    expect(formatPhotoCredit('Nguồn: UBND tỉnh')).toBe('Nguồn: UBND tỉnh');
    expect(formatPhotoCredit('  ')).toBe('');
  });
});

describe('formatVideoCredit', () => {
  it('prefixes a bare credit with "Video:" and keeps a complete one', () => {
    expect(formatVideoCredit('T.C')).toBe('Video: T.C');
    expect(formatVideoCredit('Video: Minh Hải')).toBe('Video: Minh Hải');
    expect(formatVideoCredit('Clip: bạn đọc gửi')).toBe('Clip: bạn đọc gửi');
    expect(formatVideoCredit('Theo VTV')).toBe('Theo VTV');
    expect(formatVideoCredit('Nguồn: Facebook UBND tỉnh')).toBe('Nguồn: Facebook UBND tỉnh');
    expect(formatVideoCredit('')).toBe('');
  });
});
