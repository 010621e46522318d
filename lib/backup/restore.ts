import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { type Db, dataDir, getDb, migrateToLatest, migratorFor, withWriteTransaction } from '@/lib/db';
import { migrations as knownMigrations } from '@/lib/db/migrations';
import { formatMime } from '@/lib/media/media-ref';
import { getStorage } from '@/lib/media/storage';
import { ArchiveError, readArchive, sha256 } from './archive';
import { mediaKeys } from './backup';
import { fileEntry, type Manifest, manifestSchema, mediaEntry, tableEntry } from './manifest';
import { backupTables, type BackupTable, type Row } from './tables';

/** A restore refused before it changed anything; the message is for the operator, in Vietnamese. */
export class RestoreError extends Error {}

type Verified = { manifest: Manifest; rows: Record<BackupTable, Row[]>; files: Map<string, Buffer> };

/** Read the whole archive and check every entry against the manifest; nothing is written. */
export async function verifyArchive(file: string): Promise<Verified> {
  let entries: Map<string, Buffer>;
  try {
    entries = await readArchive(file);
  } catch (error) {
    if (error instanceof ArchiveError) throw new RestoreError(error.message, { cause: error });
    throw error;
  }
  const raw = entries.get('manifest.json');
  if (!raw) throw new RestoreError(`${file} không phải bản sao lưu của Bản tin: thiếu manifest.json.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new RestoreError('manifest.json của bản sao lưu bị hỏng (không phải JSON).');
  }
  const m = manifestSchema.safeParse(parsed);
  if (!m.success) throw new RestoreError(`manifest.json của bản sao lưu không hợp lệ: ${m.error.issues[0]?.path.join('.')} ${m.error.issues[0]?.message}`);
  const manifest = m.data;

  const damaged = (name: string, why: string) => new RestoreError(`Bản sao lưu bị hỏng: ${name} ${why}. Không khôi phục gì; hãy dùng một bản sao khác.`);
  const checked = (name: string, expected: string) => {
    const data = entries.get(name);
    if (!data) throw damaged(name, 'bị thiếu');
    if (sha256(data) !== expected) throw damaged(name, 'không khớp mã kiểm tra sha256');
    return data;
  };
  const rows = {} as Record<BackupTable, Row[]>;
  for (const t of backupTables) {
    const info = manifest.tables[t];
    if (!info) throw damaged(tableEntry(t), 'không có trong manifest.json');
    const text = checked(tableEntry(t), info.sha256).toString('utf8');
    rows[t] = text ? text.split('\n').map((l) => JSON.parse(l) as Row) : [];
    if (rows[t].length !== info.rows) throw damaged(tableEntry(t), `có ${rows[t].length} dòng thay vì ${info.rows}`);
  }
  const files = new Map<string, Buffer>();
  for (const f of manifest.media) files.set(mediaEntry(f.key), checked(mediaEntry(f.key), f.sha256));
  for (const [name, f] of Object.entries(manifest.files)) files.set(fileEntry(name), checked(fileEntry(name), f.sha256));

  const known = Object.keys(knownMigrations);
  const unknown = manifest.migrations.filter((n, i) => known[i] !== n);
  if (unknown.length) throw new RestoreError(`Bản sao lưu thuộc một phiên bản lược đồ mà mã này không biết (${unknown.join(', ')}): hãy cập nhật Bản tin trước khi khôi phục.`);
  return { manifest, rows, files };
}

async function appliedMigrations(db: Db): Promise<string[]> {
  return (await migratorFor(db).getMigrations()).filter((m) => m.executedAt).map((m) => m.name);
}

/** What the target already holds, in words ("3 users, 12 articles, 40 media files"); empty when nothing. */
async function targetContents(db: Db, applied: string[], archiveKeys: string[]): Promise<string[]> {
  const found: string[] = [];
  if (applied.length) {
    for (const t of backupTables) {
      const r = await db.selectFrom(t).select(sql<number>`count(*)`.as('n')).executeTakeFirst().catch(() => undefined);
      if (r && Number(r.n) > 0) found.push(`${Number(r.n)} dòng trong ${t}`);
    }
  }
  const storage = getStorage();
  if (storage.kind === 'fs') {
    const root = path.join(dataDir(), 'media');
    const n = fs.existsSync(root) ? fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length : 0;
    if (n) found.push(`${n} tệp ảnh trong ${root}`);
  } else {
    // A bucket cannot be listed through the store; any of the archive's keys already there counts.
    for (const key of archiveKeys.slice(0, 20)) if (await storage.has(key)) return [...found, `ảnh ${key} đã có trong kho S3`];
  }
  return found;
}

export type RestoreSummary = { manifest: Manifest; rows: number; mediaFiles: number };

/**
 * Bring an archive back into the database and media store the environment
 * names (DATA_DIR / DATABASE_URL, S3_*). Refuses a target that holds anything
 * unless `force` (which deletes its rows first). The rows go in at the schema
 * version they were read at, in one transaction, then later migrations run,
 * so a backup of an older portal restores into a newer one.
 */
export async function restoreBackup(file: string, opts: { force?: boolean } = {}): Promise<RestoreSummary> {
  const { manifest, rows, files } = await verifyArchive(file);
  const db = getDb();
  const applied = await appliedMigrations(db);
  const present = await targetContents(db, applied, manifest.media.map((f) => f.key));
  if (present.length && !opts.force) {
    throw new RestoreError(`Nơi khôi phục không trống (${present.join('; ')}). Hãy khôi phục vào một DATA_DIR / cơ sở dữ liệu trống, hoặc thêm --force để xoá dữ liệu đang có và ghi đè.`);
  }
  if (applied.some((n, i) => manifest.migrations[i] !== n)) {
    throw new RestoreError(`Cơ sở dữ liệu đích đã ở lược đồ mới hơn bản sao lưu (${applied.at(-1)}); hãy khôi phục vào một cơ sở dữ liệu trống.`);
  }
  const migrated = await migratorFor(db).migrateTo(manifest.migrations.at(-1)!);
  if (migrated.error) throw new Error(`Không chạy được di trú tới ${manifest.migrations.at(-1)}: ${String(migrated.error)}`, { cause: migrated.error });

  let total = 0;
  await withWriteTransaction(async (tx) => {
    for (const t of [...backupTables].reverse()) await tx.deleteFrom(t).execute();
    for (const t of backupTables) {
      const list = rows[t];
      // Batches keep each statement under both engines' bound-parameter limits.
      for (let i = 0; i < list.length; i += 100) await tx.insertInto(t).values(list.slice(i, i + 100) as never).execute();
      total += list.length;
    }
  }, db);
  await migrateToLatest(db);

  const storage = getStorage();
  const mimeOf = new Map<string, string>();
  for (const r of rows.media) {
    mimeOf.set(String(r.original_key), String(r.mime));
    for (const v of JSON.parse(String(r.variants)) as { key: string; format: keyof typeof formatMime }[]) mimeOf.set(v.key, formatMime[v.format]);
  }
  for (const f of manifest.media) await storage.put(f.key, files.get(mediaEntry(f.key))!, mimeOf.get(f.key) ?? 'application/octet-stream');
  for (const name of Object.keys(manifest.files)) {
    const p = path.join(dataDir(), name);
    if (fs.existsSync(p) && !opts.force) continue;
    fs.mkdirSync(dataDir(), { recursive: true });
    fs.writeFileSync(p, files.get(fileEntry(name))!, { mode: 0o600 });
  }
  return { manifest, rows: total, mediaFiles: manifest.media.length };
}
