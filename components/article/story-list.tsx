import type { ArticleSummary } from '@/lib/articles/types';
import { ArticleCard } from './article-card';

/** A titled list of compact stories (Tin liên quan, Cùng chuyên mục, Tin mới): one markup for the side blocks. Hidden when empty. */
export function StoryList({ id, title, stories }: { id: string; title: string; stories: ArticleSummary[] }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 border-b-2 border-[var(--color-brand)] pb-1 text-sm font-bold uppercase tracking-wide text-[var(--color-brand)]">
        {title}
      </h2>
      <ul className="space-y-4">
        {stories.map((a) => (
          <li key={a.id}>
            <ArticleCard article={a} variant="compact" />
          </li>
        ))}
      </ul>
    </section>
  );
}
