import 'server-only';
import { compileMDX } from 'next-mdx-remote/rsc';
import type { Node } from 'unist';
import { Figure, type FigureProps } from '@/components/mdx/figure';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { pruneTree } from './allowlist';

/** remark plugin: drop every node the allowlist refuses, before MDX compiles it. */
function remarkAllowlist() {
  return (tree: Node) => pruneTree(tree);
}

/**
 * The one renderer for every article body, from content/ or the database.
 * JavaScript is blocked (blockJS), and the allowlist prunes anything else.
 * This module is the only place that knows about next-mdx-remote.
 */
export async function renderMdx(body: string, opts: { priorityImage?: string } = {}) {
  const components = opts.priorityImage
    ? { ...mdxComponents, Figure: (p: FigureProps) => <Figure {...p} priority={p.src === opts.priorityImage} /> }
    : mdxComponents;
  const { content } = await compileMDX({
    source: body,
    components,
    options: {
      blockJS: true,
      blockDangerousJS: true,
      parseFrontmatter: false,
      mdxOptions: { remarkPlugins: [remarkAllowlist], format: 'mdx' },
    },
  });
  return content;
}
