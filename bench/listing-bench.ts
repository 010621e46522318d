// Median time of the public listing reads (home, a section page, the feed) over
// a generated database. Usage:
//   npx tsx bench/generate-articles.ts --count 20000 --sqlite bench/out/sqlite-20000
//   DATA_DIR=bench/out/sqlite-20000 npm run bench:listings
import { closeDb, getDb } from '@/lib/db';
import { queryFeed, queryHome, querySection } from '@/lib/articles/queries';
import { median } from './stats';

const now = new Date().toISOString();
const runs = Number(process.env.RUNS || 15);

async function main() {
  const db = getDb();
  const count = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const cases: [string, () => Promise<unknown>][] = [
    ['home', () => queryHome(db, now)],
    ['section page 3', () => querySection(db, 'thoi-su', 3, now)],
    ['feed', () => queryFeed(db, now)],
  ];
  console.log(`${count?.n} articles, ${runs} runs each`);
  for (const [name, fn] of cases) {
    await fn();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
    console.log(`${name}: median ${median(times).toFixed(1)} ms`);
  }
  await closeDb();
}
void main();
