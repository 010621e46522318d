import type { Kysely } from 'kysely';

/**
 * Two-step sign-in (TOTP, lib/users/two-step.ts): the person's secret while
 * they set it up and once confirmed, the last time step used (a code works
 * once), and single-use recovery codes, stored as hashes.
 */
// any: a migration must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('totp_pending_secret', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_enabled_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute();
  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('recovery_codes_user_idx').on('recovery_codes').column('user_id').execute();
}

// any: a migration must not depend on the current schema types
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('recovery_codes').ifExists().execute();
  for (const c of ['totp_last_step', 'totp_enabled_at', 'totp_secret', 'totp_pending_secret']) await db.schema.alterTable('users').dropColumn(c).execute();
}
