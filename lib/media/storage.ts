// No 'server-only' guard: the backup CLI (scripts/backup.ts, run by tsx outside
// Next) reads and writes photos through this store; node:fs keeps it out of
// client bundles anyway.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AwsClient } from 'aws4fetch';
import { env } from '@/lib/env';
import { dataDir } from '@/lib/db';

/**
 * Where photo bytes live, behind one interface: the filesystem under
 * DATA_DIR/media by default, or an S3-compatible bucket when S3_BUCKET is set
 * (several app instances then share one store). Keys are relative, made of
 * [a-z0-9._-] segments separated by "/" — see media-ref.ts for the layout.
 */
export interface MediaStorage {
  readonly kind: 'fs' | 's3';
  put(key: string, data: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such key. */
  get(key: string): Promise<Uint8Array | null>;
  has(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

const KEY_RE = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9]+)?(?:\/[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9]+)?)*$/;

/** Throws unless `key` is a plain relative key (no "..", no absolute path, no backslash, no empty segment). */
export function assertKey(key: string): string {
  if (!KEY_RE.test(key) || key.length > 200) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
  return key;
}

export class FsStorage implements MediaStorage {
  readonly kind = 'fs' as const;
  readonly root: string;
  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file of a key, or an error if it would land outside the root. */
  file(key: string): string {
    const file = path.resolve(this.root, assertKey(key));
    if (!file.startsWith(this.root + path.sep)) throw new Error(`Media key escapes the root: ${key}`);
    return file;
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const file = this.file(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a reader never sees half a file, and two writers of
    // the same content-addressed key both end with the same bytes.
    const tmp = `${file}.${randomUUID()}.tmp`;
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return await fs.readFile(this.file(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      await fs.access(this.file(key));
      return true;
    } catch {
      return false;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.file(key), { force: true });
  }
}

export type S3Config = { bucket: string; endpoint: string; region: string; accessKeyId: string; secretAccessKey: string; prefix?: string };

/** S3-compatible storage (AWS, MinIO, Ceph, R2, ...) with path-style URLs, signed with SigV4 by aws4fetch. */
export class S3Storage implements MediaStorage {
  readonly kind = 's3' as const;
  private readonly client: AwsClient;
  constructor(private readonly config: S3Config) {
    this.client = new AwsClient({ accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region, service: 's3' });
  }

  private url(key: string): string {
    const k = `${this.config.prefix ? `${this.config.prefix.replace(/\/+$/, '')}/` : ''}${assertKey(key)}`;
    return `${this.config.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(this.config.bucket)}/${k}`;
  }

  private async send(method: string, key: string, init: { body?: Uint8Array; headers?: Record<string, string> } = {}): Promise<Response> {
    return this.client.fetch(this.url(key), { method, body: init.body as BodyInit | undefined, headers: init.headers });
  }

  async put(key: string, data: Uint8Array, contentType: string): Promise<void> {
    const res = await this.send('PUT', key, { body: data, headers: { 'Content-Type': contentType, 'Content-Length': String(data.byteLength) } });
    if (!res.ok) throw new Error(`S3 PUT ${key}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
    await res.arrayBuffer().catch(() => undefined);
  }

  async get(key: string): Promise<Uint8Array | null> {
    const res = await this.send('GET', key);
    if (res.status === 404) {
      await res.arrayBuffer().catch(() => undefined);
      return null;
    }
    if (!res.ok) throw new Error(`S3 GET ${key}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }

  async has(key: string): Promise<boolean> {
    const res = await this.send('HEAD', key);
    if (res.status === 404) return false;
    if (!res.ok) throw new Error(`S3 HEAD ${key}: HTTP ${res.status}`);
    return true;
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key);
    if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${key}: HTTP ${res.status}`);
    await res.arrayBuffer().catch(() => undefined);
  }
}

/** S3 settings from the environment, or null when S3_BUCKET is unset. */
type S3Vars = 'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_PREFIX';

export function s3ConfigFromEnv(vars: Partial<Record<S3Vars, string | undefined>> = env()): S3Config | null {
  const env = vars;
  if (!env.S3_BUCKET) return null;
  const missing = (['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((k) => !env[k]);
  if (missing.length) throw new Error(`S3_BUCKET is set but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not.`);
  return {
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT!,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    prefix: env.S3_PREFIX || undefined,
  };
}

const globalForStorage = globalThis as unknown as { __bantinMedia?: { key: string; storage: MediaStorage } };

/** The process-wide media store, chosen from the environment. */
export function getStorage(): MediaStorage {
  const s3 = s3ConfigFromEnv();
  const key = s3 ? `s3:${s3.endpoint}/${s3.bucket}/${s3.prefix ?? ''}` : `fs:${dataDir()}`;
  const current = globalForStorage.__bantinMedia;
  if (current?.key === key) return current.storage;
  const storage = s3 ? new S3Storage(s3) : new FsStorage(path.join(dataDir(), 'media'));
  globalForStorage.__bantinMedia = { key, storage };
  return storage;
}
