import type { Kysely } from 'kysely';

/**
 * Edits in progress on a live article, one per person and article. A live
 * article's saves go straight to readers, so its autosave cannot write the
 * article itself: it keeps the person's unfinished version here, on the
 * server, until they press "Cập nhật bài" or discard it (lib/articles/pending-edits.ts).
 */
// any: a migration must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article_pending_edits')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_pending_edits_pk', ['article_id', 'user_id'])
    .execute();
}

// any: a migration must not depend on the current schema types
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('article_pending_edits').ifExists().execute();
}
