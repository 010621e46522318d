/**
 * Rebuild the whole search index from `articles` (npm run search:reindex).
 * The triggers of migration 901 keep the index current; this is for an index
 * that was damaged, restored from elsewhere, or built by an older version.
 * Returns how many readable articles there are and how many the index holds
 * afterwards, so the command can say whether they agree.
 */
import { type Kysely, sql } from 'kysely';
import { withWriteTransaction } from '@/lib/db';
import { rebuildSearchIndex } from '@/lib/db/migrations/920-search-titles';
import type { Database } from '@/lib/db/schema';

export type ReindexStep =
  | { step: 'counted'; readable: number }
  | { step: 'rebuilt'; ms: number }
  | { step: 'checked'; indexed: number };

export type ReindexResult = { readable: number; indexed: number; ms: number };

export async function reindexSearch(db: Kysely<Database>, report: (s: ReindexStep) => void = () => {}): Promise<ReindexResult> {
  // Readable = what the triggers index: published or scheduled, with a time.
  const { n: readable } = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['published', 'scheduled'])
    .where('published_at', 'is not', null)
    .executeTakeFirstOrThrow();
  report({ step: 'counted', readable: Number(readable) });
  const start = performance.now();
  // One transaction: searches see the old index until the new one commits,
  // and a rebuild that fails half-way leaves the old one.
  await withWriteTransaction((tx) => rebuildSearchIndex(tx), db);
  const ms = performance.now() - start;
  report({ step: 'rebuilt', ms });
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from search_docs`.execute(db);
  const indexed = Number(rows[0]?.n ?? 0);
  report({ step: 'checked', indexed });
  return { readable: Number(readable), indexed, ms };
}
