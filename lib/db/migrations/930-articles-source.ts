import type { Kysely } from 'kysely';

/**
 * Start-up's content sync asks for the articles that came from content/ (lib/content/sync-content.ts).
 * Without an index that read every article row: at 100,000 articles 0.8 GB of the database file
 * went through SQLite's mmap into the server's resident memory before the first page (issue 12 goal 5).
 */
// any: a migration must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('articles_source_idx').ifNotExists().on('articles').column('source').execute();
}

// any: a migration must not depend on the current schema types
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_source_idx').ifExists().execute();
}
