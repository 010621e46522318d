/**
 * The cost of publishing one article into a full search index: the write
 * path a publish takes (writeIndexRecord in a write transaction, the search
 * triggers included), timed once per article, then the articles removed.
 */
import type { Kysely } from 'kysely';
import { writeIndexRecord } from '@/lib/articles/index-writer';
import { withWriteTransaction } from '@/lib/db';
import type { Database } from '@/lib/db/schema';

export async function timePublish(db: Kysely<Database>, n: number): Promise<number[]> {
  const times: number[] = [];
  const ids: string[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const id = `bench-publish-${i}`;
      ids.push(id);
      const at = new Date(Date.UTC(2026, 10, 27, 1, 30) + i * 60_000).toISOString();
      const t = performance.now();
      await withWriteTransaction(
        (tx) =>
          writeIndexRecord(tx, {
            id,
            slug: `bai-dang-thu-${i}`,
            source: 'db',
            contentHash: null,
            title: `Hội nghị phối hợp hoạt động số ${i} tại Tam Kỳ`,
            summary: 'Sáng nay, Bộ CHQS tỉnh tổ chức hội nghị tổng kết công tác phối hợp giai đoạn 2016 - 2020.',
            body: 'Hội nghị đánh giá kết quả phối hợp giữa các lực lượng.\n\nCác đơn vị đề ra phương hướng cho giai đoạn tới.',
            category: 'thoi-su',
            tags: ['phối hợp hoạt động', 'quốc phòng'],
            bylines: [{ name: 'T.C', role: 'reporter' }],
            cover: null,
            dateline: 'Tam Kỳ',
            status: 'published',
            publishedAt: at,
            updatedAt: at,
            createdAt: at,
            authorId: null,
            version: 1,
            sample: false,
          }),
        db,
      );
      times.push(performance.now() - t);
    }
  } finally {
    await db.deleteFrom('articles').where('id', 'in', ids).execute();
  }
  return times;
}
