import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { config } from './proxy';

/**
 * proxy.ts's matcher, compiled and tested the way Next 16 does it: getMiddlewareMatchers at build time,
 * then resolve-routes tries the raw pathname and, when it decodes, the decoded one.
 */
const require = createRequire(import.meta.url);
const { getMiddlewareMatchers } = require('next/dist/build/analysis/get-page-static-info');
const { getMiddlewareRouteMatcher } = require('next/dist/shared/lib/router/utils/middleware-route-matcher');
const match = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const runsOn = (raw: string) => {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {}
  return match(raw, {}, {}) || match(decoded, {}, {});
};

describe('proxy.ts matcher', () => {
  it('sends every path with a malformed escape to the encoding check (Next answers 500 otherwise)', () => {
    for (const p of ['/bai/%E0%A4%A', '/chuyen-muc/%E0%A4%A', '/the/%C3%28', '/tac-gia/%ZZ', '/chuyen-muc/x/trang/%E0', '/%', '/media/a/%ff', '/api/v1/articles/%E0', '/rss.xml%']) {
      expect(runsOn(p), p).toBe(true);
    }
  });

  it('runs on the editor, sign-in and articles (410), their RSC requests included', () => {
    for (const p of ['/editor', '/editor/bai/1', '/dang-nhap', '/bai/mot-bai', '/bai/mot-bai.rsc']) expect(runsOn(p), p).toBe(true);
  });

  it('skips the other public pages, which get their CSP from next.config.mjs', () => {
    for (const p of ['/', '/chuyen-muc/the-thao', '/chuyen-muc/the-thao/trang/2', '/the/bong-da', '/tac-gia/ai', '/tim-kiem', '/rss.xml', '/api/v1/articles', '/editorial', '/dang-nhap-x']) {
      expect(runsOn(p), p).toBe(false);
    }
  });
});
