import { notFound } from 'next/navigation';
import { ListingView } from '@/components/article/listing-view';
import { paths, siteConfig } from '@/lib/config/site';
import { getAuthorPage } from '@/lib/articles/cached';
import { parsePageParam } from '@/app/(site)/_lib/page-param';
import { pageMetadata } from '@/lib/seo/metadata';
import { bylineRoleLabels, type Byline, slugSchema } from '@/lib/validations/article';

export type AuthorParams = Promise<{ author: string; page?: string }>;

async function load(params: AuthorParams) {
  const { author, page } = await params;
  const n = parsePageParam(page);
  if (!n || !slugSchema.safeParse(author).success) return null;
  const data = await getAuthorPage(author, n);
  return data && n <= data.pageCount ? { author, n, data } : null;
}

export async function authorMetadata(params: AuthorParams) {
  const r = await load(params);
  if (!r) return { title: 'Không tìm thấy' };
  return pageMetadata({
    title: r.n > 1 ? `${r.data.name} — trang ${r.n}` : r.data.name,
    description: `Tin bài của ${r.data.name} trên ${siteConfig.name}.`,
    path: paths.author(r.author, r.n),
  });
}

export async function AuthorPage({ params }: { params: AuthorParams }) {
  const r = await load(params);
  if (!r) notFound();
  const role = bylineRoleLabels[r.data.role as Byline['role']] ?? '';
  return (
    <ListingView
      kicker="Tác giả"
      title={r.data.name}
      intro={role ? `${role} · ${r.data.total} bài` : `${r.data.total} bài`}
      items={r.data.items}
      page={r.data.page}
      pageCount={r.data.pageCount}
      href={(p) => paths.author(r.author, p)}
    />
  );
}
