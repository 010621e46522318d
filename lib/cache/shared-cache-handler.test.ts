import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript (Next imports it unbundled); its shape is exercised here
import { SharedCacheStore, installStore, tagExpiredAt } from './shared-cache-handler.mjs';

/**
 * The shared cache handler against a real, throwaway redis-server that this file starts
 * (and stops, for the outage case). Two stores with their own tag manifests stand for two
 * instances: each `next start` process has its own.
 */
const redisBin = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();
const port = Number(process.env.REDIS_TEST_PORT || 6392) + 1;
const url = `redis://127.0.0.1:${port}`;
let server: ChildProcess | undefined;
const clients: { destroy(): void }[] = [];

async function startRedis() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-redis-'));
  server = spawn(redisBin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      const probe = createClient({ url });
      await probe.connect();
      await probe.quit();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`redis-server did not start on ${port}`);
}

function stopRedis(): Promise<void> {
  return new Promise((resolve) => {
    if (!server || server.exitCode !== null) return resolve();
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}

let site = 0;
/** A fresh namespace per test: the instances of one site share it. */
const newSite = () => `bantin:test${Date.now()}-${site++}`;

async function instance(namespace: string, logs: string[] = []) {
  const client = createClient({ url, disableOfflineQueue: true, commandOptions: { timeout: 500 }, socket: { reconnectStrategy: () => 100 } });
  client.on('error', () => {});
  await client.connect();
  clients.push(client);
  return new SharedCacheStore(client, { namespace, build: 'b1', manifest: new Map(), log: (m: string) => logs.push(m) });
}

const page = (html: string, tags: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc:${html}`),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
});
const pageCache = { revalidate: 300, expire: 31536000 };

describe.skipIf(!redisBin)('shared cache handler on Redis', () => {
  beforeAll(startRedis, 20_000);
  afterAll(async () => {
    for (const c of clients) await c.destroy();
    await stopRedis();
  });

  it('stores a page and gives it back whole on another instance (Buffers and Maps intact)', async () => {
    const ns = newSite();
    const a = await instance(ns);
    const b = await instance(ns);
    await a.set('/bai/x', page('<p>bài</p>', 'listings,article:x'), pageCache);
    const got = await b.get('/bai/x', []);
    expect(got.value.html).toBe('<p>bài</p>');
    expect(Buffer.isBuffer(got.value.rscData) && got.value.rscData.toString()).toBe('rsc:<p>bài</p>');
    expect(got.value.segmentData.get('/_tree').toString()).toBe('tree');
    expect(got.cacheControl).toEqual(pageCache);
    expect(await b.get('/bai/none', [])).toBeNull();
    // A damaged entry is a miss, not an error page.
    await a.client.set(b.key('e', '/bai/bad'), 'not an entry');
    await a.client.set(b.key('m', '/bai/bad'), '1');
    expect(await b.get('/bai/bad', [])).toBeNull();
  });

  it('a tag expired on one instance makes the entry a miss on the other', async () => {
    const ns = newSite();
    const a = await instance(ns);
    const b = await instance(ns);
    await a.set('/trang-chu', page('home v1', 'listings'), pageCache);
    await a.set('data-key', { kind: 'FETCH', data: { body: '[1]', headers: {}, status: 200, url: '' }, revalidate: 300, tags: ['section:xa-hoi'] }, undefined, 300);
    // B reads both (and so keeps its own copy), then A publishes.
    expect((await b.get('/trang-chu', []))?.value.html).toBe('home v1');
    expect(await b.get('data-key', ['section:xa-hoi'])).not.toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    await a.revalidateTag(['listings', 'section:xa-hoi']);
    expect(await b.get('/trang-chu', [])).toBeNull();
    expect(await b.get('data-key', ['section:xa-hoi'])).toBeNull();
    // An untouched tag keeps its entry; a page rendered after the expiry is a hit.
    await a.set('/the/y', page('tag y', 'tag:y'), pageCache);
    expect((await b.get('/the/y', []))?.value.html).toBe('tag y');
    await b.set('/trang-chu', page('home v2', 'listings'), pageCache);
    expect((await a.get('/trang-chu', []))?.value.html).toBe('home v2');
  });

  it('tells when a tag was expired on another instance (the bounded search cache reads this)', async () => {
    const ns = newSite();
    const a = await instance(ns);
    const b = await instance(ns);
    installStore(b);
    try {
      expect(await tagExpiredAt('listings')).toBeUndefined();
      const before = Date.now();
      await a.revalidateTag(['listings']);
      expect(await tagExpiredAt('listings')).toBeGreaterThanOrEqual(before);
    } finally {
      installStore(null);
    }
  });

  it('with no store installed, the handler is Next’s in-memory cache, loaded as Next loads it (plain Node, unbundled)', () => {
    // Not through Vitest's module loader: its CommonJS interop differs from Node's, which is what `next start` uses.
    const script = `
      const { default: Handler } = await import(${JSON.stringify(new URL('./shared-cache-handler.mjs', import.meta.url).href)});
      const h = new Handler({ serverDistDir: ${JSON.stringify(os.tmpdir())}, maxMemoryCacheSize: 1 << 20, flushToDisk: false });
      await h.set('k', { kind: 'APP_PAGE', html: 'mem', headers: { 'x-next-cache-tags': 't' }, status: 200 }, { cacheControl: { revalidate: 300 } });
      const before = (await h.get('k', { kind: 'APP_PAGE' }))?.value?.html;
      await h.revalidateTag(['t']);
      console.log(JSON.stringify({ before }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ before: 'mem' });
  });

  it('when Redis goes down, pages keep coming from memory, the outage is logged once, expiries reach Redis when it is back', async () => {
    const logs: string[] = [];
    const a = await instance(newSite(), logs);
    await a.set('/bai/z', page('z v1', 'article:z'), pageCache);
    expect((await a.get('/bai/z', []))?.value.html).toBe('z v1');
    await stopRedis();
    expect((await a.get('/bai/z', []))?.value.html).toBe('z v1');
    expect((await a.get('/bai/z', []))?.value.html).toBe('z v1');
    await a.set('/bai/w', page('w', 'article:w'), pageCache);
    expect((await a.get('/bai/w', []))?.value.html).toBe('w');
    // A publish while Redis is down expires this instance's copy at once…
    await new Promise((r) => setTimeout(r, 5));
    const expiredAt = Date.now();
    await a.revalidateTag(['article:z']);
    expect(await a.get('/bai/z', [])).toBeNull();
    expect(logs.filter((l) => l.includes('unavailable'))).toHaveLength(1);
    // …and reaches the other instances once Redis is back (nothing was persisted: it restarts empty).
    await startRedis();
    const remote = async () => JSON.parse((await a.client.hGet(a.tagsKey, 'article:z').catch(() => null)) ?? '{}').expired ?? 0;
    await expect.poll(remote, { timeout: 5_000 }).toBeGreaterThanOrEqual(expiredAt);
  }, 30_000);
});

// Goal 5 of issue 12: whichever cache serves, its memory has a ceiling (bench/resources.mts measures the RSS).
describe('the in-process caches are bounded', () => {
  it('without a store, Next’s in-memory cache drops the least recently used pages past maxMemoryCacheSize', () => {
    const script = `
      const { default: Handler } = await import(${JSON.stringify(new URL('./shared-cache-handler.mjs', import.meta.url).href)});
      const h = new Handler({ serverDistDir: ${JSON.stringify(os.tmpdir())}, maxMemoryCacheSize: 100000, flushToDisk: false });
      const html = 'ệ'.repeat(10000);
      for (let i = 0; i < 50; i++) await h.set('/bai/' + i, { kind: 'APP_PAGE', html, headers: {}, status: 200 }, { cacheControl: { revalidate: 300 } });
      const kept = [];
      for (let i = 0; i < 50; i++) if ((await h.get('/bai/' + i, { kind: 'APP_PAGE' }))?.value) kept.push(i);
      console.log(JSON.stringify(kept));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const kept: number[] = JSON.parse(out.trim().split('\n').pop()!);
    // 50 pages of 10,000 characters against a 100,000 ceiling: only the newest few stay.
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(11);
    expect(kept.at(-1)).toBe(49);
  });

  it('with REDIS_URL, the copy an instance keeps (its only one while Redis is down) stays under maxBytes', async () => {
    // A client never connected: Redis unreachable from the start.
    const client = createClient({ url: 'redis://127.0.0.1:1' });
    const store = new SharedCacheStore(client, { namespace: newSite(), build: 'b1', maxBytes: 100_000, manifest: new Map(), log: () => {} });
    for (let i = 0; i < 50; i++) await store.set(`/bai/${i}`, page('ệ'.repeat(10_000), `article:${i}`), pageCache);
    expect(store.localBytes).toBeLessThanOrEqual(100_000);
    expect(store.local.size).toBeLessThan(11);
    expect(await store.get('/bai/0', [])).toBeNull();
    expect((await store.get('/bai/49', []))?.value.html).toHaveLength(10_000);
  });
});
