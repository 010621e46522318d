import type { Database } from '@/lib/db/schema';

/**
 * Every table a backup holds, parents before children so that a restore can
 * insert in this order with foreign keys on. Derived tables are left out on
 * purpose: the search index (`search_docs`, `search_fts`, `search_titles` of 920; before 901 `article_search`, `article_search_ids`) is rebuilt
 * by the articles' own triggers as the rows go back in, the migration
 * tables are written by the migrator, and `article_presence` only says who has a tab open now. `backup.test.ts` fails when a migration
 * adds a table that is in neither list.
 */
export const backupTables = [
  'users',
  'articles',
  'article_tags',
  'article_bylines',
  'revisions',
  'corrections',
  'audit_log',
  'login_attempts',
  'media',
  'article_media',
  'page_views',
  'app_state',
  'article_pending_edits',
  'sessions',
  'recovery_codes',
  'front_pins',
  'breaking_banner',
  'live_coverage',
  'live_entries',
  'sections',
  'section_redirects',
] as const satisfies readonly (keyof Database)[];

export type BackupTable = (typeof backupTables)[number];

/** Tables in the database that are not data of their own (see above). */
// view_readers / view_salts: who was counted today, by design forgotten with the day, never carried into a backup.
export const derivedTables = ['view_readers', 'view_salts', 'article_search', 'article_search_ids', 'search_docs', 'search_fts', 'search_titles', 'bantin_migrations', 'bantin_migrations_lock', 'article_presence'];

export type Row = Record<string, unknown>;

/** One consistent reading of the database: its schema version and every row. */
export type Snapshot = { engine: 'sqlite' | 'postgres'; migrations: string[]; tables: Record<BackupTable, Row[]> };
