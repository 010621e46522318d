/**
 * Lighthouse mobile on the public pages — `npm run bench:lighthouse` (after `npm run build`).
 *
 * Starts `next start` on an empty DATA_DIR (start-up syncs the content/ seed article), warms each
 * page, then runs lighthouse@12.2.3 (mobile, its default simulated throttling) RUNS times per page
 * in Debian's Chromium and prints the median score of each category and the median LCP / TBT / CLS.
 * Lighthouse is fetched by npx (LIGHTHOUSE=path to use an installed one): a measuring tool, not
 * a dependency of the portal.
 *
 * Env: RUNS (3), BENCH_PORT (3333), CHROME_PATH (/usr/bin/chromium), LIGHTHOUSE.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { median } from './stats';

const RUNS = Number(process.env.RUNS || 3);
const PORT = Number(process.env.BENCH_PORT || 3333);
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const SEED = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';
const pages = [
  { name: 'home', path: '/' },
  { name: 'article', path: `/bai/${SEED}` },
  { name: 'section', path: '/chuyen-muc/quoc-phong-an-ninh' },
  { name: 'search', path: `/tim-kiem?q=${encodeURIComponent('bộ chỉ huy quân sự')}` },
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const flags = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-bench-lh-'));
let app: ChildProcess | undefined;
process.on('exit', () => app?.pid && process.kill(-app.pid, 'SIGTERM'));
process.on('SIGINT', () => process.exit(130));

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

type Run = { scores: Record<string, number>; lcp: number; tbt: number; cls: number; failing: string[] };

async function lighthouse(url: string): Promise<Run> {
  const out = path.join(work, `lh-${Date.now()}.json`);
  const [cmd, pre] = process.env.LIGHTHOUSE ? [process.env.LIGHTHOUSE, []] : ['npx', ['--yes', 'lighthouse@12.2.3']];
  await promisify(execFile)(cmd, [...pre, url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices,seo'], {
    env: { ...process.env, CHROME_PATH: CHROME },
    maxBuffer: 64 * 1024 * 1024,
  });
  const lhr = JSON.parse(fs.readFileSync(out, 'utf8'));
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  // Audits that cost points outside performance, so the table says why a score is not 100.
  const failing = categories
    .filter((c) => c !== 'performance')
    .flatMap((c) => lhr.categories[c].auditRefs.filter((r: { weight: number; id: string }) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1).map((r: { id: string }) => r.id));
  return { scores, lcp: lhr.audits['largest-contentful-paint'].numericValue, tbt: lhr.audits['total-blocking-time'].numericValue, cls: lhr.audits['cumulative-layout-shift'].numericValue, failing };
}

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run npm run build first.');
  const env = {
    ...process.env,
    PORT: String(PORT),
    DATA_DIR: path.join(work, 'data'),
    SITE_URL: `http://localhost:${PORT}`,
    NEXTAUTH_URL: `http://localhost:${PORT}`,
    NEXTAUTH_SECRET: 'bench-secret-not-for-production-0123456789',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  app = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(PORT)], { env, stdio: 'ignore', detached: true });
  await waitFor(`http://localhost:${PORT}/robots.txt`, 120_000);
  for (const p of pages) for (let i = 0; i < 3; i++) await (await fetch(`http://localhost:${PORT}${p.path}`)).text();

  const rows: string[] = [];
  for (const p of pages) {
    const runs: Run[] = [];
    for (let r = 0; r < RUNS; r++) {
      runs.push(await lighthouse(`http://localhost:${PORT}${p.path}`));
      console.error(`${p.name} run ${r + 1}: ${JSON.stringify(runs.at(-1)!.scores)} LCP ${Math.round(runs.at(-1)!.lcp)} ms`);
    }
    const m = (f: (r: Run) => number) => median(runs.map(f));
    const failing = [...new Set(runs.flatMap((r) => r.failing))].join(', ') || '—';
    rows.push(`| ${p.name} | ${categories.map((c) => m((r) => r.scores[c]!)).join(' | ')} | ${(m((r) => r.lcp) / 1000).toFixed(2)} s | ${Math.round(m((r) => r.tbt))} ms | ${m((r) => r.cls).toFixed(3)} | ${failing} |`);
  }
  console.log(`\nlighthouse@12.2.3 mobile, median of ${RUNS}, ${new Date().toISOString()}, ${os.cpus().length} cores, load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}\n`);
  console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | audits below 1 (outside performance) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) console.log(r);
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
