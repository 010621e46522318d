import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getRevisions } from '@/lib/articles/editor-reads';
import { queryArticleBySlug } from '@/lib/articles/queries';
import { createArticle, publishArticle } from '@/lib/articles/workflow';
import { verifySignIn } from '@/lib/auth/credentials';
import { closeDb, getDb } from '@/lib/db';
import { ingestImage } from '@/lib/media/ingest';
import { mediaRef } from '@/lib/media/media-ref';
import { getStorage } from '@/lib/media/storage';
import { articleFields } from '@/test/editor-fixtures';
import { jpeg } from '@/test/images';
import { freshDb, type TestDialect, testDialects } from '@/test/test-db';
import { seedPeople, testPassword } from '@/test/users-fixture';
import { readArchive, writeArchive } from './archive';
import { createBackup, mediaKeys } from './backup';
import { restoreBackup } from './restore';
import { listTables, readSnapshot } from './snapshot';
import { backupTables, derivedTables, type Snapshot } from './tables';

afterAll(closeDb);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-backups-'));
const archivePath = (name: string) => path.join(tmp, `${name}-${Date.now().toString(36)}.tar.gz`);

/** Rows as sorted JSON with sorted keys, so two engines' readings compare equal. */
const canonical = (s: Snapshot) =>
  Object.fromEntries(backupTables.map((t) => [t, s.tables[t].map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).sort()))).sort()]));

/** Every media file the snapshot names, read from the current store. */
async function mediaFiles(s: Snapshot): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const key of mediaKeys(s.tables.media)) out[key] = Buffer.from((await getStorage().get(key)) ?? []).toString('base64');
  return out;
}

type Place = { DATA_DIR?: string; DATABASE_URL?: string };
const here = (): Place => ({ DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL });
async function goTo(p: Place) {
  await closeDb();
  for (const k of ['DATA_DIR', 'DATABASE_URL'] as const) {
    if (p[k] === undefined) delete process.env[k];
    else process.env[k] = p[k];
  }
}

/** A newsroom: three people, two photos, a published article with its revisions and audit lines. */
async function newsroom() {
  const people = await seedPeople();
  const photo = (await ingestImage(getDb(), await jpeg(900, 600), { uploaderId: people.reporter.id })).media;
  await ingestImage(getDb(), await jpeg(700, 500));
  const cover = { src: mediaRef(photo.id), alt: 'Đê biển', caption: 'Đê biển Tam Thanh', credit: 'T.C' };
  const a = await createArticle(people.reporter, articleFields({ cover }));
  if (!a.ok) throw new Error(a.message);
  const p = await publishArticle(people.editor, { id: a.article.id, version: a.article.version, fields: articleFields({ slug: a.article.slug, cover }) });
  if (!p.ok) throw new Error(p.message);
  return { people, cover, article: p.article };
}

/** Saves from another process; resolves each acknowledged {id, version} as it is printed. */
function burst(actorId: string, cover: object, saves: number) {
  const acked = new Map<string, number>();
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/backup-burst.ts'], {
    env: { ...process.env, BURST_ACTOR: actorId, BURST_SAVES: String(saves), BURST_COVER: JSON.parse(JSON.stringify(cover)).src },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buf = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => {
    buf += c.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const { id, version } = JSON.parse(buf.slice(0, i)) as { id: string; version: number };
      acked.set(id, version);
      buf = buf.slice(i + 1);
    }
  });
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const done = new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`burst exited ${code}: ${err}`)))));
  const until = async (n: number) => {
    while (acked.size < n) await new Promise((r) => setTimeout(r, 20));
  };
  return { acked, done, until };
}

describe.each(testDialects)('backup and restore (%s)', (dialect) => {
  it('backs up during a burst of saves from another process; the restore holds every acknowledged save, consistently', async () => {
    await freshDb(dialect);
    const { people, cover } = await newsroom();
    const source = here();
    const b = burst(people.editor.id, cover, 80);
    await b.until(8);
    const ackedBefore = new Map(b.acked);
    const file = archivePath('burst');
    // A photo uploaded while the backup runs, from this process.
    const [manifest] = await Promise.all([createBackup(file), ingestImage(getDb(), await jpeg(640, 480))]);
    const ackedAfter = b.acked.size;
    await b.done;
    // The backup really overlapped the burst: saves were acknowledged after it began and after it ended.
    expect(ackedAfter).toBeGreaterThan(ackedBefore.size);
    expect(b.acked.size).toBeGreaterThan(0);
    expect(manifest.missingMedia).toEqual([]);

    await freshDb(dialect, { migrate: false });
    await restoreBackup(file);
    const restored = await readSnapshot();
    const versions = new Map(restored.tables.articles.map((r) => [String(r.id), Number(r.version)]));
    for (const [id, v] of ackedBefore) expect(versions.get(id) ?? 0, id).toBeGreaterThanOrEqual(v);
    // One instant, not a torn read: each article's newest revision is its version, every tag row has its article.
    const newestRevision = new Map<string, number>();
    for (const r of restored.tables.revisions) newestRevision.set(String(r.article_id), Math.max(newestRevision.get(String(r.article_id)) ?? 0, Number(r.version)));
    for (const [id, v] of versions) expect(newestRevision.get(id), id).toBe(v);
    expect(restored.tables.article_tags.every((t) => versions.has(String(t.article_id)))).toBe(true);
    // Every photo of the snapshot is back, byte for byte.
    const files = await mediaFiles(restored);
    expect(Object.values(files).every((f) => f.length > 0)).toBe(true);
    await goTo(source);
    expect(await mediaFiles(restored)).toEqual(files);
    // A loaded 2-core CI machine does 2–10 saves a second: room for the burst, the backup and the restore.
  }, 400_000);

  it('a backup at rest comes back exactly: every row and photo; people sign in; articles and revisions are served', async () => {
    await freshDb(dialect);
    const { people, article } = await newsroom();
    const before = await readSnapshot();
    const beforeFiles = await mediaFiles(before);
    const file = archivePath('rest');
    const manifest = await createBackup(file);
    expect(manifest.tables.articles.rows).toBe(before.tables.articles.length);
    expect(manifest.media.length).toBe(Object.keys(beforeFiles).length);

    const targets: TestDialect[] = dialect === 'sqlite' ? testDialects : ['postgres', 'sqlite'];
    // Into the same engine, then into the other one when a PostgreSQL server is at hand.
    for (const target of targets) {
      await freshDb(target, { migrate: false });
      await restoreBackup(file);
      const after = await readSnapshot();
      expect(canonical(after), `${dialect} → ${target}`).toEqual(canonical(before));
      expect(await mediaFiles(after)).toEqual(beforeFiles);
      expect(await verifySignIn({ email: 'editor@bantin.test', password: testPassword('editor') }, null)).toMatchObject({ ok: true });
      const page = await queryArticleBySlug(getDb(), article.slug, new Date().toISOString());
      expect(page?.title).toBe(article.title);
      expect((await getRevisions(people.editor, article.id))?.length).toBe(before.tables.revisions.filter((r) => r.article_id === article.id).length);
    }
  });

  it('refuses a damaged archive and a non-empty target, with clear messages, and changes nothing', async () => {
    await freshDb(dialect);
    await newsroom();
    const source = here();
    const file = archivePath('good');
    await createBackup(file);

    const flipped = archivePath('flipped');
    const bytes = fs.readFileSync(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    fs.writeFileSync(flipped, bytes);
    // An entry changed inside an archive whose gzip and tar are sound: only the checksum tells.
    const tampered = archivePath('tampered');
    const entries = await readArchive(file);
    const users = entries.get('db/users.jsonl')!.toString().replace('"role":"reporter"', '"role":"admin"');
    await writeArchive(tampered, [...entries].map(([name, data]) => ({ name, data: name === 'db/users.jsonl' ? Buffer.from(users) : data })));

    await freshDb(dialect, { migrate: false });
    await expect(restoreBackup(flipped)).rejects.toThrow(/bị hỏng/);
    await expect(restoreBackup(tampered)).rejects.toThrow('Bản sao lưu bị hỏng: db/users.jsonl không khớp mã kiểm tra sha256');
    await expect(restoreBackup(path.join(tmp, 'khong-co.tar.gz'))).rejects.toThrow(/không tìm thấy tệp/);
    expect(await listTables()).toEqual([]);

    await goTo(source);
    await expect(restoreBackup(file)).rejects.toThrow(/Nơi khôi phục không trống .*--force/);
    await createArticle({ id: (await getDb().selectFrom('users').select('id').where('role', '=', 'editor').executeTakeFirstOrThrow()).id, role: 'editor' }, articleFields());
    const summary = await restoreBackup(file, { force: true });
    expect((await readSnapshot()).tables.articles.length).toBe(summary.manifest.tables.articles.rows);
  });

  it('holds every table the migrations create, except the derived ones', async () => {
    await freshDb(dialect);
    const tables = (await listTables()).filter((t) => !derivedTables.includes(t));
    expect(tables).toEqual([...backupTables].sort());
  });
});
