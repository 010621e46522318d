import { describe, expect, it } from 'vitest';
import { statusLine, statusWord } from './status-text';

const NOW = '2026-11-28T09:00:00.000Z';

describe('the status a person reads', () => {
  it('reads "Đã đăng" for a scheduled article whose time has passed, with no "đăng lúc"', () => {
    const due = { status: 'scheduled' as const, publishedAt: '2026-11-28T08:59:00.000Z' };
    expect(statusWord(due, NOW)).toBe('Đã đăng');
    expect(statusLine(due, NOW)).toEqual({ word: 'Đã đăng', when: null });
    expect(statusLine({ status: 'scheduled', publishedAt: NOW }, NOW).word).toBe('Đã đăng');
  });

  it('reads "Hẹn giờ" with its time in GMT+7 while the time is still to come', () => {
    const later = { status: 'scheduled' as const, publishedAt: '2026-11-28T09:30:00.000Z' };
    expect(statusLine(later, NOW)).toEqual({ word: 'Hẹn giờ', when: 'đăng lúc 28/11/2026 16:30 (GMT+7)' });
  });

  it('keeps every other status as it is, and says "Chưa lưu" before the first save', () => {
    expect(statusWord({ status: 'draft', publishedAt: null }, NOW)).toBe('Bản nháp');
    expect(statusWord({ status: 'unpublished', publishedAt: '2026-11-01T00:00:00.000Z' }, NOW)).toBe('Đã gỡ');
    expect(statusLine(null, NOW)).toEqual({ word: 'Chưa lưu', when: null });
  });
});
