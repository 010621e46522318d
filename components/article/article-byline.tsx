import Link from 'next/link';
import { paths } from '@/lib/config/site';
import type { BylineRef } from '@/lib/articles/types';
import { bylineRoleLabels } from '@/lib/validations/article';

/** "T.C" / "Theo TTXVN" / "Nhóm PV", each linked to its author page. */
export function ArticleByline({ bylines, className }: { bylines: BylineRef[]; className?: string }) {
  if (!bylines.length) return null;
  return (
    <p className={className}>
      {bylines.map((b, i) => (
        <span key={`${b.slug}-${i}`}>
          {i > 0 ? ' – ' : null}
          {b.role === 'photographer' ? 'Ảnh: ' : null}
          <Link href={paths.author(b.slug)} className="font-semibold hover:underline" title={bylineRoleLabels[b.role]}>
            {b.name}
          </Link>
        </span>
      ))}
    </p>
  );
}
