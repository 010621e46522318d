/**
 * Serving speed of cached public pages — `npm run bench:serve` (after `npm run build`).
 *
 * On an empty DATA_DIR (start-up syncs the content/ seed article), with every cache warm, wrk
 * (-t2 -c64) measures four pages through three servers, in alternating rounds:
 *   proxy  — the portal behind the shipped nginx micro-cache (deploy/nginx.conf);
 *   next   — `next start` alone;
 *   static — the reference: nginx serving the same HTML, saved to a file;
 *   stock  — the second reference: a stock Next app of the same versions (no proxy, no data),
 *            each page prerendered at build time from the portal's visible HTML, padded to its size.
 * It prints medians (req/s, p99) and ratios against the static reference of the same run.
 *
 * Env: ROUNDS (3), DURATION seconds per wrk run (8), BENCH_PORT (3323; +1 proxy, +2 static, +3 stock), NGINX.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { median } from './stats';

const ROUNDS = Number(process.env.ROUNDS || 3);
const DURATION = Number(process.env.DURATION || 8);
const APP_PORT = Number(process.env.BENCH_PORT || 3323);
const PROXY_PORT = APP_PORT + 1;
const STATIC_PORT = APP_PORT + 2;
const STOCK_PORT = APP_PORT + 3;
const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const SEED = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';
const pages = [
  { name: 'seed article', path: `/bai/${SEED}`, file: 'article.html', stock: 'a' },
  { name: 'home', path: '/', file: 'home.html', stock: 'h' },
  { name: 'section', path: '/chuyen-muc/quoc-phong-an-ninh', file: 'section.html', stock: 's' },
  { name: 'RSS', path: '/rss.xml', file: 'rss.xml', stock: null },
];
const targets = [
  { name: 'proxy', base: `http://127.0.0.1:${PROXY_PORT}` },
  { name: 'next', base: `http://127.0.0.1:${APP_PORT}` },
  { name: 'stock', base: `http://127.0.0.1:${STOCK_PORT}` },
  { name: 'static', base: `http://127.0.0.1:${STATIC_PORT}` },
] as const;
const urlOf = (t: (typeof targets)[number], p: (typeof pages)[number]) =>
  t.name === 'static' ? `${t.base}/${p.file}` : t.name === 'stock' ? (p.stock ? `${t.base}/${p.stock}` : null) : `${t.base}${p.path}`;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-bench-serve-'));
const children: ChildProcess[] = [];
const nginxPrefixes: string[] = [];

function stopAll() {
  for (const prefix of nginxPrefixes) {
    const pid = path.join(prefix, 'nginx.pid');
    if (fs.existsSync(pid)) process.kill(Number(fs.readFileSync(pid, 'utf8')), 'SIGTERM');
  }
  for (const c of children) if (c.pid) process.kill(-c.pid, 'SIGTERM');
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

function startNginx(prefix: string, conf: string) {
  nginxPrefixes.push(prefix);
  execFileSync(NGINX, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')]);
}

/** The reference: the same bytes as files, nginx with the same worker count as the proxy. */
function staticConf(prefix: string, root: string): string {
  fs.mkdirSync(path.join(prefix, 'tmp'), { recursive: true });
  const conf = path.join(prefix, 'nginx.conf');
  const tmp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/tmp;`).join(' ');
  fs.writeFileSync(
    conf,
    // Started by root, workers would be `nobody`, who cannot read the private work directory.
    `${process.getuid?.() === 0 ? `user ${os.userInfo().username}; ` : ''}worker_processes auto; pid ${prefix}/nginx.pid; error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000; ${tmp}
  types { text/html html; application/rss+xml xml; }
  server { listen 127.0.0.1:${STATIC_PORT}; root ${root}; } }\n`,
  );
  return conf;
}

/**
 * The stock reference: `next build` of a bare app (this repository's next and react) whose pages are
 * the portal's visible HTML without its scripts, repeated until the stock page weighs what the
 * portal's does (HTML + RSC payload), so the two differ by the portal's machinery, not by bytes.
 */
async function buildStock(root: string): Promise<string> {
  const dir = path.join('bench', 'out', 'stock-next');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'app'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'next.config.mjs'), `export default { turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`);
  fs.writeFileSync(path.join(dir, 'app', 'layout.js'), 'export default function Layout({ children }) { return <html lang="vi"><body>{children}</body></html>; }\n');
  for (const p of pages) {
    if (!p.stock) continue;
    const html = fs.readFileSync(path.join(root, p.file), 'utf8');
    const body = (html.match(/<body[^>]*>([\s\S]*)<\/body>/)?.[1] ?? html).replace(/<script[\s\S]*?<\/script>/g, '');
    // The page ships its markup twice (HTML and the RSC payload): half the portal's bytes of markup.
    const want = Math.max(body.length, Math.round(Buffer.byteLength(html) / 2) - 5000);
    let padded = body;
    while (Buffer.byteLength(padded) < want) padded += body.slice(0, want - Buffer.byteLength(padded));
    fs.mkdirSync(path.join(dir, 'app', p.stock));
    fs.writeFileSync(path.join(dir, 'app', p.stock, 'page.js'), `const html = ${JSON.stringify(padded)};\nexport default function Page() { return <div dangerouslySetInnerHTML={{ __html: html }} />; }\n`);
  }
  const bin = path.resolve('node_modules', '.bin', 'next');
  await promisify(execFile)(bin, ['build'], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return dir;
}

type Result = { rps: number; p99ms: number; errors: number; requests: number; nextCpuMs?: number; nginxCpuMs?: number };

/** CPU time (user + system) the process has used, in ms: independent of how busy the machine is. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in USER_HZ (100 on Linux)
}

/** CPU of an nginx's workers (the children of its master), for the static reference. */
function workersCpuMs(prefix: string): number {
  const master = fs.readFileSync(path.join(prefix, 'nginx.pid'), 'utf8').trim();
  const kids = fs.readFileSync(`/proc/${master}/task/${master}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  return kids.reduce((sum, pid) => sum + cpuMs(Number(pid)), 0);
}

function toMs(v: string): number {
  const n = parseFloat(v);
  if (v.endsWith('us')) return n / 1000;
  if (v.endsWith('ms')) return n;
  if (v.endsWith('s')) return n * 1000;
  return n;
}

// Asynchronous, so that Ctrl-C stops the servers between runs.
async function wrk(url: string): Promise<Result> {
  const { stdout: out } = await promisify(execFile)('wrk', ['-t2', '-c64', `-d${DURATION}s`, '--latency', url], { encoding: 'utf8' });
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1]);
  const p99 = out.match(/^\s+99%\s+([\d.]+\w+)/m)?.[1];
  const non2xx = Number(out.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0);
  const sock = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const errors = non2xx + (sock ? sock.slice(1).reduce((s, x) => s + Number(x), 0) : 0);
  const requests = Number(out.match(/(\d+) requests in/)?.[1]);
  if (!rps || !p99 || !requests) throw new Error(`could not read wrk's output:\n${out}`);
  return { rps, p99ms: toMs(p99), errors, requests };
}

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run npm run build first.');
  if (!fs.existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX} (set NGINX=…)`);
  const dataDir = path.join(work, 'data');
  const env = {
    ...process.env,
    PORT: String(APP_PORT),
    DATA_DIR: dataDir,
    SITE_URL: `http://localhost:${PROXY_PORT}`,
    NEXTAUTH_SECRET: 'bench-secret-not-for-production-0123456789',
    TRUST_PROXY: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const app = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(APP_PORT), '-H', '127.0.0.1'], { env, stdio: 'ignore', detached: true });
  children.push(app);
  await waitFor(`http://127.0.0.1:${APP_PORT}/robots.txt`, 120_000);

  const proxyPrefix = path.join(work, 'proxy');
  const render = ['deploy/render-nginx-conf.mjs', '--listen', `127.0.0.1:${PROXY_PORT}`, '--upstream', `127.0.0.1:${APP_PORT}`, '--prefix', proxyPrefix];
  startNginx(proxyPrefix, execFileSync(process.execPath, render, { encoding: 'utf8' }).trim());

  // Warm Next's cache, then save what it serves as the static reference's files.
  const root = path.join(work, 'static');
  fs.mkdirSync(root);
  for (const p of pages) {
    for (let i = 0; i < 3; i++) await (await fetch(`http://127.0.0.1:${APP_PORT}${p.path}`)).text();
    const res = await fetch(`http://127.0.0.1:${APP_PORT}${p.path}`);
    if (!res.ok) throw new Error(`${p.path} answered ${res.status}`);
    fs.writeFileSync(path.join(root, p.file), await res.text());
  }
  const staticPrefix = path.join(work, 'static-nginx');
  startNginx(staticPrefix, staticConf(staticPrefix, root));
  for (const p of pages) await waitFor(`http://127.0.0.1:${PROXY_PORT}${p.path}`, 10_000);

  console.error('building the stock Next reference…');
  const stockDir = await buildStock(root);
  const stock = spawn(path.resolve('node_modules', '.bin', 'next'), ['start', '-p', String(STOCK_PORT), '-H', '127.0.0.1'], { cwd: stockDir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore', detached: true });
  children.push(stock);
  const stockBytes = new Map<string, number>();
  for (const p of pages) {
    if (!p.stock) continue;
    await waitFor(`http://127.0.0.1:${STOCK_PORT}/${p.stock}`, 60_000);
    stockBytes.set(p.name, Buffer.byteLength(await (await fetch(`http://127.0.0.1:${STOCK_PORT}/${p.stock}`)).text()));
  }

  const results = new Map<string, Result[]>();
  for (let r = 1; r <= ROUNDS; r++) {
    for (const p of pages) {
      for (const t of targets) {
        const url = urlOf(t, p);
        if (!url) continue;
        const isStatic = t.name === 'static';
        const server = t.name === 'stock' ? stock : app;
        const before = cpuMs(server.pid!);
        const nginxBefore = isStatic ? workersCpuMs(staticPrefix) : 0;
        const res = await wrk(url);
        if (!isStatic) res.nextCpuMs = (cpuMs(server.pid!) - before) / res.requests;
        // How busy the machine is shows in what a static file costs nginx (issue 12 measured ~0.04 ms at 22,000+ req/s).
        else res.nginxCpuMs = (workersCpuMs(staticPrefix) - nginxBefore) / res.requests;
        const key = `${p.name}|${t.name}`;
        results.set(key, [...(results.get(key) ?? []), res]);
        const cpu = res.nextCpuMs !== undefined ? `, Next CPU ${res.nextCpuMs.toFixed(3)} ms/request` : `, nginx CPU ${res.nginxCpuMs!.toFixed(3)} ms/request`;
        console.error(`round ${r} ${p.name} ${t.name}: ${res.rps.toFixed(0)} req/s, p99 ${res.p99ms.toFixed(1)} ms, errors ${res.errors}${cpu}`);
      }
    }
  }

  const bytes = (f: string) => (fs.statSync(path.join(root, f)).size / 1024).toFixed(1);
  console.log(`\nwrk -t2 -c64 -d${DURATION}s, ${ROUNDS} alternating rounds, medians (ratio against nginx serving the same file). ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}, load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}\n`);
  console.log('| page | HTML kB | behind the proxy | Next alone (× stock) | stock Next page (kB) | nginx static file (reference) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const p of pages) {
    const m = (t: string) => {
      const rs = results.get(`${p.name}|${t}`)!;
      const cpu = median(rs.map((x) => x.nextCpuMs ?? x.nginxCpuMs!));
      return { rps: median(rs.map((x) => x.rps)), p99: median(rs.map((x) => x.p99ms)), errors: rs.reduce((s, x) => s + x.errors, 0), cpu };
    };
    const ref = m('static');
    const stockRef = p.stock ? m('stock') : null;
    const cell = (t: string) => {
      if (t === 'stock' && !stockRef) return '—';
      const v = m(t);
      const ratio = t === 'static' ? '' : ` (${(v.rps / ref.rps).toFixed(2)}× nginx${t === 'next' && stockRef ? `, ${(v.rps / stockRef.rps).toFixed(2)}× stock` : ''})`;
      const cpu = `, ${t === 'static' ? 'nginx' : 'Next'} CPU ${v.cpu.toFixed(3)} ms/req`;
      const size = t === 'stock' ? `, ${((stockBytes.get(p.name) ?? 0) / 1024).toFixed(1)} kB` : '';
      return `${Math.round(v.rps).toLocaleString('en')} req/s${ratio}, p99 ${v.p99.toFixed(1)} ms${cpu}${size}${v.errors ? `, ${v.errors} errors (wrk timeouts: > 2 s)` : ''}`;
    };
    console.log(`| ${p.name} | ${bytes(p.file)} | ${cell('proxy')} | ${cell('next')} | ${cell('stock')} | ${cell('static')} |`);
  }
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
