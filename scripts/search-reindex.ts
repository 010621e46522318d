/**
 * npm run search:reindex — rebuild the search index of the configured database
 * (SQLite under DATA_DIR, or PostgreSQL with DATABASE_URL) from its articles.
 * The portal keeps serving meanwhile: the rebuild is one transaction, so
 * searches see the old index until it commits (docs/search.md).
 */
import { closeDb, dialectName, getDb, migrateToLatest } from '@/lib/db';
import { reindexSearch } from '@/lib/search/reindex';

const vn = (n: number) => n.toLocaleString('vi-VN');

async function main() {
  const target = dialectName() === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite trong ${process.env.DATA_DIR || './data'}`;
  const db = getDb();
  // The index's tables and triggers come from migration 901: a database that predates it is brought up first.
  await migrateToLatest(db);
  console.log(`Lập lại chỉ mục tìm kiếm: ${target}`);
  const result = await reindexSearch(db, (s) => {
    if (s.step === 'counted') console.log(`[1/3] ${vn(s.readable)} bài đã đăng hoặc hẹn giờ cần lập chỉ mục. Đang lập (ở 100.000 bài mất vài phút)…`);
    if (s.step === 'rebuilt') console.log(`[2/3] Đã lập xong trong ${(s.ms / 1000).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} giây.`);
    if (s.step === 'checked') console.log(`[3/3] Chỉ mục có ${vn(s.indexed)} bài.`);
  });
  if (result.indexed !== result.readable) {
    // Only an unreadable publication time leaves an article out (docs/search.md).
    console.warn(`Lưu ý: ${vn(result.readable - result.indexed)} bài không vào chỉ mục (thời điểm đăng không đọc được).`);
  }
  console.log(`Xong: ${vn(result.indexed)} bài tìm được.`);
}

main()
  .catch((error) => {
    console.error('Lập lại chỉ mục thất bại:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
