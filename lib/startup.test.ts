import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, fleetSecretMessage } from '@/lib/env';
import { ensureAuthSecret } from './startup';

const keys = ['NEXTAUTH_SECRET', 'DATABASE_URL', 'REDIS_URL', 'DATA_DIR', 'NODE_ENV'] as const;
let saved: Record<string, string | undefined>;
let dir: string;

beforeEach(() => {
  saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-secret-'));
  for (const k of keys) delete process.env[k];
  process.env.DATA_DIR = dir;
});

afterEach(() => {
  // A plain record: NODE_ENV is read-only in Next's process.env type.
  const vars = process.env as Record<string, string | undefined>;
  for (const k of keys) {
    if (saved[k] === undefined) delete vars[k];
    else vars[k] = saved[k];
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('NEXTAUTH_SECRET at start-up', () => {
  it('one process on SQLite (the embedded default) generates one into DATA_DIR and keeps it', () => {
    ensureAuthSecret();
    const made = fs.readFileSync(path.join(dir, 'nextauth-secret'), 'utf8');
    expect(process.env.NEXTAUTH_SECRET).toBe(made);
    delete process.env.NEXTAUTH_SECRET;
    ensureAuthSecret();
    expect(process.env.NEXTAUTH_SECRET).toBe(made);
  });

  it.each([
    ['PostgreSQL', { DATABASE_URL: 'postgres://bantin@db.internal/bantin' }],
    ['a shared cache on Redis', { REDIS_URL: 'redis://cache.internal:6379' }],
    ['PostgreSQL in production', { DATABASE_URL: 'postgresql://bantin@db.internal/bantin', NODE_ENV: 'production' }],
  ])('several instances (%s) stop start-up with a clear message instead of making a secret each', (_name, vars) => {
    Object.assign(process.env, vars);
    expect(() => ensureAuthSecret()).toThrow(fleetSecretMessage);
    // The kind instrumentation.ts stops the process for.
    expect(() => ensureAuthSecret()).toThrow(ConfigError);
    expect(process.env.NEXTAUTH_SECRET).toBeUndefined();
    expect(fs.existsSync(path.join(dir, 'nextauth-secret'))).toBe(false);
  });

  it('several instances never take a secret one machine left in its DATA_DIR', () => {
    fs.writeFileSync(path.join(dir, 'nextauth-secret'), 'only-this-machine-has-it');
    process.env.REDIS_URL = 'redis://cache.internal:6379';
    expect(() => ensureAuthSecret()).toThrow(/NEXTAUTH_SECRET chưa được đặt/);
    expect(process.env.NEXTAUTH_SECRET).toBeUndefined();
  });

  it('several instances with the secret in the environment start', () => {
    Object.assign(process.env, { DATABASE_URL: 'postgres://bantin@db.internal/bantin', REDIS_URL: 'redis://cache.internal:6379', NEXTAUTH_SECRET: 'one-secret-for-every-instance' });
    ensureAuthSecret();
    expect(process.env.NEXTAUTH_SECRET).toBe('one-secret-for-every-instance');
    expect(fs.existsSync(path.join(dir, 'nextauth-secret'))).toBe(false);
  });
});
