import { afterEach, describe, expect, it } from 'vitest';
import { clientIp, isSameOrigin, viewerAddress } from './request-meta';

const env = { ...process.env };
afterEach(() => {
  process.env = { ...env };
});

describe('client address', () => {
  it('without TRUST_PROXY: no client-set header chooses the address', () => {
    delete process.env.TRUST_PROXY;
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7' }))).toBeNull();
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.1.1.1, 10.0.0.5', 'x-real-ip': '10.0.0.9' }))).toBeNull();
    expect(clientIp({ 'x-real-ip': '192.0.2.1' })).toBeNull();
    expect(clientIp(new Headers())).toBeNull();
  });

  it('with TRUST_PROXY=1: only the hop the proxy appended counts', () => {
    process.env.TRUST_PROXY = '1';
    // The client sent "203.0.113.7"; the proxy appended the real peer 113.161.1.2.
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7, 113.161.1.2', 'x-real-ip': '10.0.0.9' }))).toBe('113.161.1.2');
    expect(clientIp(new Headers({ 'x-forwarded-for': '::ffff:127.0.0.1' }))).toBe('127.0.0.1');
    expect(clientIp({ 'x-real-ip': '10.0.0.9' })).toBeNull();
  });

  it('view counting still tells readers apart without a proxy (spoofing only counts a view twice)', () => {
    delete process.env.TRUST_PROXY;
    expect(viewerAddress(new Headers({ 'x-forwarded-for': '198.51.100.4' }))).toBe('198.51.100.4');
    expect(viewerAddress(new Headers({ 'x-real-ip': '192.0.2.1' }))).toBe('192.0.2.1');
    expect(viewerAddress(new Headers())).toBe('');
    process.env.TRUST_PROXY = '1';
    expect(viewerAddress(new Headers({ 'x-forwarded-for': '203.0.113.7, 113.161.1.2' }))).toBe('113.161.1.2');
  });
});

describe('same-origin check for state-changing route handlers', () => {
  const req = (headers: Record<string, string>) => new Request('http://localhost:3300/api/x', { method: 'POST', headers: { host: 'localhost:3300', ...headers } });

  it('accepts our own origin and refuses others or none', () => {
    delete process.env.SITE_URL;
    delete process.env.NEXTAUTH_URL;
    expect(isSameOrigin(req({ origin: 'http://localhost:3300' }))).toBe(true);
    expect(isSameOrigin(req({ origin: 'http://evil.example' }))).toBe(false);
    expect(isSameOrigin(req({ origin: 'null' }))).toBe(false);
    expect(isSameOrigin(req({}))).toBe(false);
    expect(isSameOrigin(req({ referer: 'http://localhost:3300/editor/bai/1' }))).toBe(true);
    expect(isSameOrigin(req({ referer: 'http://localhost:3300.evil.example/' }))).toBe(false);
  });

  it('accepts the public SITE_URL behind a proxy', () => {
    process.env.SITE_URL = 'https://baotinh.vn';
    expect(isSameOrigin(new Request('http://10.0.0.2:3000/api/x', { method: 'POST', headers: { host: '10.0.0.2:3000', origin: 'https://baotinh.vn' } }))).toBe(true);
  });
});
