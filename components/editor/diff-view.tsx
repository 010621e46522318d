import type { RevisionSnapshot } from '@/lib/articles/editor-reads';
import { textDiff } from '@/lib/text/text-diff';
import { formatVnShort } from '@/lib/text/vietnamese';
import { statusLabels } from '@/lib/validations/article';
import { fieldLabels, formAsTexts, snapshotToForm } from './editor-form-model';

/** A text with its changes: removed words struck through in <del>, added ones in <ins>, each announced to screen readers. */
export function TextDiff({ before, after }: { before: string; after: string }) {
  return (
    <p className="whitespace-pre-wrap break-words rounded border border-stone-300 bg-white p-2 font-sans text-sm leading-relaxed">
      {textDiff(before, after).map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i} className="bg-green-100 text-green-950 underline decoration-green-700">
            <span className="sr-only">[thêm: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={i} className="bg-red-100 text-red-950 line-through decoration-red-700">
            <span className="sr-only">[bỏ: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

function StateChange({ before, after }: { before: string; after: string }) {
  return (
    <p className="rounded border border-stone-300 bg-white p-2 font-sans text-sm">
      <del className="bg-red-100 text-red-950 line-through decoration-red-700">{before || '(trống)'}</del>
      <span aria-label="thành"> → </span>
      <ins className="bg-green-100 text-green-950 underline decoration-green-700">{after || '(trống)'}</ins>
    </p>
  );
}

const extraLabels = { status: 'Trạng thái', publishedAt: 'Giờ đăng' } as const;
/** Short values read as a change of state ("Chờ duyệt → Đã đăng"), not as a word diff run together. */
const stateKeys = new Set<string>(['status', 'publishedAt', 'category']);

function texts(s: RevisionSnapshot): Record<string, string> {
  return {
    ...formAsTexts(snapshotToForm(s)),
    status: statusLabels[s.status],
    publishedAt: s.publishedAt ? `${formatVnShort(s.publishedAt)} (GMT+7)` : '',
  };
}

/** Every field that differs between two snapshots, each with its word diff. */
export function SnapshotDiff({ before, after, headingLevel = 3 }: { before: RevisionSnapshot | null; after: RevisionSnapshot; headingLevel?: 3 | 4 }) {
  const a = before ? texts(before) : null;
  const b = texts(after);
  const labels: Record<string, string> = { ...fieldLabels, ...extraLabels };
  const keys = Object.keys(labels).filter((k) => (a ? a[k] !== b[k] : b[k] !== ''));
  if (keys.length === 0) return <p className="text-sm text-stone-700">Không có thay đổi nội dung.</p>;
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="space-y-3">
      {keys.map((k) => (
        <div key={k}>
          <H className="text-sm font-semibold text-stone-800">{labels[k]}</H>
          {stateKeys.has(k) && a ? <StateChange before={a[k] ?? ''} after={b[k] ?? ''} /> : <TextDiff before={a?.[k] ?? ''} after={b[k] ?? ''} />}
        </div>
      ))}
    </div>
  );
}
