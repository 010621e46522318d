import { apiError, apiOptions } from '@/lib/api/respond';

/** Anything else under /api/v1: a JSON 404 that names what exists. */
export function GET(): Response {
  return apiError(404, 'not_found', 'Không có địa chỉ API này. Có: /api/v1/articles, /api/v1/articles/{slug}, /api/v1/sections, /api/v1/search.');
}

export const OPTIONS = apiOptions;
