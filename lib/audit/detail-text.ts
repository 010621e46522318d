/**
 * An audit entry's detail as a person reads it: Vietnamese field names, roles and reasons in words,
 * times in GMT+7 (the detail stores UTC ISO strings). Unknown fields still show, as stored.
 */
import { formatVnShort } from '@/lib/text/vietnamese';
import { roleLabels } from '@/lib/validations/user';

const keyLabels: Record<string, string> = {
  email: 'Email',
  role: 'Vai trò',
  roles: 'Vai trò',
  from: 'Từ',
  to: 'Thành',
  by: 'Tạo bởi',
  closed: 'Số phiên đã đóng',
  slug: 'Đường dẫn',
  title: 'Tiêu đề',
  version: 'Phiên bản',
  fromVersion: 'Từ phiên bản',
  into: 'Vào',
  publishedAt: 'Đăng lúc',
  publishAt: 'Hẹn đăng lúc',
  expiresAt: 'Hết hạn lúc',
  reason: 'Lý do',
  comment: 'Nhận xét',
  text: 'Nội dung',
  name: 'Tệp',
  bytes: 'Dung lượng (byte)',
  width: 'Rộng',
  height: 'Cao',
  alt: 'Mô tả ảnh',
  caption: 'Chú thích',
  credit: 'Người chụp',
  articleId: 'Mã bài',
  articlesMoved: 'Số bài chuyển',
  direction: 'Hướng',
  order: 'Thứ tự',
  before: 'Trước',
  after: 'Sau',
};

const valueWords: Record<string, string> = {
  ...roleLabels,
  'unknown-account': 'không có tài khoản này',
  'wrong-password': 'sai mật khẩu',
  'wrong-code': 'sai mã xác thực',
  inactive: 'tài khoản đã khóa',
  'pending-copy': 'bản sửa chờ đăng',
  ADMIN_EMAIL: 'cấu hình ADMIN_EMAIL',
  up: 'lên',
  down: 'xuống',
};

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/;

function valueText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return ISO_TIME.test(v) ? `${formatVnShort(v)} (GMT+7)` : (valueWords[v] ?? v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.map(valueText).join(', ');
  return JSON.stringify(v);
}

export function auditDetailText(detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  if (typeof detail !== 'object' || Array.isArray(detail)) return valueText(detail);
  return Object.entries(detail as Record<string, unknown>)
    .map(([k, v]) => `${keyLabels[k] ?? k}: ${valueText(v)}`)
    .join(' · ');
}
