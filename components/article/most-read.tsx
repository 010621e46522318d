import Link from 'next/link';
import { paths } from '@/lib/config/site';
import { getMostRead } from '@/lib/articles/cached';
import type { MostRead } from '@/lib/articles/queries';

function List({ items, label }: { items: MostRead[]; label: string }) {
  return (
    <div>
      <h3 className="mb-2 text-xs font-bold uppercase tracking-wide text-stone-600">{label}</h3>
      <ol className="space-y-3">
        {items.map((a, i) => (
          <li key={a.id} className="grid grid-cols-[1.75rem_1fr] gap-2">
            <span aria-hidden="true" className="font-serif text-2xl font-bold leading-none text-[var(--color-brand)]">
              {i + 1}
            </span>
            <Link href={paths.article(a.slug)} className="font-serif text-base font-bold leading-snug hover:text-[var(--color-brand)]">
              {a.title}
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** "Đọc nhiều": most read in the last 24 hours and 7 days (cached, recounted every few minutes). Hidden while nothing is counted. */
export async function MostReadBlock({ id = 'doc-nhieu', className = '', wide = false }: { id?: string; className?: string; wide?: boolean }) {
  const [day, week] = await Promise.all([getMostRead(24), getMostRead(24 * 7)]);
  if (!day.length && !week.length) return null;
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-3 border-b-2 border-[var(--color-brand)] pb-1 text-sm font-bold uppercase tracking-wide text-[var(--color-brand)]">
        Đọc nhiều
      </h2>
      <div className={`grid gap-6 sm:grid-cols-2 ${wide ? '' : 'lg:grid-cols-1'}`}>
        {day.length > 0 && <List items={day} label="24 giờ qua" />}
        {week.length > 0 && <List items={week} label="7 ngày qua" />}
      </div>
    </section>
  );
}
