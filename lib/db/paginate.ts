/** One page of a listing, and how many pages there are. */
export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number };

/**
 * The one pagination: count, settle the page number (a bad one is page 1; with
 * `clamp`, one past the end is the last page), then read that page's rows.
 */
export async function paginate<T>(opts: {
  page: number | undefined;
  pageSize: number;
  count: () => Promise<number | string | bigint | undefined>;
  rows: (limit: number, offset: number) => Promise<T[]>;
  clamp?: boolean;
}): Promise<Paged<T>> {
  const total = Number((await opts.count()) ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / opts.pageSize));
  let page = Number.isInteger(opts.page) && opts.page! > 0 ? opts.page! : 1;
  if (opts.clamp) page = Math.min(page, pageCount);
  const items = await opts.rows(opts.pageSize, (page - 1) * opts.pageSize);
  return { items, total, page, pageCount };
}
