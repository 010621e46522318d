/**
 * Server resources on a large database — `npm run bench:resources` (after `npm run build`).
 *
 * On a SQLite DATA_DIR of COUNT generated articles (made with bench/generate-articles.ts --fast
 * when missing, reused otherwise), it spawns `next start` and measures:
 *   cold start — spawn to the first 200 of `/` (the OS file cache may hold the database: say so);
 *   RSS idle   — the server's resident memory a few seconds after that;
 *   crawl      — every published article page fetched once (CONCURRENCY at a time) in a fixed
 *                shuffled order, until CRAWL_SECONDS have passed: the figures say how many;
 *   load       — wrk -t2 -c64 on a mix of MIX article pages (half crawled, half not).
 * RSS is VmRSS of the server and its children from /proc, sampled every 250 ms, with its private part
 * (RssAnon) beside it: VmRSS also counts the pages of the database file SQLite maps (up to 1 GiB).
 *
 * Env: COUNT (100000), DATA_DIR (bench/out/sqlite-COUNT), BENCH_PORT (3681), CONCURRENCY (16),
 * CRAWL_SECONDS (600), DURATION seconds of wrk (10), MIX (2000), SERVER_NODE_OPTIONS (the server's NODE_OPTIONS; default: scripts/start.sh's heap limit).
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { percentileOf } from './stats';

const COUNT = Number(process.env.COUNT || 100_000);
const DATA_DIR = path.resolve(process.env.DATA_DIR || `bench/out/sqlite-${COUNT}`);
const PORT = Number(process.env.BENCH_PORT || 3681);
const CONCURRENCY = Number(process.env.CONCURRENCY || 16);
const CRAWL_SECONDS = Number(process.env.CRAWL_SECONDS || 600);
const DURATION = Number(process.env.DURATION || 10);
const MIX = Number(process.env.MIX || 2000);
const BASE = `http://127.0.0.1:${PORT}`;
const MB = 1024 * 1024;

let server: ChildProcess | undefined;
/** An abort (out of heap) ends the process by a signal, with no exit code. */
const alive = () => !!server && server.exitCode === null && server.signalCode === null;
process.on('exit', () => server?.pid && process.kill(-server.pid, 'SIGTERM'));
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

/** The database file under DATA_DIR, or null when there is none yet. */
function dbFile(): string | null {
  if (!fs.existsSync(DATA_DIR)) return null;
  const f = fs.readdirSync(DATA_DIR).find((n) => /\.(db|sqlite3?)$/.test(n));
  return f ? path.join(DATA_DIR, f) : null;
}

function publishedSlugs(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT slug FROM articles WHERE status = 'published' ORDER BY id").pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** A deterministic shuffle (mulberry32), so that runs crawl the same pages in the same order. */
function shuffled<T>(xs: T[], seed = 12): T[] {
  let a = seed;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Resident memory of a process and its descendants, in bytes (zeros once it is gone): all of it, and
 *  its private part (RssAnon: heap, native memory), without the pages of the database file that SQLite
 *  maps (lib/db, mmap_size 1 GiB), which the OS page cache holds and can reclaim. */
function treeRss(pid: number): { rss: number; anon: number } {
  const sum = { rss: 0, anon: 0 };
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    sum.rss += Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) * 1024;
    sum.anon += Number(status.match(/^RssAnon:\s+(\d+) kB/m)?.[1] ?? 0) * 1024;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const kids = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      for (const k of kids) {
        const child = treeRss(Number(k));
        sum.rss += child.rss;
        sum.anon += child.anon;
      }
    }
  } catch {
    // the process ended between two reads
  }
  return sum;
}

type Mem = { rss: number; anon: number };

/** Samples memory every 250 ms; `phase` names which maxima a sample counts towards. */
class RssSampler {
  phase = 'idle';
  max = new Map<string, Mem>();
  last: Mem = { rss: 0, anon: 0 };
  private timer: NodeJS.Timeout;
  constructor(pid: number) {
    const sample = () => {
      this.last = treeRss(pid);
      const m = this.max.get(this.phase) ?? { rss: 0, anon: 0 };
      this.max.set(this.phase, { rss: Math.max(m.rss, this.last.rss), anon: Math.max(m.anon, this.last.anon) });
    };
    sample();
    this.timer = setInterval(sample, 250);
  }
  stop() {
    clearInterval(this.timer);
  }
}

async function crawl(paths: string[], deadline: number, rss: RssSampler) {
  let next = 0;
  let done = 0;
  let errors = 0;
  const times: number[] = [];
  const started = Date.now();
  // The memory beside the count: a run that dies shows how it grew (a full crawl once ran out of heap at 38,848 pages).
  const progress = setInterval(() => console.error(`  crawl: ${done} pages, ${Math.round((Date.now() - started) / 1000)} s, RSS ${Math.round(rss.last.rss / MB)} MB (private ${Math.round(rss.last.anon / MB)})`), 30_000);
  const worker = async () => {
    while (next < paths.length && Date.now() < deadline && alive()) {
      const p = paths[next++]!;
      const t0 = performance.now();
      try {
        const res = await fetch(BASE + p);
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
      times.push(performance.now() - t0);
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  clearInterval(progress);
  return { done, errors, seconds: (Date.now() - started) / 1000, p50: percentileOf(times, 50), p99: percentileOf(times, 99) };
}

function toMs(v: string): number {
  const n = parseFloat(v);
  return v.endsWith('us') ? n / 1000 : v.endsWith('ms') ? n : v.endsWith('s') ? n * 1000 : n;
}

/** wrk on a mix of paths: a Lua script picks one at random for each request. */
async function wrkMix(paths: string[]) {
  const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-bench-resources-')), 'mix.lua');
  fs.writeFileSync(script, `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}\nmath.randomseed(os.time())\nrequest = function() return wrk.format("GET", paths[math.random(#paths)]) end\n`);
  const { stdout: out } = await promisify(execFile)('wrk', ['-t2', '-c64', `-d${DURATION}s`, '--latency', '-s', script, BASE], { encoding: 'utf8', maxBuffer: 16 * MB });
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1]);
  const p99 = out.match(/^\s+99%\s+([\d.]+\w+)/m)?.[1];
  const non2xx = Number(out.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0);
  const sock = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const errors = non2xx + (sock ? sock.slice(1).reduce((s, x) => s + Number(x), 0) : 0);
  if (!rps || !p99) throw new Error(`could not read wrk's output:\n${out}`);
  return { rps, p99: toMs(p99), errors };
}

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run npm run build first.');
  if (!dbFile()) {
    console.error(`generating ${COUNT} articles into ${DATA_DIR}…`);
    execFileSync(path.join('node_modules', '.bin', 'tsx'), ['bench/generate-articles.ts', '--fast', '--count', String(COUNT), '--sqlite', DATA_DIR], { stdio: 'inherit' });
  }
  const slugs = publishedSlugs(dbFile()!);
  console.error(`${slugs.length} published articles in ${DATA_DIR}`);

  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(PORT),
    DATA_DIR,
    SITE_URL: `http://localhost:${PORT}`,
    NEXTAUTH_URL: `http://localhost:${PORT}`,
    NEXTAUTH_SECRET: 'bench-secret-not-for-production-0123456789',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.REDIS_URL; // the one-machine default: Next's in-process cache
  // As shipped (scripts/start.sh: its heap limit unless NODE_OPTIONS is set); SERVER_NODE_OPTIONS overrides it.
  if (process.env.SERVER_NODE_OPTIONS) env.NODE_OPTIONS = process.env.SERVER_NODE_OPTIONS;
  else delete env.NODE_OPTIONS;
  const log = fs.openSync(path.join(os.tmpdir(), `bantin-bench-resources-${PORT}.log`), 'w');
  const spawned = performance.now();
  // start.sh execs node, so the pid sampled is the server's.
  server = spawn('sh', ['scripts/start.sh', '-p', String(PORT), '-H', '127.0.0.1'], { env, stdio: ['ignore', log, log], detached: true });
  const rss = new RssSampler(server.pid!);
  let coldMs = 0;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}); see ${os.tmpdir()}/bantin-bench-resources-${PORT}.log`);
    const res = await fetch(`${BASE}/`).catch(() => null);
    if (res?.status === 200) {
      await res.arrayBuffer();
      coldMs = performance.now() - spawned;
      break;
    }
    await res?.arrayBuffer();
    if (performance.now() - spawned > 180_000) throw new Error('no 200 from / within 180 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  console.error(`cold start: ${(coldMs / 1000).toFixed(2)} s`);
  await new Promise((r) => setTimeout(r, 5000));
  const idle = rss.last;

  const order = shuffled(slugs).map((s) => `/bai/${s}`);
  rss.phase = 'crawl';
  const c = await crawl(order, Date.now() + CRAWL_SECONDS * 1000, rss);
  if (!alive()) throw new Error(`next start exited (${server.exitCode ?? server.signalCode}) after ${c.done} pages of the crawl; see ${os.tmpdir()}/bantin-bench-resources-${PORT}.log`);
  const afterCrawl = rss.last;

  // Half of the mix was crawled (maybe evicted since), half was not.
  const mix = [...order.slice(0, MIX / 2), ...order.slice(c.done, c.done + MIX / 2)];
  rss.phase = 'load';
  const w = await wrkMix(mix.length ? mix : order.slice(0, MIX));
  rss.phase = 'after';
  await new Promise((r) => setTimeout(r, 1000));
  rss.stop();

  const mb = (m: Mem | undefined) => `${Math.round((m?.rss ?? 0) / MB)} MB (private ${Math.round((m?.anon ?? 0) / MB)} MB)`;
  const all = c.done === slugs.length;
  console.log(`\n${new Date().toISOString()}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / MB / 1024)} GB, Node ${process.version}, load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
  console.log(`database: ${slugs.length.toLocaleString('en')} published articles (SQLite, ${DATA_DIR}); in-process cache (no REDIS_URL)${env.NODE_OPTIONS ? `; server NODE_OPTIONS=${env.NODE_OPTIONS}` : ''}\n`);
  console.log('| measure | figure |');
  console.log('| --- | --- |');
  console.log(`| cold start, spawn → first 200 of / | ${(coldMs / 1000).toFixed(2)} s |`);
  console.log(`| RSS idle (5 s after that) | ${mb(idle)} |`);
  console.log(`| crawl | ${c.done.toLocaleString('en')} article pages${all ? ' (every one)' : ` of ${slugs.length.toLocaleString('en')} (stopped at ${CRAWL_SECONDS} s)`} in ${Math.round(c.seconds)} s at concurrency ${CONCURRENCY}, ${(c.done / c.seconds).toFixed(0)} pages/s, p50 ${c.p50.toFixed(0)} ms, p99 ${c.p99.toFixed(0)} ms, ${c.errors} errors |`);
  console.log(`| RSS max during the crawl | ${mb(rss.max.get('crawl'))} (${mb(afterCrawl)} at its end) |`);
  console.log(`| wrk -t2 -c64 -d${DURATION}s, ${mix.length} article pages | ${Math.round(w.rps).toLocaleString('en')} req/s, p99 ${w.p99.toFixed(0)} ms, ${w.errors} errors |`);
  console.log(`| RSS max under that load | ${mb(rss.max.get('load'))} |`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
