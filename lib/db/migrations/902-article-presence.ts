import type { Kysely } from 'kysely';

/**
 * Who has an article open in the editor (lib/articles/presence.ts, docs/editor.md "Someone
 * else is editing"): one row per article naming the tab that holds it and its last heartbeat.
 * Not a lock: a holder silent for longer than the stale window holds nothing. taken_from_*
 * names the tab a take-over displaced, until that tab has been told who took over.
 */
// any: a migration must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article_presence')
    .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('tab_id', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('heartbeat_at', 'text', (c) => c.notNull())
    .addColumn('released_at', 'text')
    .addColumn('taken_from_user_id', 'text')
    .addColumn('taken_from_tab_id', 'text')
    .addColumn('taken_at', 'text')
    .execute();
}

// any: a migration must not depend on the current schema types
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('article_presence').ifExists().execute();
}
