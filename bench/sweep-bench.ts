// What the per-instance sweep costs each instance every tick (lib/articles/scheduled-sweep.ts), over a
// generated database. Every 15 s each instance runs the two cheap checks; only when one finds
// something does it read the footprints. Usage:
//   npx tsx bench/generate-articles.ts --count 100000 --sqlite bench/out/sqlite-100000
//   DATA_DIR=bench/out/sqlite-100000 npm run bench:sweep
//   DATABASE_URL=postgres://…/bantin_bench npm run bench:sweep
import { closeDb, db as getDb } from '@/lib/db';
import { isPostgres } from '@/lib/db/engine';
import { changedFootprints, dueScheduled, hasChangedPublic, hasDueScheduled } from '@/lib/articles/scheduled-sweep';
import { median, percentileOf } from './stats';

const runs = Number(process.env.RUNS || 200);

async function time(fn: () => Promise<unknown>, n: number): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function main() {
  const db = await getDb();
  const count = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  // A tick's windows: the last 15 s for scheduled times, and 15 s + 5 s overlap ending 3 s back for changes.
  const scheduled = { since: iso(now - 15_000), until: iso(now) };
  const changed = { since: iso(now - 23_000), until: iso(now - 3_000) };

  // Nothing happened: the two checks every instance runs every tick.
  const idle = await time(async () => {
    await hasDueScheduled(scheduled);
    await hasChangedPublic(changed);
    await hasDueScheduled(changed);
  }, runs);

  // Ten published articles changed in the window (a busy quarter-minute): the route's reads.
  const ids = await db.selectFrom('articles').select('id').where('status', '=', 'published').orderBy('published_at', 'desc').limit(10).execute();
  const saved = await db.selectFrom('articles').select(['id', 'updated_at']).where('id', 'in', ids.map((r) => r.id)).execute();
  await db.updateTable('articles').set({ updated_at: iso(now - 10_000) }).where('id', 'in', ids.map((r) => r.id)).execute();
  let footprints = 0;
  const busy = await time(async () => {
    const f = await changedFootprints(changed);
    await dueScheduled(changed);
    footprints = f.due.length;
  }, Math.max(20, Math.floor(runs / 5)));
  for (const r of saved) await db.updateTable('articles').set({ updated_at: r.updated_at }).where('id', '=', r.id).execute();

  console.log(`${isPostgres(db) ? 'PostgreSQL' : 'SQLite'}, ${count?.n} articles`);
  console.log(`idle tick (3 checks): median ${median(idle).toFixed(2)} ms, p95 ${percentileOf(idle, 95).toFixed(2)} ms over ${idle.length} runs`);
  console.log(`10 changed articles (${footprints} footprints): median ${median(busy).toFixed(1)} ms, p95 ${percentileOf(busy, 95).toFixed(1)} ms over ${busy.length} runs`);
  await closeDb();
}
void main();
