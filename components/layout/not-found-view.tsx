import Link from 'next/link';
import { paths } from '@/lib/config/site';

export function NotFoundView() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-6xl font-bold text-[var(--color-brand)]">404</p>
      <h1 className="mt-4 font-serif text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-2 text-stone-700">Bài viết hoặc trang bạn tìm không tồn tại, hoặc đã được gỡ xuống.</p>
      <form action={paths.search()} method="get" className="mt-6 flex gap-2" role="search">
        <label htmlFor="nf-q" className="sr-only">
          Tìm bài viết
        </label>
        <input id="nf-q" name="q" type="search" placeholder="Tìm bài viết…" className="min-w-0 flex-1 rounded border border-stone-400 px-3 py-2" />
        <button type="submit" className="rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white">
          Tìm
        </button>
      </form>
      <p className="mt-6">
        <Link href={paths.home()} className="font-semibold text-blue-800 underline">
          Về trang chủ
        </Link>
      </p>
    </div>
  );
}
