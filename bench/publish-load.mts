/**
 * Publishing under load, through the shipped proxy — `npm run bench:publish-load` (after `npm run build`).
 *
 * The portal (`next start` on a fresh DATA_DIR: the content/ seed articles) behind the nginx
 * micro-cache of deploy/ (deploy/render-nginx-conf.mjs, as bench/serve.mts starts it); wrk -t2 -c64
 * through the proxy on the seed article and the home page (one Lua mix, half each) while an
 * editor publishes PUBLISHES articles through the workflow (lib/articles/workflow, as
 * bench/shared-cache.mts does). It prints wrk's p99 and errors, and for each publish the time until
 * the home page *through the proxy* shows the new title.
 *
 * The publish runs in this process, so the server must learn of it as an instance learns of
 * another's: the one instance runs with REDIS_URL (a redis-server this bench starts) and the
 * publish expires the same tags in Redis as the publishing instance's cache handler would.
 *
 * After each publish it refreshes the changed pages through the proxy (lib/cache/proxy-refresh.ts),
 * as the publishing instance does with PROXY_REFRESH_URL; REFRESH=0 measures the bare micro-cache.
 *
 * Env: BENCH_PORT (3682; +1 proxy), BENCH_REDIS_PORT (6478), PUBLISHES (10), DURATION (wrk seconds:
 * long enough for every publish, 30), REFRESH (1), NGINX.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { median } from './stats';

const APP_PORT = Number(process.env.BENCH_PORT || 3682);
const PROXY_PORT = APP_PORT + 1;
const REDIS_PORT = Number(process.env.BENCH_REDIS_PORT || 6478);
const PUBLISHES = Number(process.env.PUBLISHES || 10);
const DURATION = Number(process.env.DURATION || 30);
const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const REFRESH = process.env.REFRESH !== '0';
const refreshSecret = 'bench-proxy-refresh-secret-0123456789';
const SEED = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';
const secret = 'bench-secret-not-for-production-0123456789';
const admin = { email: 'admin@bantin.test', password: 'mat-khau-quan-tri-1' };
const PROXY = `http://127.0.0.1:${PROXY_PORT}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-bench-publish-'));
const children: ChildProcess[] = [];
let nginxPid: string | undefined;
process.on('exit', () => {
  if (nginxPid) process.kill(Number(nginxPid), 'SIGTERM');
  for (const c of children) if (c.pid && c.exitCode === null) process.kill(-c.pid, 'SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

async function until(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const res = await fetch(url).catch(() => null);
    await res?.arrayBuffer();
    if (res?.ok) return;
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

function toMs(v: string): number {
  const n = parseFloat(v);
  return v.endsWith('us') ? n / 1000 : v.endsWith('ms') ? n : v.endsWith('s') ? n * 1000 : n;
}

async function wrkMix(paths: string[]) {
  const script = path.join(work, 'mix.lua');
  fs.writeFileSync(script, `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}\nlocal i = 0\nrequest = function() i = i + 1 return wrk.format("GET", paths[(i % #paths) + 1]) end\n`);
  const { stdout: out } = await promisify(execFile)('wrk', ['-t2', '-c64', `-d${DURATION}s`, '--latency', '-s', script, PROXY], { encoding: 'utf8' });
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1]);
  const p99 = out.match(/^\s+99%\s+([\d.]+\w+)/m)?.[1];
  const p50 = out.match(/^\s+50%\s+([\d.]+\w+)/m)?.[1];
  const non2xx = Number(out.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0);
  const sock = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const errors = non2xx + (sock ? sock.slice(1).reduce((s, x) => s + Number(x), 0) : 0);
  const requests = Number(out.match(/(\d+) requests in/)?.[1]);
  if (!rps || !p99 || !p50) throw new Error(`could not read wrk's output:\n${out}`);
  return { rps, p50: toMs(p50), p99: toMs(p99), errors, requests };
}

/** Poll `url` until its body has `text`; ms since `from` (Infinity after `ms`). */
async function visibleAfter(url: string, text: string, from: number, ms = 20_000): Promise<number> {
  while (Date.now() - from < ms) {
    const body = await fetch(url)
      .then((r) => r.text())
      .catch(() => '');
    if (body.includes(text)) return Date.now() - from;
    await sleep(20);
  }
  return Infinity;
}

/** Expire tags in the server's shared cache, as the handler of the instance that published does. */
async function sharedExpiry(redisUrl: string) {
  const { createClient } = await import('@redis/client');
  // @ts-expect-error plain JavaScript, loaded unbundled by Next
  const { SharedCacheStore } = await import('../lib/cache/shared-cache-handler.mjs');
  const { cacheNamespace } = await import('@/lib/cache/redis-client');
  const client = createClient({ url: redisUrl, disableOfflineQueue: true });
  await client.connect();
  const build = fs.readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim();
  const store = new SharedCacheStore(client, { namespace: cacheNamespace(), build, manifest: new Map() });
  return Object.assign((tags: string[]) => store.revalidateTag(tags) as Promise<void>, { close: () => client.destroy() });
}

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run npm run build first.');
  if (!fs.existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX} (set NGINX=…)`);
  const redisUrl = `redis://127.0.0.1:${REDIS_PORT}`;
  children.push(spawn('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', work], { stdio: 'ignore', detached: true }));
  const dataDir = path.join(work, 'data');
  const env = { ...process.env, NODE_ENV: 'production', PORT: String(APP_PORT), DATA_DIR: dataDir, REDIS_URL: redisUrl, SITE_URL: PROXY, NEXTAUTH_URL: PROXY, NEXTAUTH_SECRET: secret, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, TRUST_PROXY: '1', NEXT_TELEMETRY_DISABLED: '1' };
  const log = fs.openSync(path.join(os.tmpdir(), `bantin-bench-publish-${APP_PORT}.log`), 'w');
  children.push(spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(APP_PORT), '-H', '127.0.0.1'], { env, stdio: ['ignore', log, log], detached: true }));
  await until(`http://127.0.0.1:${APP_PORT}/robots.txt`, 120_000);

  const prefix = path.join(work, 'proxy');
  const render = ['deploy/render-nginx-conf.mjs', '--listen', `127.0.0.1:${PROXY_PORT}`, '--upstream', `127.0.0.1:${APP_PORT}`, '--prefix', prefix, '--refresh-secret', refreshSecret];
  const conf = execFileSync(process.execPath, render, { encoding: 'utf8' }).trim();
  execFileSync(NGINX, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')]);
  nginxPid = fs.readFileSync(path.join(prefix, 'nginx.pid'), 'utf8').trim();
  const pages = ['/', `/bai/${SEED}`];
  for (const p of pages) {
    await until(PROXY + p, 30_000);
    for (let i = 0; i < 3; i++) await (await fetch(PROXY + p)).arrayBuffer();
  }

  // The editor's side: the workflow on the same database, the expiry in the shared cache.
  process.env.DATA_DIR = dataDir;
  process.env.NEXTAUTH_SECRET = secret;
  Object.assign(process.env, { SITE_URL: PROXY, PROXY_REFRESH_URL: REFRESH ? PROXY : '', PROXY_REFRESH_SECRET: refreshSecret });
  const { pathsForTags, refreshProxies } = await import('@/lib/cache/proxy-refresh');
  const { createArticle, publishArticle } = await import('@/lib/articles/workflow');
  const { articleTagSet } = await import('@/lib/cache/tags');
  const { db, closeDb } = await import('@/lib/db');
  const expire = await sharedExpiry(redisUrl);
  const user = await (await db()).selectFrom('users').select(['id', 'role']).where('email', '=', admin.email).executeTakeFirstOrThrow();
  const actor = { id: user.id, role: user.role };
  const fields = (title: string) => ({ slug: `bench-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`, title, summary: 'Sapo của bài đo tải: xuất bản khi có 64 người đọc.', body: 'Nội dung bài đo tải.', category: 'thoi-su', tags: ['Đo tải'], bylines: [{ name: 'Ban biên tập', role: 'reporter' }] });

  const loadAvg = os.loadavg()[0]!;
  const started = Date.now();
  const load = wrkMix(pages);
  await sleep(2000);
  const lags: number[] = [];
  for (let i = 0; i < PUBLISHES; i++) {
    const title = `Bài đo tải xuất bản số ${i + 1} ${Date.now().toString(36)}`;
    const created = await createArticle(actor, fields(title) as never);
    if (!created.ok) throw new Error(`create: ${JSON.stringify(created)}`);
    const t0 = Date.now();
    const published = await publishArticle(actor, { id: created.article.id, version: created.article.version });
    if (!published.ok) throw new Error(`publish: ${JSON.stringify(published)}`);
    const tags = articleTagSet(...published.revalidate);
    await expire(tags);
    void refreshProxies(pathsForTags(tags));
    lags.push(await visibleAfter(`${PROXY}/`, title, t0));
    await sleep(500);
  }
  const publishingMs = Date.now() - started;
  const w = await load;
  await closeDb();
  await expire.close();

  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '>20000');
  console.log(`\n${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}, load average ${loadAvg.toFixed(1)} at the start, ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end`);
  console.log(`wrk -t2 -c64 -d${DURATION}s through the proxy, ${pages.join(' and ')} alternately; ${PUBLISHES} publishes in its first ${(publishingMs / 1000).toFixed(0)} s; refresh on publish ${REFRESH ? 'on' : 'off (REFRESH=0)'}\n`);
  console.log('| measure | figure | goal |');
  console.log('| --- | --- | --- |');
  console.log(`| readers through the proxy | ${Math.round(w.rps).toLocaleString('en')} req/s, p50 ${w.p50.toFixed(1)} ms, p99 ${w.p99.toFixed(1)} ms | p99 < 50 ms |`);
  console.log(`| errors (non-2xx/3xx, socket) | ${w.errors} of ${w.requests.toLocaleString('en')} | 0 |`);
  console.log(`| publish → new title on / through the proxy | median ${f(median(lags))} ms, max ${f(Math.max(...lags))} ms (${lags.map(f).join(', ')}) | each < 1000 ms |`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
