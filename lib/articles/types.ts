import type { ArticleSource, ArticleStatus } from '@/lib/db/schema';
import type { ArticleImage, Byline } from '@/lib/validations/article';

export type TagRef = { name: string; slug: string };
export type BylineRef = Byline & { slug: string };

/** An article as listings show it (no body). */
export type ArticleSummary = {
  id: string;
  slug: string;
  source: ArticleSource;
  title: string;
  summary: string;
  category: string;
  tags: TagRef[];
  bylines: BylineRef[];
  cover: ArticleImage | null;
  dateline: string | null;
  status: ArticleStatus;
  /** ISO UTC */
  publishedAt: string | null;
  /** ISO UTC */
  updatedAt: string;
  sample: boolean;
  readingMinutes: number;
};

export type Correction = { id: string; text: string; createdAt: string };

/** An article as its page shows it. */
export type Article = ArticleSummary & { body: string; corrections: Correction[] };

export type { Paged } from '@/lib/db/paginate';
