import type { Kysely } from 'kysely';

/**
 * "Đọc nhiều" counts a reader once per article per day (lib/views/count-view.ts). Who was
 * counted today is kept here, shared by every instance, not in one process's memory (two
 * instances would each count the same reader): a salted hash per (day, article), and the
 * day's salt, both dropped when the day is over so that no hash can be recomputed.
 */
// any: a migration must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('view_readers')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('reader', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('view_readers_pk', ['day', 'article_id', 'reader'])
    .execute();
  await db.schema
    .createTable('view_salts')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('salt', 'text', (c) => c.notNull())
    .execute();
}

// any: a migration must not depend on the current schema types
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('view_readers').ifExists().execute();
  await db.schema.dropTable('view_salts').ifExists().execute();
}
