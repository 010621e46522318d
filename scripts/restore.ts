/**
 * npm run restore -- <tệp.tar.gz> [--force] — bring a backup back into the
 * DATA_DIR / DATABASE_URL (and S3_*) of the environment. Checks every checksum
 * first; refuses a target that holds anything unless --force (docs/backup.md).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RestoreError, restoreBackup } from '@/lib/backup/restore';
import { closeDb } from '@/lib/db';

const usage = 'Cách dùng: npm run restore -- <tệp sao lưu .tar.gz> [--force]';

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const file = path.resolve(positionals[0]!);
  const s = await restoreBackup(file, { force: values.force });
  console.log(`Đã khôi phục ${file} (sao lưu lúc ${s.manifest.createdAt}, từ ${s.manifest.engine}): ${s.rows} dòng, ${s.mediaFiles} tệp ảnh. Chạy portal như thường lệ.`);
}

main()
  .catch((error) => {
    console.error(error instanceof RestoreError ? error.message : `Khôi phục thất bại: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
