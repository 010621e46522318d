import type { Kysely } from 'kysely';

/**
 * PostgreSQL or SQLite, from a connection itself (for code handed a db, and
 * for migrations). Not `instanceof PostgresAdapter`: the Next.js server
 * bundles may hold several copies of Kysely, and a handle made by one fails
 * instanceof in another. Of the two engines only PostgreSQL runs DDL in
 * transactions (part of Kysely's DialectAdapter interface).
 */
// any: migrations run on any schema (Kysely<any>)
export function isPostgres(db: Pick<Kysely<any>, 'getExecutor'>): boolean {
  return db.getExecutor().adapter.supportsTransactionalDdl;
}
