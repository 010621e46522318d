import fs from 'node:fs';
import path from 'node:path';
import { Kysely, type MigrationResultSet, Migrator, PostgresDialect, SqliteDialect, type Transaction, sql } from 'kysely';
import { isPostgres } from './engine';
import type { Database } from './schema';
import { migrations } from './migrations';
import { env } from '@/lib/env';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

/** DATA_DIR: database file, media, generated secret. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().DATA_DIR);
}

export function dialectName(): Dialect {
  const url = env().DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

type Handle = { db: Db; dialect: Dialect; key: string };

// One handle per process (kept on globalThis so dev reloads and the several
// bundles Next.js makes share it).
const globalForDb = globalThis as unknown as { __bantinDb?: Handle };

function connectionKey(): string {
  return dialectName() === 'postgres' ? `pg:${env().DATABASE_URL}` : `sqlite:${dataDir()}`;
}

/**
 * No mmap: every page SQLite maps counts in the server's resident memory, and a crawl of the archive maps
 * the whole file (1 GB at 100,000 articles; issue 12 goal 5). Reads go through the OS page cache instead;
 * search at 100,000 costs about 10% more at p50 (bench/README.md, "Resident memory and mmap").
 */
export const SQLITE_MMAP_BYTES = 0;

export function createDb(): Handle {
  const dialect = dialectName();
  if (dialect === 'postgres') {
    // Loaded lazily so an SQLite deployment never needs pg, and vice versa.
    const { Pool } = require('pg') as typeof import('pg');
    const pool = new Pool({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_MAX });
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect, key: connectionKey() };
  }
  const BetterSqlite3 = require('better-sqlite3') as typeof import('better-sqlite3');
  const dir = dataDir();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'bantin.sqlite');
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  database.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`);
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), dialect, key: connectionKey() };
}

/** The process-wide database handle (SQLite under DATA_DIR, or PostgreSQL with DATABASE_URL). */
export function getDb(): Db {
  const key = connectionKey();
  const current = globalForDb.__bantinDb;
  if (current && current.key === key) return current.db;
  if (current) void current.db.destroy();
  const handle = createDb();
  globalForDb.__bantinDb = handle;
  return handle.db;
}

/** Close the process-wide handle (tests, CLI scripts). */
export async function closeDb(): Promise<void> {
  const current = globalForDb.__bantinDb;
  globalForDb.__bantinDb = undefined;
  if (current) await current.db.destroy();
}

/**
 * Run a write in one transaction. On SQLite it is BEGIN IMMEDIATE, so two
 * writers queue on the busy timeout instead of failing mid-transaction with
 * SQLITE_BUSY on upgrade; on PostgreSQL an ordinary transaction.
 */
export async function withWriteTransaction<T>(fn: (tx: Kysely<Database>) => Promise<T>, db: Db = getDb()): Promise<T> {
  if (isPostgres(db)) {
    return db.transaction().execute((tx) => fn(tx));
  }
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}

/** The migrator over the portal's migrations (a restore also migrates to a named one). */
export function migratorFor(db: Db): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'bantin_migrations',
    migrationLockTableName: 'bantin_migrations_lock',
    // Branches merge numbered migrations out of order (820 lands after 901 ran somewhere): run the missing ones.
    allowUnorderedMigrations: true,
  });
}

export async function migrateToLatest(db: Db = getDb()): Promise<MigrationResultSet> {
  const result = await migratorFor(db).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}

const migrated = globalThis as unknown as { __bantinMigrated?: Map<string, Promise<void>> };

/** Migrate once per process and connection; every data function awaits this before its first query. */
export function ensureMigrated(): Promise<void> {
  migrated.__bantinMigrated ??= new Map();
  const key = connectionKey();
  let p = migrated.__bantinMigrated.get(key);
  if (!p) {
    p = migrateToLatest(getDb()).then(() => undefined);
    p.catch(() => migrated.__bantinMigrated?.delete(key));
    migrated.__bantinMigrated.set(key, p);
  }
  return p;
}

/** getDb() after migrations have run in this process. */
export async function db(): Promise<Db> {
  await ensureMigrated();
  return getDb();
}
