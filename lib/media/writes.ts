import type { Kysely } from 'kysely';
import type { SessionUser } from '@/lib/auth/session';
import { withWriteTransaction } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { mediaSearchText } from './ingest';
import type { MediaDetails } from '@/lib/validations/media';
import { writeAudit } from '@/lib/audit/log';
import { canEditMedia } from './access';
import { mediaRecordFromRow } from './queries';

export type MediaWriteResult = { ok: true } | { ok: false; message: string };

/** Change a photo's library details (alt, caption, credit), checking who may. */
export async function updateMediaDetails(db: Kysely<Database>, actor: Pick<SessionUser, 'id' | 'role'>, d: MediaDetails, ip: string | null = null): Promise<MediaWriteResult> {
  return withWriteTransaction(async (tx) => {
    const row = await tx.selectFrom('media').selectAll().where('id', '=', d.id).executeTakeFirst();
    if (!row) return { ok: false, message: 'Không tìm thấy ảnh (có thể đã bị xóa).' };
    if (!canEditMedia(actor, mediaRecordFromRow(row))) return { ok: false, message: 'Chỉ người tải ảnh lên, biên tập viên hoặc quản trị được sửa thông tin ảnh này.' };
    await tx
      .updateTable('media')
      .set({ alt: d.alt, caption: d.caption, credit: d.credit, search_text: mediaSearchText(d) })
      .where('id', '=', d.id)
      .execute();
    await writeAudit({ userId: actor.id, action: 'media.update', target: d.id, detail: { alt: d.alt, caption: d.caption, credit: d.credit }, ip }, tx);
    return { ok: true };
  }, db);
}
