/**
 * Every action writeAudit records: its Vietnamese name for the log page, and what its `target`
 * names (so the page can link to it). One map; lib/audit/actions.test.ts checks that every action
 * written anywhere in lib/ and app/ is in it.
 */

/**
 * What an entry's target is: an article id, an article's live coverage (detail.articleId), a photo id,
 * a user id, a section slug, the front page, an email typed at sign-in (no link), or nothing.
 */
export type AuditTargetKind = 'article' | 'live' | 'live-entry' | 'media' | 'user' | 'section' | 'frontpage' | 'typed' | 'none';

export const auditActions = {
  'auth.sign-in': { label: 'Đăng nhập', target: 'user' },
  'auth.sign-in-failed': { label: 'Đăng nhập thất bại', target: 'typed' },
  'auth.sign-out': { label: 'Đăng xuất', target: 'user' },
  'auth.sign-out-everywhere': { label: 'Đăng xuất khỏi mọi thiết bị', target: 'user' },
  'auth.account-locked': { label: 'Tài khoản bị khoá tạm (nhập sai nhiều lần)', target: 'user' },
  'auth.two-step-on': { label: 'Bật xác thực hai bước', target: 'user' },
  'auth.two-step-off': { label: 'Tắt xác thực hai bước', target: 'user' },
  'auth.two-step-reset': { label: 'Quản trị viên tắt xác thực hai bước (mất điện thoại)', target: 'user' },
  'auth.two-step-policy': { label: 'Đổi quy định xác thực hai bước', target: 'none' },
  'user.create': { label: 'Tạo người dùng', target: 'user' },
  'user.role-change': { label: 'Đổi vai trò', target: 'user' },
  'user.deactivate': { label: 'Khóa tài khoản', target: 'user' },
  'user.reactivate': { label: 'Mở lại tài khoản', target: 'user' },
  'user.password-reset': { label: 'Đặt lại mật khẩu', target: 'user' },
  'user.password-change': { label: 'Đổi mật khẩu', target: 'user' },
  'article.publish': { label: 'Đăng bài', target: 'article' },
  'article.schedule': { label: 'Hẹn giờ đăng', target: 'article' },
  'article.unpublish': { label: 'Gỡ bài', target: 'article' },
  'article.correction': { label: 'Đính chính', target: 'article' },
  'article.return': { label: 'Trả bài', target: 'article' },
  'article.submit': { label: 'Gửi duyệt', target: 'article' },
  'article.restore': { label: 'Khôi phục phiên bản', target: 'article' },
  'article.go-live': { label: 'Tự động đăng đúng giờ hẹn', target: 'article' },
  'media.upload': { label: 'Tải ảnh lên', target: 'media' },
  'media.update': { label: 'Sửa thông tin ảnh', target: 'media' },
  'section.create': { label: 'Tạo chuyên mục', target: 'section' },
  'section.update': { label: 'Sửa chuyên mục', target: 'section' },
  'section.move': { label: 'Đổi thứ tự chuyên mục', target: 'section' },
  'section.delete': { label: 'Xóa chuyên mục', target: 'section' },
  'frontpage.update': { label: 'Sửa trang nhất (tin ghim)', target: 'frontpage' },
  'breaking.raise': { label: 'Bật tin nóng', target: 'article' },
  'breaking.lower': { label: 'Tắt tin nóng', target: 'article' },
  'live.start': { label: 'Bắt đầu tường thuật trực tiếp', target: 'live' },
  'live.close': { label: 'Kết thúc tường thuật trực tiếp', target: 'live' },
  'live.entry-add': { label: 'Thêm cập nhật trực tiếp', target: 'live-entry' },
  'live.entry-edit': { label: 'Sửa cập nhật trực tiếp', target: 'live-entry' },
  'live.entry-delete': { label: 'Gỡ cập nhật trực tiếp', target: 'live-entry' },
} as const satisfies Record<string, { label: string; target: AuditTargetKind }>;

export type AuditAction = keyof typeof auditActions;

export const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(auditActions, action);

/** Vietnamese names of the actions, for the log page and its filter. */
export const auditActionLabels: Record<string, string> = Object.fromEntries(Object.entries(auditActions).map(([k, v]) => [k, v.label]));

/** The name people read for an action; one not in the map (an old row) reads as "Hoạt động khác". */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? auditActions[action].label : `Hoạt động khác (${action})`;
}
