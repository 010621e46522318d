import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article/article-card';
import { MostReadBlock } from '@/components/article/most-read';
import { paths, siteConfig } from '@/lib/config/site';
import { getFrontPage } from '@/lib/frontpage/cached';
import { pageMetadata } from '@/lib/seo/metadata';

/**
 * The home page. "/" is rewritten here (next.config.mjs) so that the page is
 * rendered on its first request and then cached, never baked at build time.
 */
export const HOME_EDITION = 'moi-nhat';

export function generateStaticParams() {
  return [];
}

export function generateMetadata() {
  return { ...pageMetadata({ title: `${siteConfig.name} — Tin tức tỉnh`, description: siteConfig.description, path: '/' }), title: { absolute: `${siteConfig.name} — Tin tức tỉnh` } };
}

export default async function HomePage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params;
  if (edition !== HOME_EDITION) notFound();
  const { lead, featured, latest, sections } = await getFrontPage();

  return (
    <>
      <h1 className="sr-only">{siteConfig.name} — tin tức mới nhất</h1>
      {!lead && <p className="text-stone-700">Chưa có bài viết nào được đăng.</p>}
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        {lead && (
          <section aria-labelledby="tin-chinh">
            <h2 id="tin-chinh" className="sr-only">
              Tin chính
            </h2>
            <ArticleCard article={lead} variant="lead" showSection />
            {featured.length > 0 && (
              <section aria-labelledby="tin-noi-bat" className="mt-6">
                <h2 id="tin-noi-bat" className="sr-only">
                  Tin nổi bật
                </h2>
                <ul className="grid gap-4 border-t border-stone-200 pt-4 sm:grid-cols-2">
                  {featured.map((a) => (
                    <li key={a.id}>
                      <ArticleCard article={a} variant="compact" showSection />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </section>
        )}
        <div className="space-y-8 lg:border-l lg:border-stone-200 lg:pl-6">
          {latest.length > 0 && (
            <section aria-labelledby="tin-moi">
              <h2 id="tin-moi" className="mb-3 border-b-2 border-[var(--color-brand)] pb-1 text-sm font-bold uppercase tracking-wide text-[var(--color-brand)]">
                Tin mới
              </h2>
              <ul className="divide-y divide-stone-200">
                {latest.map((a) => (
                  <li key={a.id} className="py-3">
                    <ArticleCard article={a} variant="compact" />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <MostReadBlock />
        </div>
      </div>
      <div className="mt-10 grid gap-10 md:grid-cols-2">
        {sections.map((s) => (
          <section key={s.slug} aria-labelledby={`cm-${s.slug}`}>
            <h2 id={`cm-${s.slug}`} className="mb-3 border-b-2 border-[var(--color-brand)] pb-1 text-sm font-bold uppercase tracking-wide">
              <Link href={paths.section(s.slug)} className="text-[var(--color-brand)] hover:underline">
                {s.name}
              </Link>
            </h2>
            <ul className="space-y-4">
              {s.items.map((a, i) => (
                <li key={a.id}>
                  <ArticleCard article={a} variant={i === 0 ? 'standard' : 'compact'} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
