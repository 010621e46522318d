/** "/…/trang/N": N ≥ 2 as digits only (page 1 lives at the bare address). Null for anything else. */
export function parsePageParam(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 2 ? n : null;
}
