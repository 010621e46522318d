import { describe, expect, it } from 'vitest';
import { authPaths } from '@/lib/config/site';
import { safeCallbackPath } from './safe-callback';

const HEADER_OK = /^[\x21-\x7e]+$/; // what a Location header may carry without ERR_INVALID_CHAR

describe('safeCallbackPath', () => {
  it('keeps a path of this site', () => {
    expect(safeCallbackPath('/editor/bai/12?tab=1')).toBe('/editor/bai/12?tab=1');
    expect(safeCallbackPath(['/editor', '/x'])).toBe('/editor');
  });

  it.each([
    '/%09/evil.example', '/\t/evil.example', '/\n/evil.example', '//evil.example', '/\\evil.example',
    '/%5Cevil.example', '/%2F/evil.example', '/%252F/evil.example', 'https://evil.example/', 'evil.example',
    '/%E3%80%82evil.example', '/\u3002/evil', '/%0D/x', '/%0A/x', '/%00/x', '/%', '/%E0%A4%A',
    `${authPaths.signIn}?callbackUrl=//evil.example`, '/api/auth/signout',
  ])('refuses %j', (bad) => {
    expect(safeCallbackPath(bad)).toBe(authPaths.editor);
  });

  it('always returns a value a Location header accepts', () => {
    for (const v of ['/%0D/x', '/\r\nSet-Cookie: a=b', '/bài-viết', '/a b', '/%ff']) {
      const out = safeCallbackPath(v);
      expect(out.startsWith('/') && !out.startsWith('//')).toBe(true);
      expect(out).toMatch(HEADER_OK);
    }
  });
});
