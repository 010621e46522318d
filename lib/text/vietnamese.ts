/**
 * Vietnamese text handling, in one place: slugs, accent folding for matching,
 * and dates shown in Asia/Ho_Chi_Minh whatever TZ the server runs with.
 * Every other module uses these functions; none re-implements them.
 */

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

/** The masthead's date: "Thứ Tư, 02/12/2026". */
export function formatVnWeekdayDate(date: Date | string): string {
  return `${WEEKDAYS[vnParts(date).weekday]}, ${formatVnDate(date)}`;
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
  return formatCredit(credit, 'Ảnh');
}

/** A credit that already says what it is ("Ảnh: …", "Nguồn: …", "Theo …") stays; a bare name gets `kind: `. */
function formatCredit(credit: string, kind: string): string {
  const c = credit.trim();
  if (!c) return '';
  const folded = foldVietnamese(c);
  if (/^(anh|nguon|do hoa|video|clip)\s*:/.test(folded) || /^theo\s/.test(folded)) return c;
  return `${kind}: ${c}`;
}

/** A video credit as printed under a video: "T.C" → "Video: T.C"; "Theo VTV", "Nguồn: X" and "Video: X" stay as given. */
export function formatVideoCredit(credit: string): string {
  return formatCredit(credit, 'Video');
}

/**
 * The characters a search token is made of, as the body of a regex bracket
 * expression over *folded* text: ASCII digits and letters, then the letters
 * of other scripts that survive folding (Latin extensions, Greek, Cyrillic,
 * kana, CJK, Hangul). Everything else separates tokens. SQLite FTS5
 * (unicode61) and the PostgreSQL index (migration 401-search, which repeats
 * this string; a test keeps the two equal) split text on the same characters,
 * so both engines see the same tokens.
 */
export const SEARCH_TOKEN_CHARS =
  '0-9a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0386\\u0388-\\u03f5\\u0400-\\u0481\\u048a-\\u052f\\u3041-\\u3096\\u30a1-\\u30fa\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3';

const TOKEN_RUN = new RegExp(`[${SEARCH_TOKEN_CHARS}]+`, 'gu');

/**
 * Fold like foldVietnamese, one character at a time, keeping where each folded
 * character came from, so that a match found in the folded text can be shown
 * in the original with its real accents. `start[i]`/`end[i]` are the offsets in
 * `source` (the NFC form of the input) of the character that folded character i
 * comes from. For Vietnamese text in NFC every letter folds to exactly one
 * character ("ệ"→"e", "Đ"→"d"), so `folded` equals foldVietnamese(source).
 */
const foldedChars = new Map<string, string>();

export function foldWithOffsets(input: string): { source: string; folded: string; start: number[]; end: number[] } {
  const source = input.normalize('NFC');
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of source) {
    let f = foldedChars.get(ch);
    if (f === undefined) {
      // Four normalisations per character made this the cost of a page of snippets: remembered per character.
      if (foldedChars.size > 10_000) foldedChars.clear();
      foldedChars.set(ch, (f = foldVietnamese(ch)));
    }
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  return { source, folded, start, end };
}

/** One word of a search query: as typed (lower case, accents kept, NFC) and folded. */
export type SearchToken = { text: string; folded: string };

/** At most this many characters of a query are read: a longer one is cut, never refused. */
export const SEARCH_MAX_QUERY_CHARS = 500;
/** At most this many distinct words take part in a search. */
export const SEARCH_MAX_TOKENS = 12;

/**
 * The words of a search query. Any input is accepted: punctuation, FTS or SQL
 * syntax ("*", NEAR, OR, quotes, --), emoji and control characters only
 * separate words; the words themselves are treated as plain words by the
 * engines. Duplicates (compared folded) are dropped, order kept.
 */
export function searchTokens(input: string): SearchToken[] {
  const { source, folded, start, end } = foldWithOffsets(normalizeVietnamese(String(input ?? '').slice(0, SEARCH_MAX_QUERY_CHARS)));
  const out: SearchToken[] = [];
  const seen = new Set<string>();
  for (const m of folded.matchAll(TOKEN_RUN)) {
    const f = m[0];
    if (seen.has(f)) continue;
    seen.add(f);
    const from = start[m.index]!;
    const to = end[m.index + f.length - 1]!;
    out.push({ text: source.slice(from, to), folded: f });
    if (out.length >= SEARCH_MAX_TOKENS) break;
  }
  return out;
}

/** True when a word carries Vietnamese marks (or đ), i.e. differs from its folded form. */
export function hasMarks(word: string): boolean {
  return normalizeVietnamese(word) !== foldVietnamese(word);
}
