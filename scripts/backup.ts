/**
 * npm run backup [-- <tệp.tar.gz>] — one archive of the database, the photos and
 * DATA_DIR's secret, while the portal keeps serving and writing (docs/backup.md).
 * Default file: ./backups/bantin-<UTC time>.tar.gz. Uses DATA_DIR / DATABASE_URL / S3_*.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from '@/lib/backup/backup';
import { closeDb } from '@/lib/db';

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const file = path.resolve(positionals[0] ?? path.join('backups', `bantin-${stamp}.tar.gz`));
  const started = Date.now();
  const m = await createBackup(file);
  const rows = Object.values(m.tables).reduce((n, t) => n + t.rows, 0);
  console.log(`Đã sao lưu vào ${file} (${((Date.now() - started) / 1000).toFixed(1)} s): ${m.engine}, lược đồ ${m.migrations.at(-1)}, ${rows} dòng (${m.tables.articles.rows} bài, ${m.tables.revisions.rows} phiên bản, ${m.tables.users.rows} người dùng), ${m.media.length} tệp ảnh.`);
  if (m.missingMedia.length) console.warn(`Cảnh báo: ${m.missingMedia.length} tệp ảnh không còn trong kho: ${m.missingMedia.slice(0, 5).join(', ')}${m.missingMedia.length > 5 ? ', …' : ''}`);
}

main()
  .catch((error) => {
    console.error('Sao lưu thất bại:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
