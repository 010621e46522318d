/**
 * The visual editor's document → MDX, through mdast and remark's own serializer (with
 * its MDX extension), so escaping (`*`, `<`, `{`) is the parser's mirror image. Raw MDX
 * blocks are written back verbatim.
 */
import type { BlockContent, Content, ListItem, PhrasingContent, Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { type Options, toMarkdown } from 'mdast-util-to-markdown';
import { figureAttrs, type PmDoc, type PmMark, type PmNode } from './model';

/** Outermost first: the one nesting the serializer writes (see from-mdx's raw fallback). */
const markOrder = ['link', 'italic', 'bold', 'code'] as const;
const sameMark = (a: PmMark, b: PmMark) => JSON.stringify(a) === JSON.stringify(b);

/** "**Tam Kỳ **" cannot be written as Markdown (it would need &#x20;): edge spaces move outside the marks. */
function edgeSpacesOut(nodes: PmNode[]): PmNode[] {
  return nodes.flatMap((n) => {
    if (n.type !== 'text' || !n.text || !n.marks?.length || n.marks.some((m) => m.type === 'code')) return [n];
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(n.text)!;
    return [lead && { type: 'text', text: lead }, core && { ...n, text: core }, trail && { type: 'text', text: trail }].filter(Boolean) as PmNode[];
  });
}

function phrasing(input: PmNode[] = []): PhrasingContent[] {
  const nodes = edgeSpacesOut(input);
  const root: PhrasingContent[] = [];
  // Open marks and the child list each one writes into.
  const stack: { mark: PmMark; children: PhrasingContent[] }[] = [];
  const target = () => (stack.length ? stack[stack.length - 1]!.children : root);
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      stack.length = 0;
      root.push({ type: 'break' });
      continue;
    }
    if (node.type !== 'text' || !node.text) continue;
    const marks = [...(node.marks ?? [])].sort((a, b) => markOrder.indexOf(a.type) - markOrder.indexOf(b.type));
    const code = marks.some((m) => m.type === 'code');
    const wrapping = marks.filter((m) => m.type !== 'code');
    let keep = 0;
    while (keep < stack.length && keep < wrapping.length && sameMark(stack[keep]!.mark, wrapping[keep]!)) keep++;
    stack.length = keep;
    for (const mark of wrapping.slice(keep)) {
      const children: PhrasingContent[] = [];
      const el: PhrasingContent =
        mark.type === 'link'
          ? { type: 'link', url: mark.attrs.href, title: mark.attrs.title ?? null, children }
          : { type: mark.type === 'bold' ? 'strong' : 'emphasis', children };
      target().push(el);
      stack.push({ mark, children });
    }
    const into = target();
    const last = into[into.length - 1];
    if (code) into.push({ type: 'inlineCode', value: node.text });
    else if (last?.type === 'text') last.value += node.text;
    else into.push({ type: 'text', value: node.text });
  }
  return root;
}

function jsx(name: string, attrs: Record<string, unknown> | undefined, order: readonly string[], children: Content[]): Content {
  const attributes = order
    .filter((k) => attrs?.[k] !== null && attrs?.[k] !== undefined)
    .map((k) => ({ type: 'mdxJsxAttribute' as const, name: k, value: String(attrs![k]) }));
  return { type: 'mdxJsxFlowElement', name, attributes, children } as unknown as Content;
}

function toMdast(node: PmNode): Content | null {
  const children = () => (node.content ?? []).map(toMdast).filter((c): c is Content => c !== null);
  switch (node.type) {
    case 'paragraph': {
      // A line break at either end of a paragraph shows nothing (Markdown cannot even write one there).
      const kids = phrasing(node.content);
      while (kids[0]?.type === 'break') kids.shift();
      while (kids[kids.length - 1]?.type === 'break') kids.pop();
      return kids.length ? { type: 'paragraph', children: kids } : null;
    }
    case 'heading':
      return { type: 'heading', depth: Number(node.attrs?.level ?? 2) as 1 | 2 | 3 | 4 | 5 | 6, children: phrasing(node.content) };
    case 'blockquote':
      return { type: 'blockquote', children: children() as BlockContent[] };
    case 'horizontalRule':
      return { type: 'thematicBreak' };
    case 'bulletList':
    case 'orderedList': {
      const ordered = node.type === 'orderedList';
      const items: ListItem[] = (node.content ?? []).map((item) => ({
        type: 'listItem',
        spread: Boolean(item.attrs?.spread),
        checked: null,
        children: (item.content ?? []).map(toMdast).filter((c): c is Content => c !== null) as BlockContent[],
      }));
      return { type: 'list', ordered, start: ordered ? Number(node.attrs?.start ?? 1) : null, spread: Boolean(node.attrs?.spread), children: items };
    }
    case 'figure':
      return jsx('Figure', node.attrs, figureAttrs, []);
    case 'gallery': {
      // One photo a line, as people write a gallery (the MDX serializer puts a blank line between
      // JSX children, and has no option against it): the figures go in as one verbatim block.
      const figures = children().map((f) => serialize([f])).join('\n');
      return jsx('Gallery', node.attrs, ['caption'], [{ type: 'html', value: figures }]);
    }
    case 'quote': {
      const [only, ...more] = node.content ?? [];
      if (node.attrs?.inline && only?.type === 'paragraph' && more.length === 0) {
        const el = jsx('Quote', node.attrs, ['author', 'role'], phrasing(only.content) as Content[]);
        return { type: 'paragraph', children: [{ ...el, type: 'mdxJsxTextElement' } as unknown as PhrasingContent] };
      }
      return jsx('Quote', node.attrs, ['author', 'role'], children());
    }
    case 'rawMdx':
      // An html node is written out verbatim, which is what a raw block needs.
      return { type: 'html', value: String(node.attrs?.source ?? '') };
    default:
      return null;
  }
}

const options: Options = { extensions: [mdxToMarkdown()], bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one', fences: true };

function serialize(nodes: Content[]): string {
  return toMarkdown({ type: 'root', children: nodes } as Root, options).replace(/\n+$/, '');
}

/** One block as MDX (used by from-mdx to check that a block survives the round trip). */
export function blockToMdx(node: PmNode): string {
  const md = toMdast(node);
  return md ? serialize([md]) : '';
}

export function docToMdx(doc: PmDoc): string {
  return serialize(doc.content.map(toMdast).filter((c): c is Content => c !== null));
}
