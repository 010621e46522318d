/**
 * Vietnamese text handling, in one place: slugs, accent folding for matching,
 * and dates shown in Asia/Ho_Chi_Minh whatever TZ the server runs with.
 * Every other module uses these functions; none re-implements them.
 */

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Vietnam has had no daylight saving time since 1975: the offset is fixed. */
const VN_OFFSET_MINUTES = 7 * 60;

/**
 * Fold a string for matching: lower case, tones and marks removed, đ→d.
 * "Lê Văn Dũng" → "le van dung", "ĐƯỜNG" → "duong".
 */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** Lower case with accents kept, in NFC (for exact-accent matching). */
export function normalizeVietnamese(input: string): string {
  return input.normalize('NFC').toLowerCase();
}

/**
 * URL slug: "Hội nghị tổng kết" → "hoi-nghi-tong-ket". Only [a-z0-9-],
 * no leading/trailing or doubled hyphens, at most `maxLength` characters
 * (cut at a word boundary).
 */
export function slugify(input: string, maxLength = 96): string {
  const slug = foldVietnamese(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}

/** Words of a text after folding, for search and matching. */
export function foldedWords(input: string): string[] {
  return foldVietnamese(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** True when `needle` appears in `haystack` ignoring accents and case. */
export function includesFolded(haystack: string, needle: string): boolean {
  return foldVietnamese(haystack).includes(foldVietnamese(needle));
}

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

type VnParts = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

/** Calendar fields of an instant as read on a clock in Vietnam (GMT+7). */
export function vnParts(date: Date | string): VnParts {
  const d = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Ngày giờ không hợp lệ: ${String(date)}`);
  const shifted = new Date(d.getTime() + VN_OFFSET_MINUTES * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "27/11/2020" */
export function formatVnDate(date: Date | string): string {
  const p = vnParts(date);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "08:30" */
export function formatVnTime(date: Date | string): string {
  const p = vnParts(date);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "Thứ Sáu, 27/11/2020 08:30 (GMT+7)" — how Vietnamese news sites print a dateline. */
export function formatVnDateTime(date: Date | string): string {
  const p = vnParts(date);
  return `${WEEKDAYS[p.weekday]}, ${formatVnDate(date)} ${formatVnTime(date)} (GMT+7)`;
}

/** "27/11/2020 08:30" — compact, for lists. */
export function formatVnShort(date: Date | string): string {
  return `${formatVnDate(date)} ${formatVnTime(date)}`;
}

/** ISO 8601 with the +07:00 offset, for JSON-LD and <time dateTime>: "2020-11-27T08:30:00+07:00". */
export function toVnIso(date: Date | string): string {
  const p = vnParts(date);
  const d = typeof date === 'string' ? new Date(date) : date;
  const sec = pad(new Date(d.getTime()).getUTCSeconds());
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${sec}+07:00`;
}

/** Value for an <input type="datetime-local"> showing the instant on a Vietnamese clock. */
export function toVnLocalInput(date: Date | string): string {
  const p = vnParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * Parse a wall-clock time in Vietnam ("2020-11-27T08:30" or "2020-11-27 08:30")
 * into a UTC instant. Returns null for anything that is not such a time.
 */
export function parseVnLocal(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, s ? +s : 0) - VN_OFFSET_MINUTES * 60_000;
  const date = new Date(utc);
  // Reject 31/02 and friends: the fields must round-trip.
  const back = vnParts(date);
  if (back.year !== +y || back.month !== +mo || back.day !== +d || back.hour !== +h || back.minute !== +mi) return null;
  return date;
}

/** Minutes to read a text at ~220 Vietnamese words a minute, at least 1. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}

/** Initials of a byline name for a photo credit: "Trần Công" → "T.C". */
export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toLocaleUpperCase('vi'))
    .join('.');
}

/** A photo credit as printed under a photo: "T.C" → "Ảnh: T.C"; "Theo TTXVN" and "Ảnh: X" stay as given. */
export function formatPhotoCredit(credit: string): string {
  const c = credit.trim();
  if (!c) return '';
  const folded = foldVietnamese(c);
  if (/^(anh|nguon|do hoa|video|clip)\s*:/.test(folded) || /^theo\s/.test(folded)) return c;
  return `Ảnh: ${c}`;
}
