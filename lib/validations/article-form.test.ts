import { describe, expect, it } from 'vitest';
import { articleFormErrors, articleFormObject, articleFormSchema } from './article';

function form(entries: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
}

const valid = {
  title: 'Hội nghị tổng kết phối hợp hoạt động',
  slug: '',
  summary: 'Sáng 27/11, Bộ CHQS tỉnh tổ chức hội nghị tổng kết.',
  body: 'Đoạn một.\r\n\r\nĐoạn hai.',
  category: 'quoc-phong-an-ninh',
  tags: 'Quốc phòng, quốc phòng, Mặt trận',
  dateline: ' Quảng Nam ',
  'bylines.0.name': 'T.C',
  'bylines.0.role': 'reporter',
  'bylines.1.name': '',
  'bylines.1.role': 'photographer',
  'bylines.2.name': 'Theo TTXVN',
  'bylines.2.role': 'source',
  'cover.src': '',
  'cover.alt': '',
  'cover.caption': '',
  'cover.credit': '',
  version: '3',
};

describe('articleFormSchema (the editor form, parsed by the one article schema)', () => {
  it('turns the form strings into article fields', () => {
    const parsed = articleFormSchema.parse(articleFormObject(form(valid)));
    expect(parsed).toMatchObject({
      slug: 'hoi-nghi-tong-ket-phoi-hop-hoat-dong',
      body: 'Đoạn một.\n\nĐoạn hai.',
      tags: ['Quốc phòng', 'Mặt trận'],
      dateline: 'Quảng Nam',
      bylines: [
        { name: 'T.C', role: 'reporter' },
        { name: 'Theo TTXVN', role: 'source' },
      ],
      cover: null,
      version: 3,
    });
  });

  it('names each bad field as the form names it, in Vietnamese', () => {
    const bad = form({ ...valid, title: 'Ngắn', slug: 'Có Dấu', 'cover.src': '/a.jpg', 'bylines.0.role': 'hacker', category: 'Khác!' });
    const result = articleFormSchema.safeParse(articleFormObject(bad));
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = articleFormErrors(result.error);
    expect(errors.title).toBe('Tiêu đề cần ít nhất 5 ký tự.');
    expect(errors.slug).toMatch(/chữ thường không dấu/);
    expect(errors.category).toBe('Chuyên mục không hợp lệ.');
    expect(errors['bylines.0.role']).toBe('Vai trò tác giả không hợp lệ.');
  });

  it('needs at least one byline', () => {
    const result = articleFormSchema.safeParse(articleFormObject(form({ ...valid, 'bylines.0.name': ' ', 'bylines.2.name': '' })));
    expect(result.success).toBe(false);
    if (!result.success) expect(articleFormErrors(result.error).bylines).toBe('Cần ít nhất một tác giả.');
  });
});
