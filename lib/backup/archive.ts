import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';

/**
 * The archive container: a gzip'd tar of named entries. Kept apart from what
 * the entries mean (backup.ts, restore.ts) so the format can change alone.
 */
export type Entry = { name: string; data: Buffer };

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Write the entries, in order, to `file` (created with mode 0600: it holds password hashes). */
export async function writeArchive(file: string, entries: AsyncIterable<Entry> | Iterable<Entry>): Promise<void> {
  const pack = tar.pack();
  const out = fs.createWriteStream(file, { mode: 0o600 });
  const done = pipeline(pack, zlib.createGzip({ level: 6 }), out);
  try {
    for await (const e of entries) {
      await new Promise<void>((resolve, reject) => pack.entry({ name: e.name, size: e.data.byteLength, mode: 0o600 }, e.data, (err) => (err ? reject(err) : resolve())));
    }
    pack.finalize();
  } catch (error) {
    pack.destroy(error as Error);
  }
  await done;
}

export class ArchiveError extends Error {}

/** Every entry of the archive, read whole; a damaged gzip or tar stream becomes an ArchiveError. */
export async function readArchive(file: string): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c) => chunks.push(c as Buffer));
    // A damaged stream also fails the entry being read; the pipeline below reports it once.
    stream.on('error', () => undefined);
    stream.on('end', () => {
      if (header.type === 'file') entries.set(header.name, Buffer.concat(chunks));
      next();
    });
    stream.resume();
  });
  try {
    await pipeline(fs.createReadStream(file), zlib.createGunzip(), extract);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'không tìm thấy tệp' : (error as Error).message;
    throw new ArchiveError(`Tệp sao lưu ${file} bị hỏng hoặc không đọc được (${reason}).`, { cause: error });
  }
  return entries;
}
