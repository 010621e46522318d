import type { Kysely } from 'kysely';
import type { ArticleSource, ArticleStatus, Database } from '@/lib/db/schema';
import { syncArticleMedia } from '@/lib/media/article-media';
import { mdxToPlainText } from '@/lib/mdx/plain-text';
import { foldVietnamese, readingMinutes, slugify } from '@/lib/text/vietnamese';
import type { ArticleFields } from '@/lib/validations/article';

/** What the index stores for one article, from either source. */
export type IndexRecord = ArticleFields & {
  id: string;
  source: ArticleSource;
  contentHash: string | null;
  status: ArticleStatus;
  publishedAt: string | null;
  updatedAt: string;
  createdAt: string;
  authorId: string | null;
  version: number;
  sample: boolean;
  reviewComment?: string | null;
  takedownReason?: string | null;
};

/** The folded text the search index reads: title, sapo, body words, tags, bylines. */
export function buildSearchText(a: Pick<ArticleFields, 'title' | 'summary' | 'body' | 'tags' | 'bylines'>): string {
  return foldVietnamese([a.title, a.summary, mdxToPlainText(a.body), a.tags.join(' '), a.bylines.map((b) => b.name).join(' ')].join('\n'));
}

/**
 * Insert or replace one article in the index, with its tag, byline and photo (article_media) rows,
 * inside the caller's transaction. The one write path for both sources.
 */
export async function writeIndexRecord(tx: Kysely<Database>, r: IndexRecord): Promise<void> {
  const plain = mdxToPlainText(r.body);
  const row = {
    id: r.id,
    slug: r.slug,
    source: r.source,
    content_hash: r.contentHash,
    title: r.title,
    summary: r.summary,
    body: r.body,
    category: r.category,
    tags: JSON.stringify(r.tags),
    bylines: JSON.stringify(r.bylines),
    cover: r.cover ? JSON.stringify(r.cover) : null,
    dateline: r.dateline,
    status: r.status,
    published_at: r.publishedAt,
    updated_at: r.updatedAt,
    created_at: r.createdAt,
    author_id: r.authorId,
    version: r.version,
    sample: r.sample ? 1 : 0,
    reading_minutes: readingMinutes(`${r.summary} ${plain}`),
    search_text: buildSearchText(r),
    review_comment: r.reviewComment ?? null,
    takedown_reason: r.takedownReason ?? null,
  };
  const { id: _id, ...update } = row;
  await tx.insertInto('articles').values(row).onConflict((oc) => oc.column('id').doUpdateSet(update)).execute();

  await tx.deleteFrom('article_tags').where('article_id', '=', r.id).execute();
  const seenTags = new Set<string>();
  const tagRows = r.tags
    .map((name) => ({ article_id: r.id, tag_slug: slugify(name), tag_name: name }))
    .filter((t) => t.tag_slug && !seenTags.has(t.tag_slug) && seenTags.add(t.tag_slug));
  if (tagRows.length) await tx.insertInto('article_tags').values(tagRows).execute();

  await tx.deleteFrom('article_bylines').where('article_id', '=', r.id).execute();
  const bylineRows = r.bylines.map((b, i) => ({ article_id: r.id, author_slug: slugify(b.name), name: b.name, role: b.role, position: i }));
  if (bylineRows.length) await tx.insertInto('article_bylines').values(bylineRows).execute();

  // The photo library's "used in": the cover and every <Figure> of the body.
  await syncArticleMedia(tx, r.id, r);
}
