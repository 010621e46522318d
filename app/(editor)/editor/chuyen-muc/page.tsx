import type { Metadata } from 'next';
import Link from 'next/link';
import { SectionActions } from '@/components/editor/sections/section-actions';
import { SectionForm } from '@/components/editor/sections/section-form';
import { requireUser } from '@/lib/auth/session';
import { paths } from '@/lib/config/site';
import { db } from '@/lib/db';
import { sectionAdminRoles } from '@/lib/sections/access';
import { countArticlesBySection, querySections, sectionTree, type StoredSection } from '@/lib/sections/queries';
import { SLUG_PATTERN } from '@/lib/sections/schema';

export const metadata: Metadata = { title: 'Chuyên mục' };

/** The sections of the menu: add, rename (name and slug), order, chuyên mục con, delete. Admins only; read fresh, not cached. */
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SectionsPage({ searchParams }: Props) {
  await requireUser(sectionAdminRoles);
  const sp = await searchParams;
  const slugParam = (v: string | string[] | undefined) => (typeof v === 'string' && SLUG_PATTERN.test(v) ? v : null);
  const renamed = { from: slugParam(sp['doi-tu']), to: slugParam(sp['doi-sang']) };
  const conn = await db();
  const all = await querySections(conn);
  const tree = sectionTree(all);
  const counts = await countArticlesBySection(conn);
  const parents = tree.map((s) => ({ slug: s.slug, name: s.name }));

  const row = (s: StoredSection, siblings: StoredSection[], i: number) => (
    <section key={s.slug} aria-labelledby={`cm-${s.slug}`} className="rounded border border-stone-300 bg-white p-4">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`cm-${s.slug}`} className="text-lg font-bold">
          {s.name}
        </h3>
        <p className="text-sm text-stone-700">
          <Link href={paths.section(s.slug)} prefetch={false} className="underline">
            /chuyen-muc/{s.slug}
          </Link>{' '}
          · {counts.get(s.slug) ?? 0} bài
        </p>
      </div>
      <SectionForm section={s} parents={parents} />
      <div className="mt-3 border-t border-stone-200 pt-3">
        <SectionActions slug={s.slug} name={s.name} first={i === 0} last={i === siblings.length - 1} articles={counts.get(s.slug) ?? 0} />
      </div>
    </section>
  );

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">Chuyên mục</h1>
        <p className="mt-1 text-sm text-stone-700">
          Thứ tự ở đây là thứ tự trên thanh chuyên mục. Chuyên mục con (một cấp) hiện trên trang của chuyên mục cha, và trang chuyên mục cha gồm cả bài của chuyên mục con. Chỉ xóa được chuyên mục không còn bài nào.
        </p>
      </header>
      {renamed.from && renamed.to && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Đã lưu. Địa chỉ cũ /chuyen-muc/{renamed.from} chuyển sang /chuyen-muc/{renamed.to} (301); các bài đã chuyển theo.
        </p>
      )}
      <section aria-labelledby="them-chuyen-muc" className="rounded border border-stone-300 bg-white p-4">
        <h2 id="them-chuyen-muc" className="mb-3 text-lg font-bold">
          Thêm chuyên mục
        </h2>
        <SectionForm parents={parents} />
      </section>
      <section aria-labelledby="danh-sach-chuyen-muc" className="space-y-4">
        <h2 id="danh-sach-chuyen-muc" className="text-lg font-bold">
          Các chuyên mục ({all.length})
        </h2>
        {tree.map((top, i) => (
          <div key={top.slug} className="space-y-3">
            {row(top, tree, i)}
            {top.children.length > 0 && (
              <div className="ml-4 space-y-3 border-l-4 border-stone-200 pl-4 sm:ml-8">
                <p className="text-sm font-semibold text-stone-700">Chuyên mục con của {top.name}</p>
                {top.children.map((c, j) => row(c, top.children, j))}
              </div>
            )}
          </div>
        ))}
      </section>
    </div>
  );
}
