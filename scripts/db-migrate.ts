/**
 * npm run db:migrate — bring the database (SQLite under DATA_DIR, or
 * PostgreSQL with DATABASE_URL) to the latest migration and say what ran.
 * Start-up does the same; this is for deployments that migrate first.
 */
import { closeDb, dialectName, getDb, migrateToLatest } from '@/lib/db';

async function main() {
  const target = dialectName() === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${process.env.DATA_DIR || './data'}`;
  const result = await migrateToLatest(getDb());
  const ran = result.results ?? [];
  if (ran.length === 0) console.log(`${target}: already up to date.`);
  for (const r of ran) console.log(`${target}: ${r.migrationName} ${r.status === 'Success' ? 'applied' : r.status}`);
}

main()
  .catch((error) => {
    console.error('Migration failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
