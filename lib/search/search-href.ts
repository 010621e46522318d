import { paths } from '@/lib/config/site';
import type { SearchInput } from '@/lib/validations/search';

/** The address of a search (form fields as query parameters), for links and pagination. */
export function searchHref(input: Partial<SearchInput>): string {
  const params = new URLSearchParams();
  if (input.q) params.set('q', input.q);
  if (input.section) params.set('section', input.section);
  if (input.from) params.set('from', input.from);
  if (input.to) params.set('to', input.to);
  if (input.page && input.page > 1) params.set('page', String(input.page));
  const qs = params.toString();
  return qs ? `${paths.search()}?${qs}` : paths.search();
}
