import { createRequire } from 'node:module';
import type { NextConfig } from 'next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publicCsp } from './lib/http/csp-policy.mjs';

/**
 * next.config.mjs's header rules, matched the way `next start` does (filesystem.js buildCustomRoute:
 * getPathMatch with unnamed parameters removed). A rule that matches with named parameters has every
 * header value containing a colon run through path-to-regexp on each request (resolve-routes.js).
 */
const require = createRequire(import.meta.url);
const { getPathMatch } = require('next/dist/shared/lib/router/utils/path-match');
// A plain string: next.config.mjs has no type declarations, and its shape is Next's NextConfig.
const configFile = './next.config.mjs';
const loadConfig = async (): Promise<NextConfig> => (await import(/* @vite-ignore */ configFile)).default;
const rules = await (await loadConfig()).headers!();
const cspRule = rules.find((r) => r.headers.some((h) => h.key === 'Content-Security-Policy'))!;
const matchCsp = getPathMatch(cspRule.source, { strict: true, removeUnnamedParams: true });

describe('next.config.mjs headers', () => {
  it('puts the static public CSP on public pages and feeds, not on the editor or sign-in (proxy.ts gives those a nonce)', () => {
    expect(cspRule.headers.find((h) => h.key === 'Content-Security-Policy')?.value).toBe(publicCsp);
    for (const p of ['/', '/bai/mot-bai', '/chuyen-muc/the-thao/trang/2', '/tim-kiem', '/rss.xml', '/editorial', '/dang-nhap-x']) expect(matchCsp(p), p).toBeTruthy();
    for (const p of ['/editor', '/editor/bai/1', '/dang-nhap', '/dang-nhap/']) expect(matchCsp(p), p).toBe(false);
  });

  it('matches without parameters, so Next sends the CSP as it is instead of compiling it per request', () => {
    expect(matchCsp('/bai/mot-bai')).toEqual({});
  });
});

describe('next.config.mjs cacheHandler', () => {
  const saved = process.env.REDIS_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = saved;
  });
  const load = async () => {
    vi.resetModules();
    return loadConfig();
  };

  it('names the shared handler only with REDIS_URL; without it Next keeps its own cache (a handler costs an import per request)', async () => {
    process.env.REDIS_URL = 'redis://127.0.0.1:6379';
    expect((await load()).cacheHandler).toMatch(/lib\/cache\/shared-cache-handler\.mjs$/);
    delete process.env.REDIS_URL;
    expect((await load()).cacheHandler).toBeUndefined();
    process.env.REDIS_URL = '  ';
    expect((await load()).cacheHandler).toBeUndefined();
  });
});
