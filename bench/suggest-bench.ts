/**
 * Suggestions while typing: querySuggestions (lib/search/suggest.ts) for
 * every prefix a reader types of the benchmark's queries, on the databases
 * bench/search-bench.ts generated (run that first).
 *
 *   npx tsx bench/suggest-bench.ts --count 100000 [--engines sqlite,postgres]
 */
import path from 'node:path';
import { querySuggestions } from '@/lib/search/suggest';
import { percentile } from './stats';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const COUNT = Number(arg('count', '100000'));
const NOW = '2026-11-28T00:00:00.000Z';
// What a reader types, one key at a time from the second: common, accented, unaccented, a name, no match.
const TYPED = ['phối hợp hoạt động', 'kinh te bien', 'duy xuyên', 'hội an', 'tuan tra bien gioi', 'khủnglong', 'giao thông nông thôn', 'quang nam'];

async function main() {
  const { createDb } = await import('@/lib/db');
  for (const engine of arg('engines', 'sqlite,postgres').split(',')) {
    if (engine === 'sqlite') {
      delete process.env.DATABASE_URL;
      process.env.DATA_DIR = path.resolve(`bench/out/sqlite-${COUNT}`);
    } else {
      const url = new URL(process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL!);
      url.pathname = `/bantin_bench_${COUNT}`;
      process.env.DATABASE_URL = url.toString();
    }
    const { db } = createDb();
    const prefixes = TYPED.flatMap((t) => Array.from({ length: t.length - 1 }, (_, i) => t.slice(0, i + 2)));
    for (const p of prefixes.slice(0, 20)) await querySuggestions(db, p, NOW);
    const times: number[] = [];
    for (const p of prefixes) {
      const t = performance.now();
      await querySuggestions(db, p, NOW);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${engine}: ${times.length} prefixes, p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
    await db.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
