import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { validateMdx } from '@/lib/mdx/validate-mdx';
import { checkPublishReadiness } from '@/lib/validations/publish-readiness';
import { figureSnippet, gallerySnippet } from './figure-snippet';

type El = { type: string; name?: string; attributes?: { name: string; value: string }[]; children?: El[] };
const figures = (body: string) => {
  const out: Record<string, string>[] = [];
  const walk = (n: El) => {
    if (n.name === 'Figure') out.push(Object.fromEntries((n.attributes ?? []).map((a) => [a.name, a.value])));
    n.children?.forEach(walk);
  };
  walk(unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as El);
  return out;
};

describe('figure snippets', () => {
  it('round-trips any caption through the MDX parser and passes the allowlist', () => {
    const f = { src: '/media/0123456789abcdef0123456789abcdef', alt: 'Đại biểu "ký kết" <chương trình>', caption: 'Dòng 1\nDòng 2 {x} & 100%', credit: 'T.C' };
    const body = `Mở đầu.\n\n${figureSnippet(f)}\n`;
    expect(validateMdx(body)).toEqual({ ok: true });
    expect(figures(body)).toEqual([{ ...f, caption: 'Dòng 1 Dòng 2 {x} & 100%' }]);
  });

  it('groups photos into a Gallery where each keeps its caption and credit', () => {
    const a = { src: '/media/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', alt: 'A', caption: 'Ảnh A', credit: 'T.C' };
    const b = { src: '/media/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', alt: 'B', caption: 'Ảnh B', credit: 'Lê Văn Dũng' };
    const body = gallerySnippet([a, b], 'Toàn cảnh hội nghị');
    expect(validateMdx(body)).toEqual({ ok: true });
    expect(figures(body)).toEqual([a, b]);
    expect(body.startsWith('<Gallery caption="Toàn cảnh hội nghị">')).toBe(true);
    // A photo without alt or credit is what publishing refuses.
    expect(checkPublishReadiness({ body: gallerySnippet([a, { ...b, credit: '' }]), cover: null })).toHaveLength(1);
  });
});
