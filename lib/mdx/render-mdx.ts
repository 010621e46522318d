import 'server-only';
import { compileMDX } from 'next-mdx-remote/rsc';
import type { Node } from 'unist';
import { pruneTree } from './allowlist';

/** The component map a body is rendered with (Figure, Gallery, Quote, ...). */
export type MdxComponents = NonNullable<Parameters<typeof compileMDX>[0]['components']>;

/** remark plugin: drop every node the allowlist refuses, before MDX compiles it. */
function remarkAllowlist() {
  return (tree: Node) => pruneTree(tree);
}

/**
 * The one renderer for every article body, from content/ or the database, with the
 * component map it is handed (components/mdx owns it). JavaScript is blocked and the
 * allowlist prunes anything else; this is the only module that knows next-mdx-remote.
 */
export async function renderMdx(body: string, components: MdxComponents) {
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
