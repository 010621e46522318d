import { mdxParser as parser } from './mdx-parser';
import type { Node, Parent } from 'unist';

const TEXT_ATTRIBUTES = new Set(['caption', 'alt', 'credit', 'author']);

/**
 * The words of an MDX body as a reader sees them (text, and the captions and
 * credits of its figures), for search and reading time. Never throws: a body
 * that does not parse yields its raw text without tags.
 */
export function mdxToPlainText(body: string): string {
  let tree: Node;
  try {
    tree = parser.parse(body);
  } catch {
    return body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  }
  const out: string[] = [];
  const walk = (node: Node) => {
    if ((node.type === 'text' || node.type === 'inlineCode') && 'value' in node) out.push(String(node.value));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attr of (node as Node & { attributes?: { type: string; name?: string; value?: unknown }[] }).attributes ?? []) {
        if (attr.type === 'mdxJsxAttribute' && attr.name && TEXT_ATTRIBUTES.has(attr.name) && typeof attr.value === 'string') out.push(attr.value);
      }
    }
    const children = (node as Parent).children;
    if (Array.isArray(children)) children.forEach(walk);
    if (node.type === 'paragraph' || node.type === 'heading') out.push('\n');
  };
  walk(tree);
  return out.join(' ').replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}
