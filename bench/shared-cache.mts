// Two instances of the production build on one DATA_DIR, with and without the shared cache on Redis
// (lib/cache/shared-cache-handler.mjs): wrk on both (article page on A, home page on B) while an editor
// publishes, and how long each publish takes to show on B's home page. It starts its own redis-server
// and servers. Usage (after `npm run build`):
//   npm run bench:shared-cache            (MODES=redis PUBLISHES=5 DURATION=12 CONNS=32 per instance)
// MODES=redis,memory adds the same run without REDIS_URL, where nothing tells B (several instances need
// REDIS_URL; docs/deploy-cache.md). The scheduled go-live is timed by e2e/two-instances.spec.ts: an
// article scheduled by this process (not an instance) would re-arm no instance's timer on SQLite.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { median, percentileOf } from './stats';

const run = promisify(execFile);
const portA = Number(process.env.BENCH_PORT || 3342);
const portB = portA + 1;
const redisPort = Number(process.env.BENCH_REDIS_PORT || 6392);
const modes = (process.env.MODES || 'redis').split(',');
const publishes = Number(process.env.PUBLISHES || 5);
const duration = Number(process.env.DURATION || 12);
const conns = Number(process.env.CONNS || 32);
const secret = 'bench-secret-not-for-production-0123456789';
const admin = { email: 'admin@bantin.test', password: 'mat-khau-quan-tri-1' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const children: ChildProcess[] = [];

async function until(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if ((await fetch(url).catch(() => null))?.ok) return;
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

function startServer(port: number, dataDir: string, redisUrl: string | undefined) {
  const env = { ...process.env, NODE_ENV: 'production', PORT: String(port), DATA_DIR: dataDir, SITE_URL: `http://localhost:${portA}`, NEXTAUTH_URL: `http://localhost:${portA}`, NEXTAUTH_SECRET: secret, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, NEXT_TELEMETRY_DISABLED: '1', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) };
  if (!redisUrl) delete env.REDIS_URL;
  // Server output, for when a figure looks wrong.
  const out = fs.openSync(path.join(os.tmpdir(), `bantin-bench-shared-${port}.log`), 'w');
  const child = spawn('npx', ['next', 'start', '-p', String(port)], { env, stdio: ['ignore', out, out], detached: true });
  children.push(child);
  return child;
}

function stop(child: ChildProcess) {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    // gone
  }
}

/** wrk's throughput, p99 (ms) and errors. */
async function wrk(url: string) {
  const { stdout } = await run('wrk', ['-t1', `-c${conns}`, `-d${duration}s`, '--latency', url], { maxBuffer: 1 << 20 });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]);
  const p99raw = /99%\s+([\d.]+)(us|ms|s)/.exec(stdout);
  const p99 = p99raw ? Number(p99raw[1]) * ({ us: 0.001, ms: 1, s: 1000 } as const)[p99raw[2] as 'us' | 'ms' | 's'] : NaN;
  const errors = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout)?.[1] ?? 0) + Number(/Socket errors:.*?timeout (\d+)/.exec(stdout)?.[1] ?? 0);
  return { rps, p99, errors };
}

/** Poll `url` until its body has `text`; ms since `from`. */
async function visibleAfter(url: string, text: string, from: number, ms = 30_000): Promise<number> {
  while (Date.now() - from < ms) {
    const body = await (await fetch(url)).text().catch(() => '');
    if (body.includes(text)) return Date.now() - from;
    await sleep(25);
  }
  return Infinity;
}

async function benchMode(mode: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-bench-shared-'));
  const redisUrl = mode === 'redis' ? `redis://127.0.0.1:${redisPort}` : undefined;
  if (redisUrl) await run('redis-cli', ['-p', String(redisPort), 'flushall']);
  const a = startServer(portA, dataDir, redisUrl);
  await until(`http://127.0.0.1:${portA}/robots.txt`, 120_000);
  const b = startServer(portB, dataDir, redisUrl);
  await until(`http://127.0.0.1:${portB}/robots.txt`, 120_000);

  // The bench publishes as an editor would, through the workflow, on the same database.
  process.env.DATA_DIR = dataDir;
  process.env.NEXTAUTH_SECRET = secret;
  const { createArticle, publishArticle } = await import('@/lib/articles/workflow');
  const { articleTagSet } = await import('@/lib/cache/tags');
  const { db, closeDb } = await import('@/lib/db');
  // What instance A's publish does to the shared cache: the article's tags expire in Redis (same namespace and build as the servers).
  const expire = await sharedExpiry(redisUrl);
  const user = await (await db()).selectFrom('users').select(['id', 'role']).where('email', '=', admin.email).executeTakeFirstOrThrow();
  const actor = { id: user.id, role: user.role };
  const home = await (await fetch(`http://127.0.0.1:${portB}/`)).text();
  const slug = /href="\/bai\/([^"]+)"/.exec(home)?.[1];
  for (const port of [portA, portB]) for (const p of ['/', `/bai/${slug}`]) for (let i = 0; i < 3; i++) await fetch(`http://127.0.0.1:${port}${p}`);

  const fields = (title: string) => ({ slug: `bench-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`, title, summary: 'Sapo của bài đo tải: bộ đệm dùng chung giữa các máy chủ.', body: 'Nội dung bài đo tải.', category: 'thoi-su', tags: ['Đo tải'], bylines: [{ name: 'Ban biên tập', role: 'reporter' }] });
  const loadAvg = os.loadavg()[0];
  const load = Promise.all([wrk(`http://127.0.0.1:${portA}/bai/${slug}`), wrk(`http://127.0.0.1:${portB}/`)]);
  await sleep(1500);
  const lags: number[] = [];
  for (let i = 0; i < publishes; i++) {
    const title = `Bài đo tải ${mode} số ${i + 1} ${Date.now().toString(36)}`;
    const created = await createArticle(actor, fields(title) as never);
    if (!created.ok) throw new Error(`create: ${JSON.stringify(created)}`);
    const published = await publishArticle(actor, { id: created.article.id, version: created.article.version });
    if (!published.ok) throw new Error(`publish: ${JSON.stringify(published)}`);
    await expire?.(articleTagSet(...published.revalidate));
    lags.push(await visibleAfter(`http://127.0.0.1:${portB}/`, title, Date.now(), 20_000));
    await sleep(500);
  }
  const [onA, onB] = await load;

  await closeDb();
  await expire?.close();
  stop(a);
  stop(b);
  await sleep(1500);
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { mode, onA, onB, lags, loadAvg };
}

/** Expire tags in the servers' shared cache, as the handler of the instance that published does. */
async function sharedExpiry(redisUrl: string | undefined) {
  if (!redisUrl) return undefined;
  const { createClient } = await import('@redis/client');
  // @ts-expect-error plain JavaScript, loaded unbundled by Next
  const { SharedCacheStore } = await import('../lib/cache/shared-cache-handler.mjs');
  const { cacheNamespace } = await import('@/lib/cache/redis-client');
  const client = createClient({ url: redisUrl, disableOfflineQueue: true });
  await client.connect();
  const build = fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  const store = new SharedCacheStore(client, { namespace: cacheNamespace(), build, manifest: new Map() });
  return Object.assign((tags: string[]) => store.revalidateTag(tags) as Promise<void>, { close: () => client.destroy() });
}

/** What one cached read costs the handler, in this process: Redis (one round trip, entry already held) against Next's memory cache. */
async function hitCost(redisUrl: string) {
  const { createClient } = await import('@redis/client');
  // @ts-expect-error plain JavaScript, loaded unbundled by Next
  const { SharedCacheStore, default: Handler } = await import('../lib/cache/shared-cache-handler.mjs');
  const client = createClient({ url: redisUrl, disableOfflineQueue: true });
  await client.connect();
  const store = new SharedCacheStore(client, { namespace: 'bantin:hitcost', build: 'b', manifest: new Map() });
  const memory = new Handler({ serverDistDir: os.tmpdir(), maxMemoryCacheSize: 50 << 20, flushToDisk: false });
  const tags = 'listings,article:x,section:thoi-su,_N_T_/layout,_N_T_/(site)/layout,_N_T_/(site)/bai/[slug]/page';
  const value = { kind: 'APP_PAGE', html: 'x'.repeat(63_000), rscData: Buffer.alloc(40_000, 1), headers: { 'x-next-cache-tags': tags }, status: 200, segmentData: new Map() };
  await store.set('/bai/x', value, { revalidate: 300, expire: 31536000 });
  await memory.set('/bai/x', value, { cacheControl: { revalidate: 300, expire: 31536000 } });
  const time = async (fn: () => Promise<unknown>) => {
    const xs: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const t = performance.now();
      await fn();
      xs.push((performance.now() - t) * 1000);
    }
    return `median ${median(xs).toFixed(0)} µs, p99 ${percentileOf(xs, 99).toFixed(0)} µs`;
  };
  const viaRedis = await time(() => store.get('/bai/x', []));
  const viaMemory = await time(() => memory.get('/bai/x', { kind: 'APP_PAGE' }));
  const cold = await time(() => {
    store.local.clear();
    store.localBytes = 0;
    return store.get('/bai/x', []);
  });
  await client.destroy();
  return { viaRedis, viaMemory, cold };
}

async function main() {
  let redis: ChildProcess | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-bench-redis-'));
  if (modes.includes('redis')) {
    redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
    await sleep(500);
  }
  const results = [];
  let hit: Awaited<ReturnType<typeof hitCost>> | undefined;
  try {
    if (redis) hit = await hitCost(`redis://127.0.0.1:${redisPort}`);
    for (const mode of modes) results.push(await benchMode(mode));
  } finally {
    children.forEach(stop);
    redis?.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '>20000');
  console.log(`\n${os.cpus().length} cores (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}), ${new Date().toISOString()}, wrk -t1 -c${conns} -d${duration}s on each instance, ${publishes} publishes on A during it\n`);
  if (hit) console.log(`one cached 100 kB page read by the handler: Redis, entry held ${hit.viaRedis}; Redis, entry fetched ${hit.cold}; Next's memory cache ${hit.viaMemory}\n`);
  console.log('| cache | A article req/s | A p99 ms | B home req/s | B home p99 ms | errors | publish on A → B home, ms (median, max) | load avg (1 min) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    console.log(`| ${r.mode === 'redis' ? 'shared (Redis)' : 'per instance (memory)'} | ${r.onA.rps.toFixed(0)} | ${r.onA.p99.toFixed(0)} | ${r.onB.rps.toFixed(0)} | ${r.onB.p99.toFixed(0)} | ${r.onA.errors + r.onB.errors} | ${f(median(r.lags))}, ${f(Math.max(...r.lags))} (${r.lags.map(f).join(', ')}) | ${r.loadAvg.toFixed(1)} |`);
  }
}

main().catch((error) => {
  console.error(error);
  children.forEach(stop);
  process.exit(1);
});
