'use client';

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100">
      In bài
    </button>
  );
}
