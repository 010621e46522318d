/**
 * The audit log: who did what, when, from where. Sign-ins (success and
 * failure, never a password), user management, and the editor workflow's
 * publishes and takedowns all go through writeAudit. Admins read it with
 * getAuditLog (/editor/nhat-ky).
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { db as getDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { paginate } from '@/lib/db/paginate';

let lastStamp = 0;
let counter = 0;
/**
 * Ids that sort in the order entries were written (time, then a per-process
 * counter, then randomness), so entries written in the same millisecond still
 * list newest first.
 */
function sortableId(): string {
  const now = Date.now();
  counter = now === lastStamp ? counter + 1 : 0;
  lastStamp = now;
  return `${now.toString(36).padStart(9, '0')}-${counter.toString(36).padStart(4, '0')}-${randomBytes(6).toString('hex')}`;
}

export type AuditEntry = {
  userId: string | null;
  /** Dotted name, e.g. "auth.sign-in", "user.role-change", "article.publish". */
  action: string;
  /** What it was done to: a user id, an article id or slug, an email for a failed sign-in. */
  target?: string | null;
  /** Anything else worth keeping, stored as JSON. Never a password. */
  detail?: unknown;
  ip?: string | null;
};

/**
 * Append one entry. Pass the transaction of the change it records so both
 * commit (or roll back) together.
 */
export async function writeAudit(entry: AuditEntry, tx?: Kysely<Database>): Promise<void> {
  const conn = tx ?? (await getDb());
  await conn
    .insertInto('audit_log')
    .values({
      id: sortableId(),
      at: new Date().toISOString(),
      user_id: entry.userId,
      action: entry.action,
      target: entry.target ?? null,
      detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
      ip: entry.ip ?? null,
    })
    .execute();
}

/** Vietnamese names of the actions, for the log page. Unknown actions show as written. */
export const auditActionLabels: Record<string, string> = {
  'auth.sign-in': 'Đăng nhập',
  'auth.sign-in-failed': 'Đăng nhập thất bại',
  'auth.sign-out': 'Đăng xuất',
  'auth.sign-out-everywhere': 'Đăng xuất khỏi mọi thiết bị',
  'auth.account-locked': 'Tài khoản bị khoá tạm (nhập sai nhiều lần)',
  'auth.two-step-on': 'Bật xác thực hai bước',
  'auth.two-step-off': 'Tắt xác thực hai bước',
  'auth.two-step-reset': 'Quản trị viên tắt xác thực hai bước (mất điện thoại)',
  'auth.two-step-policy': 'Đổi quy định xác thực hai bước',
  'user.create': 'Tạo người dùng',
  'user.role-change': 'Đổi vai trò',
  'user.deactivate': 'Khóa tài khoản',
  'user.reactivate': 'Mở lại tài khoản',
  'user.password-reset': 'Đặt lại mật khẩu',
  'user.password-change': 'Đổi mật khẩu',
  'article.publish': 'Đăng bài',
  'article.schedule': 'Hẹn giờ đăng',
  'article.go-live': 'Tự động đăng đúng giờ hẹn',
  'article.unpublish': 'Gỡ bài',
  'article.correction': 'Đính chính',
  'article.return': 'Trả bài',
  'article.submit': 'Gửi duyệt',
  'article.restore': 'Khôi phục phiên bản',
  'frontpage.update': 'Sửa trang nhất (tin ghim)',
  'breaking.raise': 'Bật tin nóng',
  'breaking.lower': 'Tắt tin nóng',
  'live.start': 'Bắt đầu tường thuật trực tiếp',
  'live.close': 'Kết thúc tường thuật trực tiếp',
  'live.entry-add': 'Thêm cập nhật trực tiếp',
  'live.entry-edit': 'Sửa cập nhật trực tiếp',
  'live.entry-delete': 'Gỡ cập nhật trực tiếp',
};

export type AuditLogRow = {
  id: string;
  at: string;
  action: string;
  target: string | null;
  detail: unknown;
  ip: string | null;
  user: { id: string; name: string; email: string } | null;
};

export type AuditLogPage = { entries: AuditLogRow[]; page: number; pageCount: number; total: number; pageSize: number };

export const AUDIT_PAGE_SIZE = 50;

function parseDetail(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** One page of the log, newest first, optionally one action only. */
export async function getAuditLog(opts: { page?: number; pageSize?: number; action?: string } = {}, conn?: Kysely<Database>): Promise<AuditLogPage> {
  const d = conn ?? (await getDb());
  const pageSize = Math.min(Math.max(opts.pageSize ?? AUDIT_PAGE_SIZE, 1), 200);
  let base = d.selectFrom('audit_log as a');
  if (opts.action) base = base.where('a.action', '=', opts.action);
  const { items: rows, page, pageCount, total } = await paginate({
    page: opts.page === undefined ? undefined : Math.trunc(opts.page),
    pageSize,
    clamp: true,
    count: async () => (await base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst())?.n,
    rows: (limit, offset) =>
      base
        .leftJoin('users as u', 'u.id', 'a.user_id')
        .select(['a.id', 'a.at', 'a.action', 'a.target', 'a.detail', 'a.ip', 'a.user_id', 'u.name as user_name', 'u.email as user_email'])
        .orderBy('a.at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute(),
  });

  return {
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      target: r.target,
      detail: parseDetail(r.detail),
      ip: r.ip,
      user: r.user_id && r.user_name && r.user_email ? { id: r.user_id, name: r.user_name, email: r.user_email } : null,
    })),
    page,
    pageCount,
    total,
    pageSize,
  };
}

/** When someone's wrong guesses locked this person's account lately (newest first), for their account page. */
export async function recentAccountLocks(userId: string, since: Date, conn?: Kysely<Database>): Promise<{ at: string; ip: string | null }[]> {
  const d = conn ?? (await getDb());
  return d
    .selectFrom('audit_log')
    .select(['at', 'ip'])
    .where('action', '=', 'auth.account-locked')
    .where('user_id', '=', userId)
    .where('at', '>=', since.toISOString())
    .orderBy('at', 'desc')
    .limit(10)
    .execute();
}
