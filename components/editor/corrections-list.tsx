import type { EditorView } from '@/lib/articles/editor-reads';
import { formatVnShort } from '@/lib/text/vietnamese';

// The corrections already published on this article, beside the workflow panel that adds them.

export function CorrectionsList({ corrections }: { corrections: EditorView['corrections'] }) {
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="dinh-chinh" className="rounded border border-stone-300 bg-white p-3 text-sm">
      <h2 id="dinh-chinh" className="font-semibold">
        Đính chính đã đăng
      </h2>
      <ul className="mt-1 space-y-1">
        {corrections.map((c) => (
          <li key={c.id}>
            <span className="font-semibold">{formatVnShort(c.createdAt)}</span>: {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
