/**
 * MDX → the visual editor's document. Each top-level block is converted, written back
 * and parsed again; only if that gives the same tree (positions and attribute order aside)
 * is it shown as visual content. Anything else — a construct the visual model has no node
 * for, or one it would change — is kept as a raw MDX block holding its exact source, so
 * opening a body in the visual editor can never drop or alter what it says.
 */
import type { Content, PhrasingContent, Root, RootContent } from 'mdast';
import { mdxParser } from '@/lib/mdx/mdx-parser';
import { figureAttrs, type PmDoc, type PmMark, type PmNode } from './model';
import { blockToMdx } from './to-mdx';
import { sameTree } from './same-tree';

class Unsupported extends Error {}

type Jsx = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: { type: string; name?: string; value?: unknown }[]; children: Content[] };

function jsxAttrs(node: Jsx, allowed: readonly string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const a of node.attributes) {
    // Expressions, spreads and unknown attributes have no field in a card: keep the block raw.
    if (a.type !== 'mdxJsxAttribute' || !a.name || !allowed.includes(a.name)) throw new Unsupported();
    if (a.value !== null && typeof a.value !== 'string') throw new Unsupported();
    out[a.name] = a.value ?? '';
  }
  return out;
}

function inline(nodes: PhrasingContent[], marks: PmMark[] = []): PmNode[] {
  return nodes.flatMap((n): PmNode[] => {
    switch (n.type) {
      case 'text':
        return n.value === '' ? [] : [{ type: 'text', text: n.value, ...(marks.length ? { marks } : {}) }];
      case 'strong':
        return inline(n.children, [...marks, { type: 'bold' }]);
      case 'emphasis':
        return inline(n.children, [...marks, { type: 'italic' }]);
      case 'inlineCode':
        return [{ type: 'text', text: n.value, marks: [...marks, { type: 'code' }] }];
      case 'link':
        return inline(n.children, [...marks, { type: 'link', attrs: { href: n.url, title: n.title ?? null } }]);
      case 'break':
        return [{ type: 'hardBreak' }];
      default:
        throw new Unsupported();
    }
  });
}

function figure(node: Jsx): PmNode {
  if (node.children.length) throw new Unsupported();
  return { type: 'figure', attrs: jsxAttrs(node, figureAttrs) };
}

function block(node: Content): PmNode {
  switch (node.type) {
    case 'paragraph': {
      // `<Quote …>words</Quote>` on one line is a paragraph holding the quote: keep that form.
      const only = node.children.length === 1 ? (node.children[0] as unknown as Jsx) : null;
      if (only?.type === 'mdxJsxTextElement' && only.name === 'Quote') {
        return { type: 'quote', attrs: { ...jsxAttrs(only, ['author', 'role']), inline: true }, content: [{ type: 'paragraph', content: inline(only.children as PhrasingContent[]) }] };
      }
      return { type: 'paragraph', content: inline(node.children) };
    }
    case 'heading':
      return { type: 'heading', attrs: { level: node.depth }, content: inline(node.children) };
    case 'blockquote':
      return { type: 'blockquote', content: node.children.map(block) };
    case 'thematicBreak':
      return { type: 'horizontalRule' };
    case 'list': {
      const items = node.children.map((item) => {
        if (item.checked !== null && item.checked !== undefined) throw new Unsupported();
        return { type: 'listItem', content: item.children.length ? item.children.map(block) : [{ type: 'paragraph' }] };
      });
      const spread = Boolean(node.spread);
      return node.ordered
        ? { type: 'orderedList', attrs: { start: node.start ?? 1, spread }, content: items }
        : { type: 'bulletList', attrs: { spread }, content: items };
    }
    case 'mdxJsxFlowElement': {
      const el = node as unknown as Jsx;
      if (el.name === 'Figure') return figure(el);
      if (el.name === 'Gallery') {
        const figures = el.children.map((c) => {
          if (c.type !== 'mdxJsxFlowElement' || (c as unknown as Jsx).name !== 'Figure') throw new Unsupported();
          return figure(c as unknown as Jsx);
        });
        if (!figures.length) throw new Unsupported();
        return { type: 'gallery', attrs: jsxAttrs(el, ['caption']), content: figures };
      }
      if (el.name === 'Quote') {
        const content = el.children.map(block);
        return { type: 'quote', attrs: jsxAttrs(el, ['author', 'role']), content: content.length ? content : [{ type: 'paragraph' }] };
      }
      throw new Unsupported();
    }
    default:
      throw new Unsupported();
  }
}

export const rawBlock = (source: string): PmNode => ({ type: 'rawMdx', attrs: { source } });

/** One top-level block: visual when it survives the round trip unchanged, raw otherwise. */
function topLevel(node: RootContent, source: string): PmNode {
  const slice = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? source.length);
  try {
    const pm = block(node as Content);
    const again = mdxParser.parse(blockToMdx(pm)) as Root;
    if (again.children.length === 1 && sameTree(again.children[0], node)) return pm;
  } catch {
    // Unsupported construct or a serialisation the parser reads differently: fall through.
  }
  return rawBlock(slice);
}

/** Parse a body for the visual editor. A body that does not parse at all becomes one raw block. */
export function mdxToDoc(source: string): PmDoc {
  let tree: Root;
  try {
    tree = mdxParser.parse(source) as Root;
  } catch {
    return { type: 'doc', content: source.trim() ? [rawBlock(source)] : [{ type: 'paragraph' }] };
  }
  const content = tree.children.map((n) => topLevel(n, source));
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
