'use client';

import Link from 'next/link';

/** What a reader sees when a page fails: a message in Vietnamese, never a stack trace. */
export function ErrorView({ digest, reset }: { digest?: string; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="font-serif text-2xl font-bold">Đã có lỗi xảy ra</h1>
      <p className="mt-2 text-stone-700">Trang chưa hiển thị được. Bạn hãy thử lại sau ít phút.</p>
      {digest && <p className="mt-2 text-xs text-stone-600">Mã lỗi: {digest}</p>}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white">
          Thử lại
        </button>
        <Link href="/" className="rounded border border-stone-400 px-4 py-2 font-semibold">
          Về trang chủ
        </Link>
      </div>
    </div>
  );
}
