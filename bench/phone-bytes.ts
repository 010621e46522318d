/**
 * What a phone downloads for the seed article: `npm run bench:phone`
 * (after `npm run build`). Starts `next start` on PHONE_PORT (default 3402)
 * with a fresh DATA_DIR, opens the page in Chromium as a 360 × 800 phone at
 * device pixel ratio 2, and adds up every response by kind, as transferred
 * (compressed body + headers, from the network layer). Twice: the first
 * screen (load), then after scrolling to the end (lazy photos). The page is
 * requested once before measuring so the measured load is the cached page
 * readers get, not its first render.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Request } from '@playwright/test';

const PORT = Number(process.env.PHONE_PORT || 3402);
const BASE = `http://localhost:${PORT}`;
const SLUG = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';

type Row = { url: string; kind: string; bytes: number; body: number; status: number };

function kindOf(req: Request, contentType: string): string {
  const t = req.resourceType();
  if (t === 'document') return 'html';
  if (t === 'stylesheet') return 'css';
  if (t === 'script') return 'js';
  if (t === 'font') return 'fonts';
  if (t === 'image') return 'images';
  if (contentType.includes('text/x-component')) return 'rsc';
  return t;
}

async function startServer(): Promise<ChildProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-phone-'));
  const server = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(PORT)], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, NEXTAUTH_SECRET: 'bench-secret-0123456789abcdef', SITE_URL: BASE, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/robots.txt`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start');
}

async function main() {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    await (await fetch(`${BASE}/bai/${SLUG}`)).text(); // render once: readers get the cached page
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' });
    const page = await context.newPage();
    const rows: Row[] = [];
    page.on('requestfinished', async (req) => {
      const res = await req.response();
      const sizes = await req.sizes();
      rows.push({
        url: req.url().replace(BASE, ''),
        kind: kindOf(req, res?.headers()['content-type'] ?? ''),
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        body: sizes.responseBodySize,
        status: res?.status() ?? 0,
      });
    });
    await page.goto(`${BASE}/bai/${SLUG}`, { waitUntil: 'networkidle' });
    const firstScreen = rows.length;
    for (let y = 0; y < 30; y++) {
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(150);
    }
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);

    const table = (list: Row[]) => {
      const by = new Map<string, { n: number; bytes: number }>();
      for (const r of list) {
        const e = by.get(r.kind) ?? { n: 0, bytes: 0 };
        e.n++;
        e.bytes += r.bytes;
        by.set(r.kind, e);
      }
      const total = list.reduce((s, r) => s + r.bytes, 0);
      return { by: [...by.entries()].sort((a, b) => b[1].bytes - a[1].bytes), total };
    };
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    for (const [label, list] of [
      ['first screen (load)', rows.slice(0, firstScreen)],
      ['after reading to the end', rows],
    ] as const) {
      const t = table([...list]);
      console.log(`\n${label}: ${list.length} requests, ${kb(t.total)} transferred`);
      for (const [k, v] of t.by) console.log(`  ${k.padEnd(8)} ${String(v.n).padStart(3)} × → ${kb(v.bytes)}`);
    }
    console.log('\nrequests:');
    for (const r of rows) console.log(`  ${r.kind.padEnd(7)} ${String(r.status)} ${kb(r.bytes).padStart(9)}  ${r.url.length > 90 ? `${r.url.slice(0, 87)}...` : r.url}`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
