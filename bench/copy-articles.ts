/**
 * Copy the generated articles (and their tag and byline rows) from one
 * benchmark database into an empty one of the other engine, instead of
 * generating them again: the generator's JavaScript (sentences, MDX → search
 * text) is most of its 8–10 minutes per 100,000 on a busy machine, and the
 * rows are the same either way (seeded). The target's own triggers index
 * every row as it arrives, as a write would.
 *
 *   npx tsx bench/copy-articles.ts --from postgres://…/bantin_bench_100000 --sqlite bench/out/sqlite-100000
 */
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

async function main() {
  const from = arg('from');
  const dir = arg('sqlite');
  if (!from || !dir) throw new Error('usage: --from postgres://… --sqlite DIR');
  const { Client } = await import('pg');
  const source = new Client({ connectionString: from });
  await source.connect();
  delete process.env.DATABASE_URL;
  process.env.DATA_DIR = dir;
  const { getDb, migrateToLatest, withWriteTransaction, closeDb } = await import('@/lib/db');
  const db: Kysely<Database> = getDb();
  await migrateToLatest(db);
  const t0 = performance.now();
  for (const table of ['articles', 'article_tags', 'article_bylines'] as const) {
    const key = table === 'articles' ? 'id' : 'article_id';
    let done = 0;
    let after = '';
    for (;;) {
      // Whole articles per batch (keyset on the id), under SQLite's 32,766 parameters.
      const { rows } = await source.query(
        `select * from ${table} where ${key} in (select id from articles where id > $1 order by id limit 500) order by ${key}`,
        [after],
      );
      if (!rows.length) break;
      after = rows[rows.length - 1][key];
      // any: rows are copied column for column between identical schemas
      await withWriteTransaction((tx) => tx.insertInto(table).values(rows as any).execute(), db);
      done += rows.length;
    }
    console.log(`${table}: ${done} rows`);
  }
  console.log(`copied in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await source.end();
  await closeDb();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
