import { describe, expect, it } from 'vitest';
import { publicCsp, strictCsp } from './csp';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('Content-Security-Policy: frames', () => {
  it('lets the <Video> embeds in (youtube-nocookie and Facebook) and no other site, on public and editor pages', () => {
    for (const policy of [publicCsp, strictCsp('bm9uY2U=')]) {
      expect(directive(policy, 'frame-src')).toBe('frame-src https://www.youtube-nocookie.com https://www.facebook.com');
      expect(policy).not.toMatch(/frame-src[^;]*(\*|youtube\.com |'self')/);
    }
  });
});
