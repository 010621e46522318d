import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertKey, FsStorage, type MediaStorage, S3Storage, s3ConfigFromEnv } from './storage';

// A real S3-compatible server on loopback, in this worktree's port range.
const S3_PORT = Number(process.env.S3_TEST_PORT || 3450);
const s3Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-s3-'));
let server: S3rver;

beforeAll(async () => {
  server = new S3rver({ port: S3_PORT, address: '127.0.0.1', silent: true, directory: s3Dir, configureBuckets: [{ name: 'bantin-media', configs: [] }] });
  await server.run();
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(s3Dir, { recursive: true, force: true });
});

const stores: [string, () => MediaStorage][] = [
  ['filesystem', () => new FsStorage(fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-fs-')))],
  [
    's3rver',
    () =>
      new S3Storage(
        s3ConfigFromEnv({ S3_BUCKET: 'bantin-media', S3_ENDPOINT: `http://127.0.0.1:${S3_PORT}`, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_REGION: 'us-east-1' })!,
      ),
  ],
];

describe.each(stores)('media storage: %s', (_name, make) => {
  it('puts, gets, checks and deletes bytes by key', async () => {
    const store = make();
    const key = `${'a'.repeat(32)}/480.webp`;
    const bytes = new Uint8Array([0, 1, 2, 255, 254, 10, 13]);
    expect(await store.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
    await store.put(key, bytes, 'image/webp');
    expect(await store.has(key)).toBe(true);
    expect(Array.from((await store.get(key))!)).toEqual(Array.from(bytes));
    await store.put(key, new Uint8Array([9]), 'image/webp');
    expect(Array.from((await store.get(key))!)).toEqual([9]);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
  });

  it('refuses keys that could leave the media root', async () => {
    const store = make();
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'a//b', 'a\\..\\b', '%2e%2e/x', '.hidden', 'a/./b', '']) {
      await expect(store.put(bad, new Uint8Array([1]), 'image/webp')).rejects.toThrow(/Invalid media key/);
      await expect(store.get(bad)).rejects.toThrow(/Invalid media key/);
    }
  });
});

describe('storage settings', () => {
  it('uses S3 only when S3_BUCKET is set, and names what is missing', () => {
    expect(s3ConfigFromEnv({})).toBeNull();
    expect(() => s3ConfigFromEnv({ S3_BUCKET: 'b' })).toThrow(/S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are not/);
    expect(assertKey('originals/abc')).toBe('originals/abc');
  });
});

describe('S3 signing', () => {
  // s3rver checks the access key of a SigV4 request (not its signature, which it leaves unimplemented).
  it('sends signed requests: an unknown access key is refused', async () => {
    const store = new S3Storage({ bucket: 'bantin-media', endpoint: `http://127.0.0.1:${S3_PORT}`, region: 'us-east-1', accessKeyId: 'KHONG-CO', secretAccessKey: 'x' });
    await expect(store.put(`${'b'.repeat(32)}/480.webp`, new Uint8Array([1]), 'image/webp')).rejects.toThrow(/HTTP 403.*InvalidAccessKeyId/s);
  });
});
