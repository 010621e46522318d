/**
 * Real databases for integration tests: a fresh SQLite file in a temp
 * DATA_DIR, and — when TEST_DATABASE_URL points at a PostgreSQL server (CI
 * starts one) — a fresh database on it. Tests loop over `testDialects`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDb, type Db, getDb, migrateToLatest } from '@/lib/db';

export type TestDialect = 'sqlite' | 'postgres';

export const testDialects: TestDialect[] = ['sqlite', ...(process.env.TEST_DATABASE_URL ? (['postgres'] as const) : [])];

/** Point the process at a brand-new database of the given kind, migrated unless `migrate: false` (an empty place to restore into). */
export async function freshDb(dialect: TestDialect, opts: { migrate?: boolean } = {}): Promise<Db> {
  await closeDb();
  if (dialect === 'sqlite') {
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-test-'));
  } else {
    const admin = process.env.TEST_DATABASE_URL!;
    const name = `bantin_t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
    const { Client } = await import('pg');
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-test-'));
  }
  const db = getDb();
  if (opts.migrate !== false) await migrateToLatest(db);
  return db;
}
