import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { mdxParser } from '@/lib/mdx/mdx-parser';
import { renderBodyHtml } from '@/lib/mdx/render-html';
import { validateMdx } from '@/lib/mdx/validate-mdx';
import { mdxToDoc } from './from-mdx';
import { sameTree } from './same-tree';
import { docToMdx } from './to-mdx';

const dir = path.resolve(import.meta.dirname, '../../content/articles');
const articles = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx'));
const bodyOf = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

/** Every allowlisted construct, and each mark and block the visual model holds, in Vietnamese. */
const corpus: Record<string, { body: string; visual: boolean }> = {
  paragraphs: { body: 'Sáng nay, tại Tam Kỳ, Quảng Nam.\n\nĐoạn thứ hai của phường Hòa Thuận.', visual: true },
  marks: { body: 'Có **chữ đậm**, _chữ nghiêng_, ***cả hai*** và `mã`.', visual: true },
  link: { body: 'Xem [cổng thông tin](https://quangnam.gov.vn "Tỉnh") và [thư](mailto:toasoan@example.vn).', visual: true },
  boldLink: { body: 'Theo [**Báo Quảng Nam**](https://baoquangnam.vn).', visual: true },
  headings: { body: '## Tiêu đề mục\n\n### Mục nhỏ\n\nNội dung.', visual: true },
  bullets: { body: '- Một\n- Hai có **đậm**\n- Ba', visual: true },
  ordered: { body: '3. Ba\n4. Bốn', visual: true },
  looseList: { body: '- Đoạn một\n\n- Đoạn hai\n\n  Còn tiếp.', visual: true },
  nestedList: { body: '- Cha\n  - Con\n  - Con hai\n- Cha hai', visual: true },
  blockquote: { body: '> Trích dẫn thường.\n>\n> Đoạn hai.', visual: true },
  rule: { body: 'Trên\n\n---\n\nDưới', visual: true },
  hardBreak: { body: 'Dòng một\\\ndòng hai', visual: true },
  escapes: { body: 'Giá 5 \\* 3, dấu \\{ngoặc\\} và 1 \\< 2.', visual: true },
  figure: { body: '<Figure src="/media/abc.jpg" alt="Cầu Cửa Đại" caption="Cầu Cửa Đại." credit="T.C" />', visual: true },
  figureEmptyAndSize: { body: '<Figure src="a.jpg" alt="" caption="" credit="" width="1600" height="1067" />', visual: true },
  figureAttrOrder: { body: '<Figure credit="T.C" src="a.jpg" alt="Ảnh" />', visual: true },
  gallery: { body: '<Gallery caption="Lễ ra quân">\n  <Figure src="a.jpg" alt="Một" caption="Một." credit="T.C" />\n  <Figure src="b.jpg" alt="Hai" credit="Minh Hải" />\n</Gallery>', visual: true },
  quoteFlow: { body: '<Quote author="Ông Lê Văn Dũng" role="Chủ tịch UBND tỉnh">\n  Phải làm **quyết liệt**.\n\n  Đoạn hai.\n</Quote>', visual: true },
  quoteInline: { body: '<Quote author="Ban Biên tập">Mỗi bài ghi rõ nguồn.</Quote>', visual: true },
  sup: { body: 'Diện tích 10 km<sup>2</sup>, H<sub>2</sub>O, <mark>lưu ý</mark>.', visual: false },
  abbr: { body: '<abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh.', visual: false },
  br: { body: 'Dòng một<br />dòng hai', visual: false },
  image: { body: '![Ảnh](/media/a.jpg)', visual: false },
  code: { body: '```\nnpm run samples:remove\n```', visual: false },
  galleryWithText: { body: '<Gallery>\n  Chữ lạc.\n</Gallery>', visual: false },
};

function check(body: string) {
  const doc = mdxToDoc(body);
  const out = docToMdx(doc);
  // Same tree (positions and attribute order aside), same page, still passes the allowlist …
  expect(sameTree(mdxParser.parse(out) as Root, mdxParser.parse(body) as Root)).toBe(true);
  expect(renderBodyHtml(out).html).toBe(renderBodyHtml(body).html);
  expect(validateMdx(out).ok).toBe(validateMdx(body).ok);
  // … and a second trip changes nothing at all.
  expect(docToMdx(mdxToDoc(out))).toBe(out);
  return { doc, out };
}

describe('MDX ↔ visual editor round trip', () => {
  it.each(articles)('content/articles/%s comes back the same, with no raw blocks', (file) => {
    const { doc } = check(bodyOf(file));
    expect(doc.content.filter((n) => n.type === 'rawMdx')).toEqual([]);
  });

  it.each(Object.entries(corpus))('%s', (_name, { body, visual }) => {
    const { doc } = check(body);
    expect(doc.content.some((n) => n.type === 'rawMdx')).toBe(!visual);
  });

  it('keeps what the visual model cannot hold as a raw block with its exact source', () => {
    const body = 'Trước.\n\nDiện tích 10 km<sup>2</sup>.\n\nSau.';
    expect(mdxToDoc(body).content[1]).toEqual({ type: 'rawMdx', attrs: { source: 'Diện tích 10 km<sup>2</sup>.' } });
    expect(docToMdx(mdxToDoc(body))).toBe(body);
  });

  it('writes back hand-written canonical MDX byte for byte (a gallery keeps one photo a line)', () => {
    for (const name of ['gallery', 'quoteInline', 'figure', 'bullets', 'headings', 'link'] as const) {
      expect(docToMdx(mdxToDoc(corpus[name]!.body))).toBe(corpus[name]!.body);
    }
  });

  it('moves spaces at the edge of bold or italic outside it (as pasted from Word)', () => {
    const doc = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: '(QNO) – ', marks: [{ type: 'bold' as const }] }, { type: 'text', text: 'Sáng nay' }] }] };
    expect(docToMdx(doc)).toBe('**(QNO) –** Sáng nay');
  });

  it('keeps a body that does not parse as one raw block, word for word', () => {
    const broken = 'Đoạn <Figure src="a.jpg"\n\nchưa đóng thẻ';
    expect(docToMdx(mdxToDoc(broken))).toBe(broken);
  });

  it('writes the allowlist attribute order and drops empty paragraphs', () => {
    const doc = mdxToDoc('<Figure credit="T.C" src="a.jpg" alt="Ảnh" />');
    expect(docToMdx({ type: 'doc', content: [{ type: 'paragraph' }, ...doc.content] })).toBe('<Figure src="a.jpg" alt="Ảnh" credit="T.C" />');
  });
});
