import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataDir, dialectName } from '@/lib/db';
import { env } from '@/lib/env';
import { type BackupTable, backupTables, type Row, type Snapshot } from './tables';

/**
 * Read the whole database as it was at one instant, while the portal keeps
 * writing. Each engine uses its own connection, never the process-wide pool,
 * so a backup does not queue the portal's queries behind it.
 */
export function readSnapshot(): Promise<Snapshot> {
  return dialectName() === 'postgres' ? readPostgres(env().DATABASE_URL!) : Promise.resolve(readSqlite(path.join(dataDir(), 'bantin.sqlite')));
}

/**
 * SQLite: `VACUUM INTO` copies the database inside one read transaction (WAL:
 * writers go on meanwhile) into a new file, which is then read at leisure.
 * Not the page-by-page backup API: it restarts whenever another connection
 * writes, so under a steady stream of saves it may never finish.
 */
function readSqlite(file: string): Snapshot {
  if (!fs.existsSync(file)) throw new Error(`Không có cơ sở dữ liệu để sao lưu: ${file}`);
  const BetterSqlite3 = require('better-sqlite3') as typeof import('better-sqlite3');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-backup-'));
  const copy = path.join(tmp, 'snapshot.sqlite');
  try {
    const live = new BetterSqlite3(file, { fileMustExist: true });
    try {
      live.pragma('busy_timeout = 10000');
      live.prepare('vacuum into ?').run(copy);
    } finally {
      live.close();
    }
    const snap = new BetterSqlite3(copy, { readonly: true });
    try {
      const migrations = (snap.prepare('select name from bantin_migrations order by name').all() as { name: string }[]).map((r) => r.name);
      const tables = {} as Record<BackupTable, Row[]>;
      for (const t of backupTables) tables[t] = snap.prepare(`select * from "${t}"`).all() as Row[];
      return { engine: 'sqlite', migrations, tables };
    } finally {
      snap.close();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * PostgreSQL: one read-only REPEATABLE READ transaction sees one snapshot for
 * all its statements, which is what pg_dump does too; reading the rows
 * ourselves keeps one archive format for both engines (restore across them)
 * and needs no pg_dump of the server's exact major version on the machine.
 */
async function readPostgres(url: string): Promise<Snapshot> {
  const { Client } = require('pg') as typeof import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const migrations = (await client.query<{ name: string }>('select name from bantin_migrations order by name')).rows.map((r) => r.name);
    const tables = {} as Record<BackupTable, Row[]>;
    for (const t of backupTables) tables[t] = (await client.query(`select * from "${t}"`)).rows as Row[];
    await client.query('commit');
    return { engine: 'postgres', migrations, tables };
  } finally {
    await client.end();
  }
}

/** Names of the tables the connected database has (for the test that no table is forgotten). */
export async function listTables(): Promise<string[]> {
  if (dialectName() === 'postgres') {
    const { Client } = require('pg') as typeof import('pg');
    const client = new Client({ connectionString: env().DATABASE_URL });
    await client.connect();
    try {
      return (await client.query<{ t: string }>(`select table_name as t from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`)).rows.map((r) => r.t).sort();
    } finally {
      await client.end();
    }
  }
  const BetterSqlite3 = require('better-sqlite3') as typeof import('better-sqlite3');
  const db = new BetterSqlite3(path.join(dataDir(), 'bantin.sqlite'), { readonly: true });
  try {
    // FTS5's shadow tables (search_fts_data, search_titles_data, …) belong to their FTS5 tables.
    const rows = db.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'search_fts_%' and name not like 'search_titles_%' and name not like 'article_search_%' or name = 'article_search_ids'`).all() as { name: string }[];
    return rows.map((r) => r.name).sort();
  } finally {
    db.close();
  }
}
