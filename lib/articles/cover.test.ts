import { describe, expect, it } from 'vitest';
import { isCoverInBody } from './cover';

describe('isCoverInBody', () => {
  it('is true only when the body shows the cover photo itself', () => {
    const cover = { src: '/media/0123456789abcdef0123456789abcdef' };
    expect(isCoverInBody(`Đoạn một.\n\n<Figure src="${cover.src}" alt="Cầu" caption="" credit="T.C" />`, cover)).toBe(true);
    expect(isCoverInBody('Đoạn một.\n\n<Figure src="/media/ffffffffffffffffffffffffffffffff" alt="Khác" />', cover)).toBe(false);
    expect(isCoverInBody('Không có ảnh.', null)).toBe(false);
  });
});
