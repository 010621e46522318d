import { notFound } from 'next/navigation';
import { ListingView } from '@/components/article/listing-view';
import { getSection, paths, siteConfig } from '@/lib/config/site';
import { getSectionPage } from '@/lib/articles/cached';
import { getSectionPin } from '@/lib/frontpage/cached';
import { parsePageParam } from '@/app/(site)/_lib/page-param';
import { pageMetadata } from '@/lib/seo/metadata';

export type SectionParams = Promise<{ section: string; page?: string }>;

export async function sectionMetadata(params: SectionParams) {
  const { section, page } = await params;
  const s = getSection(section);
  const n = parsePageParam(page);
  if (!s || !n) return { title: 'Không tìm thấy' };
  return pageMetadata({
    title: n > 1 ? `${s.name} — trang ${n}` : s.name,
    description: s.description,
    path: paths.section(s.slug, n),
    feed: { url: paths.sectionFeed(s.slug), title: `${siteConfig.name} — ${s.name}` },
  });
}

export async function SectionPage({ params }: { params: SectionParams }) {
  const { section, page } = await params;
  const s = getSection(section);
  const n = parsePageParam(page);
  if (!s || !n) notFound();
  const data = await getSectionPage(s.slug, n);
  if (n > data.pageCount) notFound();
  // The editors' pinned top story leads the first page (once); later pages stay in date order.
  const pin = n === 1 ? await getSectionPin(s.slug) : null;
  const items = pin ? [pin, ...data.items.filter((a) => a.id !== pin.id)] : data.items;
  return (
    <ListingView
      kicker="Chuyên mục"
      title={s.name}
      intro={s.description}
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
