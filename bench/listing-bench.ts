// Median time of the public listing reads (home, a section page, the feed) over
// a generated database. Usage:
//   npx tsx bench/generate-articles.ts --count 20000 --sqlite bench/out/sqlite-20000
//   DATA_DIR=bench/out/sqlite-20000 npm run bench:listings
import { closeDb, getDb } from '@/lib/db';
import { queryFeed, queryHome, querySection } from '@/lib/articles/queries';
import { printMedians } from './stats';

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
  await printMedians(cases, runs);
  await closeDb();
}
void main();
