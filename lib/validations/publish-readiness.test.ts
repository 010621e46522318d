import { describe, expect, it } from 'vitest';
import { checkPublishReadiness, isReadyToPublish } from './publish-readiness';

const cover = { src: '/anh/bia.jpg', alt: 'Đê biển Hội An', caption: 'Đê biển', credit: 'T.C' };

describe('checkPublishReadiness', () => {
  it('accepts an article whose every photo has alt text and a credit', () => {
    const body = 'Mở đầu.\n\n<Figure src="/a.jpg" alt="Một" credit="T.C" />\n\n<Gallery caption="Bộ ảnh">\n<Figure src="/b.jpg" alt="Hai" credit="Theo TTXVN" />\n</Gallery>';
    expect(checkPublishReadiness({ body, cover })).toEqual([]);
    expect(isReadyToPublish({ body: 'Không có ảnh.', cover: null })).toBe(true);
  });

  it('lists the cover and each figure missing alt or credit, with the line and src', () => {
    const body = 'Mở đầu.\n\n<Figure src="/a.jpg" credit="T.C" />\n\nGiữa.\n\n<Gallery>\n<Figure src="/b.jpg" alt="  " />\n</Gallery>';
    const problems = checkPublishReadiness({ body, cover: { ...cover, alt: '', credit: ' ' } });
    expect(problems.map((p) => [p.where, p.line, p.src, p.missing])).toEqual([
      ['cover', null, '/anh/bia.jpg', ['alt', 'credit']],
      ['body', 3, '/a.jpg', ['alt']],
      ['body', 8, '/b.jpg', ['alt', 'credit']],
    ]);
    expect(problems[0]!.message).toBe('Ảnh bìa thiếu mô tả ảnh cho người khiếm thị và tên người chụp.');
    expect(problems[1]!.message).toBe('Dòng 3: ảnh "/a.jpg" thiếu mô tả ảnh cho người khiếm thị.');
  });

  it('leaves a body that does not parse to the save-time check', () => {
    expect(checkPublishReadiness({ body: '<Figure src="/a.jpg"', cover: null })).toEqual([]);
  });
});
