import { Children, cloneElement, isValidElement, type ReactNode } from 'react';

/** Each photo is half the article column from 640px up: ask the browser for a smaller variant. */
const GALLERY_SIZES = '(min-width: 768px) 360px, (min-width: 640px) 50vw, 100vw';

/** Several photos together; each <Figure> inside keeps its own caption and credit. */
export function Gallery({ children, caption }: { children?: ReactNode; caption?: string }) {
  const items = Children.map(children, (child) =>
    isValidElement<{ src?: string; sizes?: string }>(child) && typeof child.props.src === 'string' && !child.props.sizes ? cloneElement(child, { sizes: GALLERY_SIZES }) : child,
  );
  return (
    <section className="article-gallery not-prose my-6" aria-label={caption || 'Bộ ảnh'}>
      <div className="grid gap-4 sm:grid-cols-2 [&_figure]:my-0">{items}</div>
      {caption && <p className="mt-2 text-sm text-stone-700">{caption}</p>}
    </section>
  );
}
