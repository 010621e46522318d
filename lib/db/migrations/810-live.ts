import type { Kysely } from 'kysely';

/**
 * Live coverage (tường thuật trực tiếp, lib/live/, docs/live.md): one coverage row per
 * article (closing sets ended_at and freezes it), and its entries. Entries are soft-deleted
 * (deleted_at) so that the audit log's before/after lines always name a row that exists.
 */
// any: a migration must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('live_coverage')
    .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('started_by', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text')
    .execute();
  await db.schema
    .createTable('live_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('live_coverage.article_id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('media_id', 'text')
    .addColumn('caption', 'text')
    .addColumn('credit', 'text')
    .addColumn('quote_author', 'text')
    .addColumn('edited_at', 'text')
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('live_entries_article_at').on('live_entries').columns(['article_id', 'at']).execute();
}

// any: a migration must not depend on the current schema types
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('live_entries').ifExists().execute();
  await db.schema.dropTable('live_coverage').ifExists().execute();
}
