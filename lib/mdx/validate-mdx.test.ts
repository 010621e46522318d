import { compile } from '@mdx-js/mdx';
import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, pruneTree } from './allowlist';
import { formatMdxIssues, validateMdx } from './validate-mdx';

const issues = (body: string) => {
  const r = validateMdx(body);
  return r.ok ? [] : formatMdxIssues(r.issues);
};

describe('validateMdx: what a body may hold', () => {
  it('accepts prose, markdown and the component map', () => {
    const body = [
      '## Tiêu đề phụ',
      '',
      'Đoạn văn có **chữ đậm**, [liên kết](https://baoquangnam.vn) và [đường dẫn](/bai/abc).',
      '',
      '<Figure src="anh.jpg" alt="Mô tả" caption="Chú thích" credit="T.C" />',
      '',
      '<Gallery caption="Bộ ảnh">',
      '  <Figure src="a.jpg" alt="A" credit="T.C" />',
      '  <Figure src="b.jpg" alt="B" credit="Theo TTXVN" />',
      '</Gallery>',
      '',
      '<Quote author="Lê Văn Dũng">Phát huy tinh thần đoàn kết.</Quote>',
    ].join('\n');
    expect(issues(body)).toEqual([]);
  });

  it.each([
    ['a <script> element', 'Mở đầu\n\n<script>alert(1)</script>', /Dòng 3: Thẻ <script> không được phép/],
    ['a script inside text', 'Chữ <script src="x.js"></script> cuối', /Dòng 1: Thẻ <script> không được phép/],
    ['an on* attribute', 'A\n\n<Figure src="a.jpg" alt="x" credit="T.C" onError="alert(1)" />', /Dòng 3: Thuộc tính "onError" không được phép/],
    ['a lower-case onload on an HTML tag', '<mark onload="x()">y</mark>', /Thuộc tính "onload" không được phép/],
    ['a javascript: link', 'Xem [đây](javascript:alert(1))', /Liên kết không an toàn/],
    ['an entity-encoded javascript: link', 'Xem [đây](&#106;avascript:alert(1))', /Liên kết không an toàn/],
    ['an autolink to javascript:', 'Xem <javascript:alert(1)>', /Liên kết không an toàn|không được phép|Lỗi cú pháp/],
    ['a javascript: src', '<Figure src="javascript:alert(1)" alt="x" credit="T.C" />', /Đường dẫn không an toàn/],
    ['a data: URL image', '![x](data:text/html;base64,PHNjcmlwdD4=)', /Liên kết không an toàn/],
    ['an import', 'import X from "y"\n\nChữ', /Dòng 1: Không được dùng import\/export/],
    ['an export', 'export const a = 1\n\nChữ', /Không được dùng import\/export/],
    ['a {…} expression', 'Một\n\nHai {alert(1)} ba', /Dòng 3: Không được dùng biểu thức/],
    ['an expression attribute', '<Figure src={x} alt="a" credit="T.C" />', /phải là chuỗi|biểu thức/],
    ['a spread attribute', '<Figure {...props} />', /biểu thức/],
    ['an iframe', '<iframe src="https://evil.example" />', /Thẻ <iframe> không được phép/],
    ['a style tag', '<style>{`body{display:none}`}</style>', /Thẻ <style> không được phép/],
    ['a broken tag', 'Chữ\n\n<Figure src="a.jpg"\n\nHết', /Dòng \d+: Lỗi cú pháp MDX/],
    ['an unclosed component', '<Quote>Chưa đóng', /Lỗi cú pháp MDX/],
    ['a fragment', '<>x</>', /thẻ rỗng/],
  ])('refuses %s, naming the line', (_name, body, message) => {
    const found = issues(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });
});

describe('isSafeUrl', () => {
  it.each(['https://a.vn/x', 'http://a.vn', '/bai/x', '#muc-1', 'anh.jpg', 'mailto:toasoan@a.vn', 'tel:+842353'])('allows %s', (u) => expect(isSafeUrl(u)).toBe(true));
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:x', 'java\nscript:x', 'vbscript:x', 'data:text/html,x', '//evil.example/x', 'file:///etc/passwd'])('refuses %s', (u) =>
    expect(isSafeUrl(u)).toBe(false),
  );
});

describe('render-time pruning (the same allowlist, for bodies that skipped the check)', () => {
  const compiled = async (body: string) =>
    String(await compile(body, { remarkPlugins: [() => (tree: Node) => pruneTree(tree)], outputFormat: 'function-body' }));

  it('drops scripts, event handlers and javascript: links before compiling', async () => {
    const code = await compiled(
      ['Trước', '', '<script>alert(1)</script>', '', '<Figure src="a.jpg" alt="x" credit="T.C" onError="alert(2)" />', '', '[bấm](javascript:alert(3))', '', '<iframe src="https://x" />', '', 'Sau'].join('\n'),
    );
    expect(code).toContain('Trước');
    expect(code).toContain('Sau');
    expect(code).not.toMatch(/script/i);
    expect(code).not.toMatch(/alert/);
    expect(code).not.toMatch(/iframe/);
  });

  it('keeps allowed components with their attributes', async () => {
    const code = await compiled('<Figure src="a.jpg" alt="Mô tả" caption="Chú thích" credit="T.C" />');
    expect(code).toContain('Figure');
    expect(code).toContain('Chú thích');
  });
});
