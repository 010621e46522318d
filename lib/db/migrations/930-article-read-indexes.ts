import type { Kysely } from 'kysely';

/**
 * Two reads that walked every article row at 100,000 articles (0.7–0.8 GB of the file each, pulled
 * through SQLite's mmap into the server's resident memory; issue 12 goal 5):
 * - start-up's content sync asks for the articles that came from content/ (lib/content/sync-content.ts);
 * - a section page counts the section's public articles: (category, status, published_at) answers it
 *   from the index alone (99 ms → 1 ms on SQLite).
 */
// any: a migration must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('articles_source_idx').ifNotExists().on('articles').column('source').execute();
  await db.schema.createIndex('articles_section_visible').ifNotExists().on('articles').columns(['category', 'status', 'published_at']).execute();
}

// any: a migration must not depend on the current schema types
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_section_visible').ifExists().execute();
  await db.schema.dropIndex('articles_source_idx').ifExists().execute();
}
