import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleByline } from '@/components/article/article-byline';
import { JsonLd } from '@/components/article/json-ld';
import { MostReadBlock } from '@/components/article/most-read';
import { SampleBadge } from '@/components/article/sample-badge';
import { ShareLinks } from '@/components/article/share-links';
import { StoryList } from '@/components/article/story-list';
import { ViewBeacon } from '@/components/article/view-beacon';
import { LiveBlog } from '@/components/live/live-blog';
import { Figure } from '@/components/mdx/figure';
import { paths } from '@/lib/config/site';
import { getSectionName } from '@/lib/sections/cached';
import { absoluteUrl } from '@/lib/config/site-url';
import { isCoverInBody } from '@/lib/articles/cover';
import { getArticle, getLatestBeside, getRelated, getSameSection } from '@/lib/articles/cached';
import { ArticleBody } from '@/components/mdx/article-body';
import { articleMetadata } from '@/lib/seo/metadata';
import { newsArticleLd } from '@/lib/seo/news-article-ld';
import { getLiveCoverage } from '@/lib/live/cached';
import { liveBlogLd } from '@/lib/live/json-ld';
import { liveCoverageJson } from '@/lib/live/json';
import { formatVnDateTime, toVnIso } from '@/lib/text/vietnamese';
import { slugSchema } from '@/lib/validations/article';

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request, then cached until a publish refreshes its tags.
export function generateStaticParams() {
  return [];
}

async function load(params: Props['params']) {
  const { slug } = await params;
  if (!slugSchema.safeParse(slug).success) return null;
  return getArticle(slug);
}

export async function generateMetadata({ params }: Props) {
  const article = await load(params);
  return article ? articleMetadata(article) : { title: 'Không tìm thấy bài viết' };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  if (!article) notFound();

  const coverInBody = isCoverInBody(article.body, article.cover);
  const related = await getRelated(article);
  const sameSection = await getSameSection(article, related.map((r) => r.id));
  const url = absoluteUrl(paths.article(article.slug));
  // Live coverage (lib/live): its own tag, so a new entry refreshes this page alone.
  const live = await getLiveCoverage(article.id);
  const sectionName = await getSectionName(article.category);
  const latest = await getLatestBeside(article.id);

  return (
    <>
      <JsonLd data={live ? liveBlogLd(newsArticleLd(article, sectionName), live, url) : newsArticleLd(article, sectionName)} />
      <ViewBeacon slug={article.slug} />
      {/* On desktop a right column (Tin mới, Đọc nhiều) instead of wide empty margins; below on a phone. */}
      <div className="mx-auto max-w-6xl lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-10">
        <div className="min-w-0">
          <article className="mx-auto max-w-3xl" aria-labelledby="tieu-de">
            <nav aria-label="Vị trí" className="mb-2 text-sm font-bold uppercase tracking-wide">
              <Link href={paths.section(article.category)} className="text-[var(--color-brand)] hover:underline">
                {sectionName}
              </Link>
            </nav>
            <h1 id="tieu-de" className="font-serif text-3xl font-bold leading-tight text-stone-950 sm:text-4xl">
              {article.title} {article.sample && <SampleBadge />}
            </h1>
            <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600">
              {article.publishedAt && <time dateTime={toVnIso(article.publishedAt)}>{formatVnDateTime(article.publishedAt)}</time>}
              <span aria-hidden="true">·</span>
              <span>{article.readingMinutes} phút đọc</span>
            </div>
            <p className="mt-4 font-sans text-lg font-bold leading-relaxed text-stone-900">
              {article.dateline && <span>({article.dateline}) - </span>}
              {article.summary}
            </p>
            {article.cover && !coverInBody && (
              <Figure src={article.cover.src} alt={article.cover.alt} caption={article.cover.caption} credit={article.cover.credit} priority sizes="(min-width: 768px) 768px, 100vw" />
            )}
            <div className="article-body mt-4">
              <ArticleBody body={article.body} priorityImage={coverInBody ? article.cover?.src : undefined} />
            </div>
            {live && <LiveBlog initial={liveCoverageJson(live, paths.articleLive(article.slug))} />}
            <ArticleByline bylines={article.bylines} className="mt-6 text-right font-sans text-base text-stone-900" />

            {article.corrections.length > 0 && (
              <aside aria-label="Đính chính" className="mt-6 rounded border-l-4 border-amber-500 bg-amber-50 p-4 text-sm">
                <h2 className="font-bold">Đính chính</h2>
                <ul className="mt-1 space-y-1">
                  {article.corrections.map((c) => (
                    <li key={c.id}>
                      <time dateTime={toVnIso(c.createdAt)} className="font-semibold">
                        {formatVnDateTime(c.createdAt)}
                      </time>
                      : {c.text}
                    </li>
                  ))}
                </ul>
              </aside>
            )}

            {article.tags.length > 0 && (
              <div className="mt-6 flex flex-wrap items-center gap-2 text-sm">
                <span className="font-semibold text-stone-700">Từ khóa:</span>
                <ul className="flex flex-wrap gap-2">
                  {article.tags.map((t) => (
                    <li key={t.slug}>
                      <Link href={paths.tag(t.slug)} rel="tag" className="rounded-full bg-stone-100 px-3 py-1 text-stone-800 hover:bg-stone-200">
                        {t.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div className="mt-6">
              <ShareLinks url={url} title={article.title} />
            </div>
          </article>

          <div className="reading-blocks mx-auto mt-10 grid max-w-3xl gap-10 md:grid-cols-2">
            <StoryList id="tin-lien-quan" title="Tin liên quan" stories={related} />
            <StoryList id="cung-chuyen-muc" title="Cùng chuyên mục" stories={sameSection} />
          </div>
        </div>
        <aside aria-label="Tin mới và đọc nhiều" className="reading-blocks mx-auto mt-10 max-w-3xl space-y-10 lg:mt-0">
          <StoryList id="tin-moi" title="Tin mới" stories={latest} />
          <MostReadBlock />
        </aside>
      </div>
    </>
  );
}
