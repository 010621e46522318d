import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNginxConf } from '../../deploy/render-nginx-conf.mjs';
import { pathsForTags, refreshProxies } from './proxy-refresh';
import { cacheTags } from './tags';

describe('pathsForTags', () => {
  it('names the public pages a change expires', () => {
    const paths = pathsForTags([cacheTags.listings, cacheTags.article('hoi-nghi'), cacheTags.section('thoi-su'), cacheTags.tag('bao-lu'), cacheTags.author('minh-hai')]);
    expect(paths).toEqual(['/', '/rss.xml', '/sitemap.xml', '/news-sitemap.xml', '/bai/hoi-nghi', '/chuyen-muc/thoi-su', '/chuyen-muc/thoi-su/rss.xml', '/the/bao-lu', '/tac-gia/minh-hai']);
    expect(pathsForTags([cacheTags.frontpage, cacheTags.breaking])).toEqual(['/']);
    // Tags without a page of their own (photos, live entries, side blocks) wait out the micro-cache.
    expect(pathsForTags([cacheTags.media, cacheTags.mediaItem('x'), cacheTags.live('y'), cacheTags.sideBlocks])).toEqual([]);
  });
});

const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const SECRET = 'refresh-secret-for-the-test-0123';

async function freePort(): Promise<number> {
  const s = http.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => s.once('listening', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

// The real proxy (the shipped config, rendered as operators render it) in front of a stand-in for Next.
describe.skipIf(!fs.existsSync(NGINX) && !process.env.CI)('refresh on publish through the shipped nginx config', () => {
  let version = 1;
  const seenRefreshHeaders: (string | undefined)[] = [];
  let upstream: http.Server;
  let prefix = '';
  let proxy = '';
  const saved = { ...process.env };

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      seenRefreshHeaders.push(req.headers['x-bantin-refresh'] as string | undefined);
      // Longer than the portal's 1 s so that only a refresh, not the expiry, can bring v2.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=0, s-maxage=60' });
      res.end(`<p>trang ${req.url} phiên bản ${version}</p>`);
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
    const proxyPort = await freePort();
    prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-refresh-'));
    const conf = writeNginxConf({ listen: `127.0.0.1:${proxyPort}`, upstream: `127.0.0.1:${(upstream.address() as AddressInfo).port}`, prefix, workers: 1, refreshSecret: SECRET });
    execFileSync(NGINX, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')]);
    proxy = `http://127.0.0.1:${proxyPort}`;
    // Readers come by the site's host name; the refresh must land under the same cache key.
    Object.assign(process.env, { PROXY_REFRESH_URL: proxy, PROXY_REFRESH_SECRET: SECRET, SITE_URL: 'http://localhost:8080' });
  });

  afterAll(async () => {
    process.env = saved;
    const pid = path.join(prefix, 'nginx.pid');
    if (fs.existsSync(pid)) process.kill(Number(fs.readFileSync(pid, 'utf8')), 'SIGTERM');
    await new Promise((r) => upstream.close(r));
  });

  const read = async (p: string, headers: Record<string, string> = {}) => {
    // A reader: fetch cannot set Host, so node's http with the site's name, as a browser would send it.
    return new Promise<{ body: string; cache: string | undefined }>((resolve, reject) => {
      const url = new URL(proxy + p);
      http
        .get({ hostname: url.hostname, port: url.port, path: p, headers: { host: 'localhost:8080', ...headers } }, (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (c) => (body += c));
          res.on('end', () => resolve({ body, cache: res.headers['x-cache'] as string | undefined }));
        })
        .on('error', reject);
    });
  };

  it('replaces the proxy copy of a changed page at once, only for the portal', async () => {
    expect((await read('/')).body).toContain('phiên bản 1');
    expect(await read('/')).toEqual({ body: '<p>trang / phiên bản 1</p>', cache: 'HIT' });

    version = 2;
    expect((await read('/')).body).toContain('phiên bản 1');
    // A reader guessing at the header gets the cached copy like everyone else.
    expect(await read('/', { 'x-bantin-refresh': 'not-the-secret-at-all' })).toEqual({ body: '<p>trang / phiên bản 1</p>', cache: 'HIT' });

    const outcomes = await refreshProxies(['/', '/bai/hoi-nghi']);
    expect(outcomes.map((o) => [o.path, o.status])).toEqual([
      ['/', 200],
      ['/bai/hoi-nghi', 200],
    ]);
    expect(await read('/')).toEqual({ body: '<p>trang / phiên bản 2</p>', cache: 'HIT' });
    expect(await read('/bai/hoi-nghi')).toEqual({ body: '<p>trang /bai/hoi-nghi phiên bản 2</p>', cache: 'HIT' });
    // Again at once: nginx keeps cached files open (open_file_cache), and a replaced entry must not be read
    // through the descriptor of the file it replaced.
    version = 3;
    await refreshProxies(['/']);
    expect(await read('/')).toEqual({ body: '<p>trang / phiên bản 3</p>', cache: 'HIT' });
    // The secret stops at the proxy.
    expect(seenRefreshHeaders.every((h) => h === undefined || h === '')).toBe(true);
  });

  it('does nothing without a secret, and a proxy that is down fails soft', async () => {
    process.env.PROXY_REFRESH_SECRET = '';
    expect(await refreshProxies(['/'])).toEqual([]);
    process.env.PROXY_REFRESH_SECRET = SECRET;
    process.env.PROXY_REFRESH_URL = `http://127.0.0.1:${await freePort()}`;
    expect((await refreshProxies(['/'])).map((o) => o.status)).toEqual([null]);
    process.env.PROXY_REFRESH_URL = proxy;
  });
});
