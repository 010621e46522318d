import { z } from './zod';
import { SEARCH_MAX_QUERY_CHARS, parseVnLocal } from '@/lib/text/vietnamese';

/**
 * The search form (GET /tim-kiem) and the search API share this schema. The
 * query itself is never refused: any text is searched as words (a longer one
 * is cut). Filters are checked, each with its own Vietnamese message.
 */

const vnDate = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} phải có dạng năm-tháng-ngày, ví dụ 2020-11-27.`)
    .refine((s) => parseVnLocal(`${s}T00:00`) !== null, `${label} không phải là một ngày có thật.`);

export const SEARCH_MAX_PAGE = 100;
export const SECTION_UNKNOWN = 'Chuyên mục không có trên trang.';

export const searchFields = {
  q: z.string().transform((s) => s.slice(0, SEARCH_MAX_QUERY_CHARS)),
  section: z.string().max(60, SECTION_UNKNOWN).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, SECTION_UNKNOWN),
  from: vnDate('Ngày bắt đầu'),
  to: vnDate('Ngày kết thúc'),
  page: z
    .string()
    .regex(/^\d{1,6}$/, 'Số trang phải là số nguyên dương.')
    .transform(Number)
    .refine((n) => n >= 1 && n <= SEARCH_MAX_PAGE, `Số trang phải từ 1 đến ${SEARCH_MAX_PAGE}.`),
};

export type SearchInput = {
  q: string;
  section?: string;
  /** YYYY-MM-DD, a day in Vietnam (GMT+7), inclusive. */
  from?: string;
  to?: string;
  page: number;
};

export type SearchInputErrors = Partial<Record<keyof SearchInput, string>>;

type RawValue = string | string[] | null | undefined;

/**
 * Read raw parameters (page searchParams or URLSearchParams): blank means not
 * given; a bad filter is dropped and reported, the rest still applies.
 */
export function parseSearchInput(raw: Record<string, RawValue>, sectionSlugs?: readonly string[]): { input: SearchInput; errors: SearchInputErrors } {
  const first = (v: RawValue) => (Array.isArray(v) ? v[0] : v) ?? undefined;
  const input: SearchInput = { q: '', page: 1 };
  const errors: SearchInputErrors = {};
  const q = first(raw.q);
  if (q !== undefined) input.q = searchFields.q.parse(q);
  for (const key of ['section', 'from', 'to', 'page'] as const) {
    const value = first(raw[key])?.trim();
    if (!value) continue;
    const r = searchFields[key].safeParse(value);
    if (r.success) (input as Record<string, unknown>)[key] = r.data;
    else errors[key] = r.error.issues[0]?.message ?? 'Giá trị không hợp lệ.';
  }
  // The sections are data (lib/sections): the caller passes the stored slugs.
  if (input.section && sectionSlugs && !sectionSlugs.includes(input.section)) {
    errors.section = SECTION_UNKNOWN;
    delete input.section;
  }
  if (input.from && input.to && input.from > input.to) {
    errors.to = 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.';
    delete input.to;
  }
  return { input, errors };
}
