/**
 * Writes of the front page: save the pins, raise and lower the breaking
 * banner. Each checks the rights itself (./access.ts), refuses an article
 * readers cannot see, and writes its audit line in the same transaction.
 * The caller refreshes the cache tags the result names.
 */
import type { Kysely } from 'kysely';
import { publicIdsAmong } from '@/lib/articles/queries';
import { writeAudit } from '@/lib/audit/log';
import { cacheTags } from '@/lib/cache/tags';
import { withWriteTransaction, db as getDb } from '@/lib/db';
import type { Database, FrontPinsTable, Role } from '@/lib/db/schema';
import { FORBIDDEN_TEXT } from './messages';
import { canCurate } from './access';
import { querySections } from '@/lib/sections/queries';
import { BANNER_ID } from './queries';
import type { BreakingInput, FrontPageInput } from './schema';

type Actor = { id: string; role: Role };
type Tx = Kysely<Database>;

export type FrontPageResult = { ok: true; revalidate: string[] } | { ok: false; code: 'forbidden' | 'not-public' | 'section'; message: string; articleIds?: string[] };

export const NOT_PUBLIC_MESSAGE = 'Chỉ ghim được bài đang đăng. Bài đã chọn chưa đăng, đã gỡ hoặc không còn: hãy tải lại trang và chọn lại.';

/** Refuse unless every id is an article readers can see now (checked inside the write's transaction). */
async function notPublic(tx: Tx, ids: string[], now: string): Promise<string[]> {
  const visible = await publicIdsAmong(tx, ids, now);
  return [...new Set(ids)].filter((id) => !visible.has(id));
}

type PinRow = Omit<FrontPinsTable, 'pinned_by' | 'pinned_at'>;

function pinRows(input: FrontPageInput): PinRow[] {
  const rows: PinRow[] = [];
  if (input.lead) rows.push({ slot: 'lead', section: '', position: 0, article_id: input.lead.articleId, expires_at: input.lead.expiresAt });
  input.featured.forEach((p, i) => rows.push({ slot: 'featured', section: '', position: i, article_id: p.articleId, expires_at: p.expiresAt }));
  for (const [section, p] of Object.entries(input.sections)) if (p) rows.push({ slot: 'section', section, position: 0, article_id: p.articleId, expires_at: p.expiresAt });
  return rows;
}

/** Replace the front page's pins with these (the form always sends the whole front page). */
export async function saveFrontPage(actor: Actor, input: FrontPageInput, ip: string | null = null, db?: Kysely<Database>): Promise<FrontPageResult> {
  if (!canCurate(actor)) return { ok: false, code: 'forbidden', message: FORBIDDEN_TEXT };
  const rows = pinRows(input);
  const now = new Date().toISOString();
  return withWriteTransaction(async (tx) => {
    // A section deleted or renamed since the form was opened: say so rather than pin to nothing.
    const stored = new Set((await querySections(tx)).map((s) => s.slug));
    const gone = Object.keys(input.sections).filter((slug) => !stored.has(slug));
    if (gone.length) return { ok: false, code: 'section', message: `Chuyên mục "${gone[0]}" không còn (có thể vừa bị xóa hoặc đổi đường dẫn). Hãy tải lại trang và chọn lại.` };
    const bad = await notPublic(tx, rows.map((r) => r.article_id), now);
    if (bad.length) return { ok: false, code: 'not-public', message: NOT_PUBLIC_MESSAGE, articleIds: bad };
    const before = await tx.selectFrom('front_pins').select(['slot', 'section', 'position', 'article_id', 'expires_at']).execute();
    await tx.deleteFrom('front_pins').execute();
    if (rows.length) await tx.insertInto('front_pins').values(rows.map((r) => ({ ...r, pinned_by: actor.id, pinned_at: now }))).execute();
    await writeAudit({ userId: actor.id, action: 'frontpage.update', target: 'trang-nhat', detail: { before, after: rows }, ip }, tx);
    return { ok: true, revalidate: [cacheTags.frontpage] };
  }, db ?? (await getDb()));
}

export type BannerResult = { ok: true; revalidate: string[] } | { ok: false; code: 'forbidden' | 'not-public' | 'not-raised'; message: string };

/** Raise (or replace) the one breaking banner. */
export async function raiseBanner(actor: Actor, input: BreakingInput, ip: string | null = null, db?: Kysely<Database>): Promise<BannerResult> {
  if (!canCurate(actor)) return { ok: false, code: 'forbidden', message: FORBIDDEN_TEXT };
  const now = new Date().toISOString();
  return withWriteTransaction(async (tx) => {
    if ((await notPublic(tx, [input.articleId], now)).length) return { ok: false, code: 'not-public', message: 'Tin nóng chỉ dẫn tới bài đang đăng. Bài đã chọn chưa đăng hoặc đã gỡ.' };
    const row = { text: input.text, article_id: input.articleId, expires_at: input.expiresAt, raised_by: actor.id, raised_at: now };
    await tx
      .insertInto('breaking_banner')
      .values({ id: BANNER_ID, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
    await writeAudit({ userId: actor.id, action: 'breaking.raise', target: input.articleId, detail: { text: input.text, expiresAt: input.expiresAt }, ip }, tx);
    return { ok: true, revalidate: [cacheTags.breaking] };
  }, db ?? (await getDb()));
}

/** Lower the banner. */
export async function lowerBanner(actor: Actor, ip: string | null = null, db?: Kysely<Database>): Promise<BannerResult> {
  if (!canCurate(actor)) return { ok: false, code: 'forbidden', message: FORBIDDEN_TEXT };
  return withWriteTransaction(async (tx) => {
    const gone = await tx.deleteFrom('breaking_banner').where('id', '=', BANNER_ID).returning(['text', 'article_id']).executeTakeFirst();
    if (!gone) return { ok: false, code: 'not-raised', message: 'Không có tin nóng nào đang hiện.' };
    await writeAudit({ userId: actor.id, action: 'breaking.lower', target: gone.article_id, detail: { text: gone.text }, ip }, tx);
    return { ok: true, revalidate: [cacheTags.breaking] };
  }, db ?? (await getDb()));
}
