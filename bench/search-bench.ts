/**
 * Search benchmark: SQLite FTS5 and PostgreSQL side by side, on the same
 * synthetic articles (bench/generate-articles.ts), in one run.
 *
 *   eval "$(bash scripts/pg-throwaway.sh start 55444)"   # a throwaway PostgreSQL
 *   npm run bench:search -- --count 100000 [--queries 400] [--engines sqlite,postgres]
 *
 * For each engine: generate the articles if the database does not hold them
 * yet (kept under bench/out/ and in database bantin_bench_<count>, never
 * committed), time a full rebuild of the search index (rebuildSearchIndex,
 * migration 901), then run every query of a fixed mix once after a warm-up and
 * report latency p50/p95/p99 of querySearch (engine match + ranking +
 * snippets: everything but the page cache). Right after each query, the bare
 * engine is timed on the same words (FTS5 `match … order by bm25 limit 20`,
 * tsvector `@@ … order by ts_rank limit 20`), so project/raw is a ratio of
 * the same run under the same load. Then the cost of publishing one article
 * into the full index. Also checks that both engines return the same first page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { rebuildSearchIndex } from '@/lib/db/migrations/920-search-titles';
import type { Database } from '@/lib/db/schema';
import { querySearch } from '@/lib/search/search-query';
import { foldVietnamese, searchTokens } from '@/lib/text/vietnamese';
import { timePublish } from './search-publish';
import { NAMES, PLACES, VOCABULARY, WORDS, generateArticles, makeWordPicker, prng, sentence } from './generate-articles';
import { percentile } from './stats';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const COUNT = Number(arg('count', '100000'));
const QUERIES = Number(arg('queries', '400'));
const ENGINES = arg('engines', 'sqlite,postgres').split(',');
/** Engines whose index is rebuilt (and timed) before the queries; `--rebuild none` reuses the index as it is. */
const REBUILD = arg('rebuild', ENGINES.join(',')).split(',');
const NOW = '2026-11-28T00:00:00.000Z';

type Engine = 'sqlite' | 'postgres';
type Query = { kind: string; q: string; section?: 'thoi-su' | 'kinh-te' };

function queryMix(n: number): Query[] {
  const rand = prng(7);
  const word = makeWordPicker(rand);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const words = (s: string) => s.toLowerCase().split(' ');
  const out: Query[] = [];
  const kinds: [string, () => Query][] = [
    ['2 từ có dấu', () => ({ kind: '', q: words(sentence(rand, word, 2, 2)).join(' ') })],
    ['2 từ không dấu', () => ({ kind: '', q: foldVietnamese(sentence(rand, word, 2, 2)) })],
    ['3–4 từ', () => ({ kind: '', q: sentence(rand, word, 3, 4).toLowerCase() })],
    ['1 từ phổ biến', () => ({ kind: '', q: pick(WORDS.slice(0, 15)) })],
    ['1 từ hiếm', () => ({ kind: '', q: pick(VOCABULARY.slice(WORDS.length + 2000)) })],
    ['tên người / địa danh', () => ({ kind: '', q: rand() < 0.5 ? foldVietnamese(pick(NAMES)) : pick(PLACES) })],
    ['có lọc chuyên mục', () => ({ kind: '', q: words(sentence(rand, word, 2, 2)).join(' '), section: rand() < 0.5 ? 'thoi-su' : 'kinh-te' })],
    ['không có kết quả', () => ({ kind: '', q: `${pick(WORDS)} khủnglong${Math.floor(rand() * 1000)}` })],
    ['cú pháp lạ', () => ({ kind: '', q: pick(['"phoi hop', 'phoi* OR hop', "'; drop table articles; --", 'NEAR(kinh te)', '((( )))', '🎉 du lịch']) })],
  ];
  for (let i = 0; i < n; i++) {
    const [kind, make] = kinds[i % kinds.length]!;
    out.push({ ...make(), kind });
  }
  return out;
}

async function open(engine: Engine): Promise<{ db: Kysely<Database>; where: string }> {
  const { createDb } = await import('@/lib/db');
  if (engine === 'sqlite') {
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = path.resolve(`bench/out/sqlite-${COUNT}`);
    return { db: createDb().db, where: path.join(process.env.DATA_DIR, 'bantin.sqlite') };
  }
  const admin = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('PostgreSQL: set BENCH_DATABASE_URL or TEST_DATABASE_URL (scripts/pg-throwaway.sh start)');
  const name = `bantin_bench_${COUNT}`;
  const { Client } = await import('pg');
  const client = new Client({ connectionString: admin });
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
  if (!exists.rowCount) await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  return { db: createDb().db, where: `${url.host}/${name}` };
}

const ms = (x: number) => x.toFixed(1);

/** The bare engine, asked to rank: every match scored, the best 20 (no visibility, filters or snippets). */
function rawRanked(db: Kysely<Database>, engine: Engine, words: string[]) {
  if (engine === 'postgres') {
    const q = words.map((w) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
    return sql`select article_id from search_docs where doc_vec @@ ${q}::tsquery order by ts_rank(doc_vec, ${q}::tsquery) desc limit 20`;
  }
  const q = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
  return sql`select rowid from search_fts where search_fts match ${q} order by bm25(search_fts) limit 20`;
}

async function run(engine: Engine, queries: Query[]) {
  const { migrateToLatest } = await import('@/lib/db');
  const { db, where } = await open(engine);
  await migrateToLatest(db);
  const have = Number((await db.selectFrom('articles').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst())?.n ?? 0);
  let generateSeconds: number | null = null;
  if (have < COUNT) {
    if (have > 0) throw new Error(`${where} holds ${have} articles, not ${COUNT}: remove it first`);
    console.error(`[${engine}] generating ${COUNT} articles into ${where} …`);
    const t = performance.now();
    await generateArticles(db, COUNT, { onProgress: (n) => n % 10_000 === 0 && console.error(`[${engine}]   ${n}`) });
    generateSeconds = (performance.now() - t) / 1000;
  }
  if (engine === 'postgres') await sql`analyze`.execute(db);

  let indexSeconds: number | null = null;
  if (REBUILD.includes(engine)) {
    console.error(`[${engine}] rebuilding the search index …`);
    const t0 = performance.now();
    await rebuildSearchIndex(db); // FTS5 optimize / PostgreSQL analyze included
    indexSeconds = (performance.now() - t0) / 1000;
  }

  let size = '';
  if (engine === 'postgres') {
    const r = await sql<{ s: string }>`select pg_size_pretty(pg_total_relation_size('search_docs')) as s`.execute(db);
    size = r.rows[0]!.s;
  } else {
    const file = path.resolve(`bench/out/sqlite-${COUNT}/bantin.sqlite`);
    size = `${(fs.statSync(file).size / 1024 / 1024).toFixed(0)} MB database file`;
  }

  for (const q of queries.slice(0, 30)) await querySearch(db, { q: q.q, section: q.section, page: 1 }, NOW);
  const times: { kind: string; t: number; raw: number | null; total: number; top: string[] }[] = [];
  for (const q of queries) {
    const t = performance.now();
    const r = await querySearch(db, { q: q.q, section: q.section, page: 1 }, NOW);
    const elapsed = performance.now() - t;
    const words = searchTokens(q.q).map((w) => w.folded);
    let raw: number | null = null;
    if (words.length) {
      const t1 = performance.now();
      await rawRanked(db, engine, words).execute(db);
      raw = performance.now() - t1;
    }
    times.push({ kind: q.kind, t: elapsed, raw, total: r.total, top: r.items.map((h) => h.article.slug) });
  }
  console.error(`[${engine}] publishing into the full index …`);
  const publish = await timePublish(db, 25);
  await db.destroy();
  return { engine, where, generateSeconds, indexSeconds, size, times, publish };
}

function summary(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1]!, mean: s.reduce((a, b) => a + b, 0) / s.length };
}

async function main() {
  fs.mkdirSync('bench/out', { recursive: true });
  const queries = queryMix(QUERIES);
  const results = [];
  for (const e of ENGINES) results.push(await run(e as Engine, queries));

  const cpu = os.cpus()[0]?.model ?? 'unknown';
  console.log(`\n## Search benchmark — ${new Date().toISOString().slice(0, 10)}`);
  console.log(`machine: ${os.cpus().length} CPU (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`);
  console.log(`articles: ${COUNT}; queries: ${queries.length} (each once, after a 30-query warm-up), page 1 of 10 results\n`);
  console.log('| engine | generate + index on write | index rebuild | index size | p50 ms | p95 ms | p99 ms | max ms | mean ms | publish one article median / p95 ms |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    const s = summary(r.times.map((x) => x.t));
    const p = summary(r.publish);
    console.log(`| ${r.engine} | ${r.generateSeconds === null ? '(existing)' : `${r.generateSeconds.toFixed(0)} s`} | ${r.indexSeconds === null ? '(not rebuilt)' : `${r.indexSeconds.toFixed(1)} s`} | ${r.size} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${ms(s.mean)} | ${ms(p.p50)} / ${ms(p.p95)} |`);
  }
  console.log('\nProject against the bare engine asked to rank, same queries, same run (queries with at least one word):\n');
  console.log('| engine | project p50 / p95 ms | raw engine p50 / p95 ms | project/raw p50 | project/raw p95 |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of results) {
    const withWords = r.times.filter((x) => x.raw !== null);
    const s = summary(withWords.map((x) => x.t));
    const raw = summary(withWords.map((x) => x.raw!));
    console.log(`| ${r.engine} | ${ms(s.p50)} / ${ms(s.p95)} | ${ms(raw.p50)} / ${ms(raw.p95)} | ${(s.p50 / raw.p50).toFixed(2)} | ${(s.p95 / raw.p95).toFixed(2)} |`);
  }
  console.log('\nBy kind of query (p50 / p95 ms, median matches):\n');
  const kinds = [...new Set(queries.map((q) => q.kind))];
  console.log(`| kind | ${results.map((r) => r.engine).join(' | ')} | matches (median) |`);
  console.log(`| --- | ${results.map(() => '---').join(' | ')} | --- |`);
  for (const k of kinds) {
    const cells = results.map((r) => {
      const s = summary(r.times.filter((x) => x.kind === k).map((x) => x.t));
      return `${ms(s.p50)} / ${ms(s.p95)}`;
    });
    const totals = results[0]!.times.filter((x) => x.kind === k).map((x) => x.total).sort((a, b) => a - b);
    console.log(`| ${k} | ${cells.join(' | ')} | ${totals[Math.floor(totals.length / 2)]} |`);
  }
  if (results.length === 2) {
    const [a, b] = results;
    const same = a!.times.filter((x, i) => JSON.stringify(x.top) === JSON.stringify(b!.times[i]!.top) && x.total === b!.times[i]!.total).length;
    console.log(`\nSame first page and same total on both engines: ${same} / ${queries.length} queries.`);
  }
  fs.writeFileSync(`bench/out/search-${COUNT}.json`, JSON.stringify({ count: COUNT, queries, results: results.map((r) => ({ ...r, times: r.times.map((t) => ({ kind: t.kind, t: t.t, raw: t.raw, total: t.total })) })) }, null, 1));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
