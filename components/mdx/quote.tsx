import type { ReactNode } from 'react';

/** A pull quote, with who said it. */
export function Quote({ children, author, role }: { children?: ReactNode; author?: string; role?: string }) {
  return (
    <figure className="article-quote my-6 border-l-4 border-red-800 pl-4">
      <blockquote className="font-serif text-lg italic text-stone-900 [&>p]:my-1">{children}</blockquote>
      {author && (
        <figcaption className="mt-2 text-sm text-stone-700">
          — <span className="font-semibold">{author}</span>
          {role ? `, ${role}` : null}
        </figcaption>
      )}
    </figure>
  );
}
