/** Marks sample articles so nobody takes them for real news. */
export function SampleBadge() {
  return <span className="inline-block rounded bg-amber-200 px-1.5 py-0.5 align-middle font-sans text-xs font-bold uppercase tracking-wide text-amber-950">Bài mẫu</span>;
}
