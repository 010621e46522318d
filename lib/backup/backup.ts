import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/lib/db';
import { getStorage } from '@/lib/media/storage';
import { type Entry, sha256, writeArchive } from './archive';
import { FORMAT, FORMAT_VERSION, fileEntry, type Manifest, mediaEntry, tableEntry } from './manifest';
import { readSnapshot } from './snapshot';
import { backupTables, type Row } from './tables';

/** Files of DATA_DIR besides the database and media that a restored portal needs. */
export const dataFiles = ['nextauth-secret'];

/** Every stored key of the media rows: the original and each variant. */
export function mediaKeys(rows: Row[]): string[] {
  const keys = new Set<string>();
  for (const r of rows) {
    keys.add(String(r.original_key));
    for (const v of JSON.parse(String(r.variants)) as { key: string }[]) keys.add(v.key);
  }
  return [...keys].sort();
}

const toJsonl = (rows: Row[]) => Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n'), 'utf8');

/**
 * Write one archive of the database (one consistent snapshot), the photo files
 * its media rows name and DATA_DIR's secret, with a manifest of counts and
 * checksums. Photos are written before their row and never changed after, so
 * reading them after the snapshot finds every file a snapshot row names.
 */
export async function createBackup(file: string): Promise<Manifest> {
  const snapshot = await readSnapshot();
  const storage = getStorage();
  const entries: Entry[] = [];
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    engine: snapshot.engine,
    migrations: snapshot.migrations,
    tables: {} as Manifest['tables'],
    media: [],
    missingMedia: [],
    files: {},
  };
  for (const t of backupTables) {
    const data = toJsonl(snapshot.tables[t]);
    manifest.tables[t] = { rows: snapshot.tables[t].length, sha256: sha256(data) };
    entries.push({ name: tableEntry(t), data });
  }
  for (const key of mediaKeys(snapshot.tables.media)) {
    const bytes = await storage.get(key);
    if (!bytes) {
      manifest.missingMedia.push(key);
      continue;
    }
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    manifest.media.push({ key, bytes: data.byteLength, sha256: sha256(data) });
    entries.push({ name: mediaEntry(key), data });
  }
  for (const name of dataFiles) {
    const p = path.join(dataDir(), name);
    if (!fs.existsSync(p)) continue;
    const data = fs.readFileSync(p);
    manifest.files[name] = { sha256: sha256(data) };
    entries.push({ name: fileEntry(name), data });
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // Written to a temporary name first: a backup cut short never looks like a good one.
  const tmp = `${file}.partial`;
  await writeArchive(tmp, [{ name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) }, ...entries]);
  fs.renameSync(tmp, file);
  return manifest;
}
