/** Reads of live coverage (uncached; lib/live/cached.ts wraps them for public pages). */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { imageUrl } from '@/lib/media/image-url';
import type { LiveCoverage, LiveEntry } from './types';

/** Entries are capped: a page and its poll stay small even after a long day's coverage. */
export const LIVE_ENTRY_LIMIT = 300;

export async function queryCoverageRow(db: Kysely<Database>, articleId: string) {
  return db.selectFrom('live_coverage').selectAll().where('article_id', '=', articleId).executeTakeFirst();
}

export async function queryEntryRow(db: Kysely<Database>, entryId: string) {
  return db.selectFrom('live_entries').selectAll().where('id', '=', entryId).executeTakeFirst();
}

/** The coverage of one article with its visible entries, newest first; null when never started. */
export async function queryLiveCoverage(db: Kysely<Database>, articleId: string): Promise<LiveCoverage | null> {
  const cov = await queryCoverageRow(db, articleId);
  if (!cov) return null;
  const rows = await db
    .selectFrom('live_entries as e')
    .leftJoin('media as m', 'm.id', 'e.media_id')
    .select(['e.id', 'e.at', 'e.author_id', 'e.author_name', 'e.kind', 'e.body', 'e.media_id', 'e.caption', 'e.credit', 'e.quote_author', 'e.edited_at'])
    .select(['m.width', 'm.height', 'm.alt'])
    .where('e.article_id', '=', articleId)
    .where('e.deleted_at', 'is', null)
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(LIVE_ENTRY_LIMIT)
    .execute();
  const entries: LiveEntry[] = rows.map((r) => ({
    id: r.id,
    at: r.at,
    authorId: r.author_id,
    authorName: r.author_name,
    kind: r.kind,
    body: r.body,
    photo:
      r.kind === 'photo' && r.media_id && r.width
        ? {
            mediaId: r.media_id,
            src: `/media/${r.media_id}`,
            url: imageUrl(`/media/${r.media_id}`, 800),
            width: r.width,
            height: r.height ?? r.width,
            alt: r.alt || r.caption || '',
            caption: r.caption ?? '',
            credit: r.credit ?? '',
          }
        : null,
    quoteAuthor: r.quote_author,
    editedAt: r.edited_at,
  }));
  return { articleId, startedAt: cov.started_at, endedAt: cov.ended_at, entries };
}

/** The coverage of those of `articleIds` that have one (a feed's items): one query to find them. */
export async function queryLiveCoverages(db: Kysely<Database>, articleIds: string[]): Promise<Record<string, LiveCoverage>> {
  if (articleIds.length === 0) return {};
  const covered = await db.selectFrom('live_coverage').select('article_id').where('article_id', 'in', articleIds).execute();
  const out: Record<string, LiveCoverage> = {};
  for (const { article_id } of covered) {
    const c = await queryLiveCoverage(db, article_id);
    if (c) out[article_id] = c;
  }
  return out;
}
