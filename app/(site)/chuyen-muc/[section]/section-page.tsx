import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListingView } from '@/components/article/listing-view';
import { paths, siteConfig } from '@/lib/config/site';
import { getSectionPage } from '@/lib/articles/cached';
import { getSectionPin } from '@/lib/frontpage/cached';
import { getSectionRedirect, getSections } from '@/lib/sections/cached';
import { parsePageParam } from '@/app/(site)/_lib/page-param';
import { pageMetadata } from '@/lib/seo/metadata';

export type SectionParams = Promise<{ section: string; page?: string }>;

async function findSection(slug: string) {
  const all = await getSections();
  const s = all.find((x) => x.slug === slug);
  return s ? { ...s, parentSection: all.find((p) => p.slug === s.parent) ?? null, children: all.filter((c) => c.parent === s.slug) } : null;
}

export async function sectionMetadata(params: SectionParams) {
  const { section, page } = await params;
  const s = await findSection(section);
  const n = parsePageParam(page);
  if (!s || !n) return { title: 'Không tìm thấy' };
  return pageMetadata({
    title: n > 1 ? `${s.name} — trang ${n}` : s.name,
    description: s.description || `${s.name} — ${siteConfig.name}`,
    path: paths.section(s.slug, n),
    feed: { url: paths.sectionFeed(s.slug), title: `${siteConfig.name} — ${s.name}` },
  });
}

export async function SectionPage({ params }: { params: SectionParams }) {
  const { section, page } = await params;
  const s = await findSection(section);
  const n = parsePageParam(page);
  if (!n) notFound();
  if (!s) {
    // A renamed slug's old address: 308 (as permanent as 301; a page cannot answer 301). No middleware runs here.
    const moved = await getSectionRedirect(section);
    if (moved) permanentRedirect(paths.section(moved, n));
    notFound();
  }
  const data = await getSectionPage(s.slug, n, s.children.map((c) => c.slug));
  if (n > data.pageCount) notFound();
  // The editors' pinned top story leads the first page (once); later pages stay in date order.
  const pin = n === 1 ? await getSectionPin(s.slug) : null;
  const items = pin ? [pin, ...data.items.filter((a) => a.id !== pin.id)] : data.items;
  const intro = (
    <>
      {s.description && <p>{s.description}</p>}
      {s.parentSection && (
        <p className="mt-1">
          Thuộc chuyên mục{' '}
          <Link href={paths.section(s.parentSection.slug)} className="font-semibold underline">
            {s.parentSection.name}
          </Link>
        </p>
      )}
      {s.children.length > 0 && (
        <nav aria-label={`Chuyên mục con của ${s.name}`} className="mt-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {s.children.map((c) => (
              <li key={c.slug}>
                <Link href={paths.section(c.slug)} className="inline-flex min-h-6 items-center font-semibold text-[var(--color-brand)] underline">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
  return (
    <ListingView
      kicker="Chuyên mục"
      title={s.name}
      intro={intro}
      items={items}
      page={data.page}
      pageCount={data.pageCount}
      href={(p) => paths.section(s.slug, p)}
      actions={
        <a href={paths.sectionFeed(s.slug)} className="text-sm font-semibold text-stone-700 underline">
          RSS chuyên mục
        </a>
      }
    />
  );
}
