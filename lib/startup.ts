import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, env, fleetSecretMessage, isFleet, setEnv } from '@/lib/env';
import { contentDocs } from '@/lib/content/content-docs';
import { syncContent } from '@/lib/content/sync-content';
import { dataDir, getDb, migrateToLatest } from '@/lib/db';
import { ensureFirstAdmin } from '@/lib/users/accounts';
import { ingestContentMedia, linkContentArticles } from '@/lib/media/content-media';

const log = (...args: unknown[]) => console.log('[bản tin]', ...args);

/**
 * NEXTAUTH_SECRET: taken from the environment; outside production, generated
 * once into DATA_DIR when unset. In production an unset secret is an error
 * that keeps the editor area shut (next-auth refuses to work without one) but
 * leaves the public pages serving. Several instances (isFleet) never make or
 * read one of their own: each would sign sessions the others reject, so
 * start-up stops instead.
 */
export function ensureAuthSecret(): void {
  if (env().NEXTAUTH_SECRET) return;
  if (isFleet()) throw new ConfigError(fleetSecretMessage);
  const file = path.join(dataDir(), 'nextauth-secret');
  if (fs.existsSync(file)) {
    setEnv('NEXTAUTH_SECRET', fs.readFileSync(file, 'utf8').trim());
    return;
  }
  if (env().NODE_ENV === 'production') {
    console.error(`[bản tin] NEXTAUTH_SECRET is not set: sign-in is disabled. Set it in the environment, or write one into ${file} (npm run setup does).`);
    return;
  }
  fs.mkdirSync(dataDir(), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  } catch {
    // Another instance wrote it first: use theirs.
  }
  setEnv('NEXTAUTH_SECRET', fs.readFileSync(file, 'utf8').trim());
  log(`generated NEXTAUTH_SECRET into ${file}`);
}

/**
 * NEXTAUTH_URL: next-auth v4 builds its URLs (and checks redirects) from it;
 * unset, it falls back to http://localhost:3000 and sign-in breaks on any
 * other port. Unset, it is taken from SITE_URL; with neither, AUTH_TRUST_HOST
 * makes next-auth use the request's Host header (so `next start -p 4000`
 * works out of the box).
 */
export function ensureAuthUrl(): void {
  const { NEXTAUTH_URL, SITE_URL } = env();
  if (NEXTAUTH_URL) return;
  if (SITE_URL) {
    setEnv('NEXTAUTH_URL', SITE_URL.replace(/\/+$/, ''));
    return;
  }
  if (!env().AUTH_TRUST_HOST) setEnv('AUTH_TRUST_HOST', '1');
}

async function retry<T>(what: string, fn: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (error) {
      if (i >= attempts) throw error;
      log(`${what} failed (attempt ${i}), retrying:`, (error as Error).message);
      await new Promise((r) => setTimeout(r, 200 * i));
    }
  }
}

/**
 * Start-up: migrate, sync content/ into the index, create the first admin.
 * Idempotent; several instances starting at once retry on a lock.
 */
export async function runStartup(): Promise<void> {
  const started = Date.now();
  ensureAuthSecret();
  ensureAuthUrl();
  await retry('migrations', () => migrateToLatest(getDb()));
  // Photos of content/ articles first, through the upload pipeline, so the
  // sync can link each article to its photos (the library's "used in").
  const media = await retry('content photos', () => ingestContentMedia(getDb()));
  for (const e of media.errors) console.error('[bản tin] content photo error:', e);
  const report = await retry('content sync', () => syncContent(getDb(), contentDocs()));
  if (media.ingested.length) await retry('content photo links', () => linkContentArticles(getDb()));
  for (const e of report.errors) console.error('[bản tin] content error:', e);
  for (const w of report.warnings) console.warn('[bản tin] content warning:', w);
  await retry('first admin', () => ensureFirstAdmin(log));
  log(
    `ready in ${Date.now() - started} ms: content ${report.inserted.length} new, ${report.updated.length} changed, ${report.removed.length} removed, ${report.unchanged} unchanged; photos ${media.ingested.length} new, ${media.unchanged} unchanged`,
  );
}
