import { z } from 'zod';

/**
 * The one place the environment is read and checked (docs/architecture.md, "Configuration").
 * Parsed on use, not frozen at import: start-up fills NEXTAUTH_SECRET/NEXTAUTH_URL, and
 * tests point DATA_DIR and DATABASE_URL at a fresh database per file.
 */
const unset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const text = z.preprocess(unset, z.string().optional());
const flag = z.preprocess(unset, z.enum(['1', 'true', '0', 'false']).optional()).transform((v) => v === '1' || v === 'true');
const url = z.preprocess(unset, z.url({ error: 'must be an absolute URL (http://… or https://…)' }).optional());

const schema = z.object({
  NODE_ENV: text,
  PORT: z.preprocess(unset, z.coerce.number().int().min(1).max(65535).default(3000)),
  DATA_DIR: z.preprocess(unset, z.string().default('./data')),
  DATABASE_URL: text,
  DATABASE_POOL_MAX: z.preprocess(unset, z.coerce.number().int().min(1).max(1000).default(10)),
  TRUST_PROXY: flag,
  SITE_URL: url,
  NEXTAUTH_URL: url,
  NEXTAUTH_SECRET: text,
  AUTH_TRUST_HOST: text,
  ADMIN_EMAIL: text,
  ADMIN_PASSWORD: text,
  ADMIN_NAME: text,
  S3_BUCKET: text,
  S3_ENDPOINT: text,
  S3_REGION: text,
  S3_ACCESS_KEY_ID: text,
  S3_SECRET_ACCESS_KEY: text,
  S3_PREFIX: text,
  /** Shared page and data cache for several instances (docs/deploy-cache.md); unset: in-process cache. */
  REDIS_URL: z.preprocess(unset, z.string().regex(/^rediss?:\/\/\S+$/, { error: 'must be a redis:// or rediss:// URL' }).optional()),
  /** The shipped proxies to refresh on publish (lib/cache/proxy-refresh.ts): http://host:port, comma-separated. */
  PROXY_REFRESH_URL: z.preprocess(
    unset,
    z.string().regex(/^https?:\/\/[^\s,]+(,\s*https?:\/\/[^\s,]+)*$/, { error: 'must be http://host:port, several separated by commas' }).optional(),
  ),
  /** The header value those proxies accept (deploy/render-nginx-conf.mjs --refresh-secret). */
  PROXY_REFRESH_SECRET: z.preprocess(unset, z.string().regex(/^[\w-]{16,128}$/, { error: 'must be 16–128 letters, digits, _ or -' }).optional()),
});

export type Env = z.infer<typeof schema>;
const keys = Object.keys(schema.shape) as (keyof Env)[];
let memo: { raw: string; env: Env } | null = null;

/** The environment, validated; a bad value throws naming the variable. */
export function env(): Env {
  const raw = keys.map((k) => process.env[k] ?? '').join('\u0000');
  if (memo?.raw === raw) return memo.env;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  memo = { raw, env: parsed.data };
  return parsed.data;
}

/**
 * Several instances serve this site: PostgreSQL, or a shared cache on Redis. The embedded
 * default (SQLite, no REDIS_URL) is one process; anything per process, such as a secret
 * generated into DATA_DIR, would then differ between instances.
 */
export function isFleet(e: Env = env()): boolean {
  return Boolean(e.REDIS_URL) || /^postgres(ql)?:\/\//.test(e.DATABASE_URL ?? '');
}

/** A setting the server cannot run without: start-up logs it and the process exits (instrumentation.ts), rather than answer 500s. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Start-up refuses to run a fleet without a secret from the environment (lib/startup.ts ensureAuthSecret). */
export const fleetSecretMessage =
  'NEXTAUTH_SECRET chưa được đặt. Khi chạy nhiều máy chủ (DATABASE_URL là PostgreSQL hoặc có REDIS_URL), mọi máy phải dùng cùng một khoá lấy từ biến môi trường; máy chủ không tự tạo khoá riêng. Hãy đặt NEXTAUTH_SECRET giống nhau cho mọi máy (ví dụ: openssl rand -base64 32) rồi khởi động lại.';

/** Set a value the portal derives at start-up (a generated secret, NEXTAUTH_URL from SITE_URL). */
export function setEnv(key: 'NEXTAUTH_SECRET' | 'NEXTAUTH_URL' | 'AUTH_TRUST_HOST', value: string): void {
  process.env[key] = value;
}
