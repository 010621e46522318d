import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { withWriteTransaction } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { syncArticleMedia } from './article-media';
import { ingestImage } from './ingest';
import { CONTENT_MEDIA_DIR } from './media-id';
import { parseImageRef } from './media-ref';

export type ContentMediaReport = { ingested: string[]; unchanged: number; errors: string[] };

/**
 * Put every photo under content/media through the upload pipeline (same
 * checks, same variants, same storage), so that readers get photos of
 * content/ articles exactly as they get uploaded ones. Idempotent: a photo
 * whose hash is already in the library is skipped.
 */
export async function ingestContentMedia(db: Kysely<Database>, dir = CONTENT_MEDIA_DIR): Promise<ContentMediaReport> {
  const report: ContentMediaReport = { ingested: [], unchanged: 0, errors: [] };
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).filter((n) => parseImageRef(n)?.kind === 'content').sort();
  } catch {
    return report;
  }
  for (const name of names) {
    try {
      const { created } = await ingestImage(db, fs.readFileSync(path.join(dir, name)), { origin: 'content' });
      if (created) report.ingested.push(name);
      else report.unchanged++;
    } catch (error) {
      report.errors.push(`content/media/${name}: ${(error as Error).message}`);
    }
  }
  return report;
}

/**
 * Re-link every content/ article to its photos (the content sync links the
 * articles it writes; this catches photos ingested after their article).
 */
export async function linkContentArticles(db: Kysely<Database>): Promise<void> {
  const rows = await db.selectFrom('articles').select(['id', 'body', 'cover']).where('source', '=', 'content').execute();
  for (const row of rows) {
    const cover = row.cover ? (JSON.parse(row.cover) as { src: string }) : null;
    await withWriteTransaction((tx) => syncArticleMedia(tx, row.id, { body: row.body, cover }), db);
  }
}
