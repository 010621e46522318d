import type { ReactNode } from 'react';

/** Several photos together; each <Figure> inside keeps its own caption and credit. */
export function Gallery({ children, caption }: { children?: ReactNode; caption?: string }) {
  return (
    <section className="article-gallery not-prose my-6" aria-label={caption || 'Bộ ảnh'}>
      <div className="grid gap-4 sm:grid-cols-2 [&_figure]:my-0">{children}</div>
      {caption && <p className="mt-2 text-sm text-stone-700">{caption}</p>}
    </section>
  );
}
