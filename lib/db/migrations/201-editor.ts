import type { Kysely } from 'kysely';

/**
 * The editor workflow: when an article first went (or goes, if scheduled) in
 * front of readers. Its slug is frozen from that instant on, so links to it
 * keep working. Null for an article that was never public.
 */
// any: a migration must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('first_published_at', 'text').execute();
  // Articles already public (content/ ones, or published before this migration) keep their slug.
  await db
    .updateTable('articles')
    .set((eb) => ({ first_published_at: eb.ref('published_at') }))
    .where('status', 'in', ['published', 'unpublished', 'scheduled'])
    .where('published_at', 'is not', null)
    .execute();
  await db.schema.createIndex('articles_updated').on('articles').column('updated_at').execute();
}

// any: a migration must not depend on the current schema types
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_updated').ifExists().execute();
  await db.schema.alterTable('articles').dropColumn('first_published_at').execute();
}
