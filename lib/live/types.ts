import type { LiveEntryKind } from '@/lib/db/schema';

export type LivePhoto = { mediaId: string; src: string; url: string; width: number; height: number; alt: string; caption: string; credit: string };

/** One entry as readers (page, JSON, feed) and the editor see it. */
export type LiveEntry = {
  id: string;
  /** ISO UTC */
  at: string;
  authorId: string | null;
  authorName: string;
  kind: LiveEntryKind;
  body: string;
  photo: LivePhoto | null;
  quoteAuthor: string | null;
  editedAt: string | null;
};

/** An article's coverage: open while endedAt is null; entries newest first, removed ones left out. */
export type LiveCoverage = { articleId: string; startedAt: string; endedAt: string | null; entries: LiveEntry[] };
