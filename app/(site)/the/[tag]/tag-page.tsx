import { notFound } from 'next/navigation';
import { ListingView } from '@/components/article/listing-view';
import { paths, siteConfig } from '@/lib/config/site';
import { getTagPage } from '@/lib/articles/cached';
import { parsePageParam } from '@/app/(site)/_lib/page-param';
import { pageMetadata } from '@/lib/seo/metadata';
import { slugSchema } from '@/lib/validations/article';

export type TagParams = Promise<{ tag: string; page?: string }>;

async function load(params: TagParams) {
  const { tag, page } = await params;
  const n = parsePageParam(page);
  if (!n || !slugSchema.safeParse(tag).success) return null;
  const data = await getTagPage(tag, n);
  return data && n <= data.pageCount ? { tag, n, data } : null;
}

export async function tagMetadata(params: TagParams) {
  const r = await load(params);
  if (!r) return { title: 'Không tìm thấy' };
  return pageMetadata({
    title: r.n > 1 ? `${r.data.name} — trang ${r.n}` : r.data.name,
    description: `Tin bài về ${r.data.name} trên ${siteConfig.name}.`,
    path: paths.tag(r.tag, r.n),
  });
}

export async function TagPage({ params }: { params: TagParams }) {
  const r = await load(params);
  if (!r) notFound();
  return <ListingView kicker="Từ khóa" title={r.data.name} items={r.data.items} page={r.data.page} pageCount={r.data.pageCount} href={(p) => paths.tag(r.tag, p)} />;
}
