import 'server-only';
import { renderMdx } from '@/lib/mdx/render-mdx';
import { Figure, type FigureProps } from './figure';
import { mdxComponents } from './mdx-components';

/** An article body through the one renderer; the cover photo, when it is also in the body, loads first. */
export async function ArticleBody({ body, priorityImage }: { body: string; priorityImage?: string }) {
  const components = priorityImage ? { ...mdxComponents, Figure: (p: FigureProps) => <Figure {...p} priority={p.src === priorityImage} /> } : mdxComponents;
  return renderMdx(body, components);
}
