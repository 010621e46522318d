import type { Kysely } from 'kysely';

/**
 * The front page the newsroom steers (lib/frontpage, docs/frontpage.md):
 * pinned stories (the lead, the ordered featured row, one top story per
 * section), each with an optional expiry, and the one breaking-news banner.
 * A pin or banner of a deleted article goes with it (cascade); one of an
 * article taken down is hidden at read time (only public articles show).
 */
// any: a migration must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('front_pins')
    .addColumn('slot', 'text', (c) => c.notNull())
    // '' for the lead and featured slots; the section slug for a section's top story.
    .addColumn('section', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('expires_at', 'text')
    .addColumn('pinned_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('pinned_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('front_pins_pk', ['slot', 'section', 'position'])
    .execute();
  await db.schema
    .createTable('breaking_banner')
    // One banner at a time: the row's id is always 'tin-nong'.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('expires_at', 'text')
    .addColumn('raised_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .execute();
}

// any: a migration must not depend on the current schema types
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('breaking_banner').ifExists().execute();
  await db.schema.dropTable('front_pins').ifExists().execute();
}
