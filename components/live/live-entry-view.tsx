import type { LiveEntryJson } from '@/lib/live/json';

// Not imported from lib/validations/live: that would bring zod into every reader's page.
const kindLabels = { text: 'Chữ', photo: 'Ảnh', quote: 'Trích dẫn' } as const;

/** Plain text as paragraphs (entries are never markup: docs/live.md). */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} className="whitespace-pre-line">
            {p}
          </p>
        ))}
    </>
  );
}

/** One entry as readers and the editor see it: time (GMT+7), author, then its text, photo or quote. */
export function LiveEntryView({ entry }: { entry: LiveEntryJson }) {
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-stone-700">
        <time dateTime={entry.atVn} className="font-bold text-[var(--color-brand)]">
          {entry.timeVn}
        </time>
        <span>{entry.author}</span>
        {entry.kind !== 'text' && <span className="sr-only">({kindLabels[entry.kind]})</span>}
        {entry.editedAt && <span className="italic">(đã sửa)</span>}
      </p>
      {entry.kind === 'quote' ? (
        <blockquote className="border-l-4 border-stone-400 pl-3 font-serif text-lg italic text-stone-900">
          <Paragraphs text={entry.body} />
          {entry.quoteAuthor && <footer className="mt-1 text-sm not-italic text-stone-700">— {entry.quoteAuthor}</footer>}
        </blockquote>
      ) : (
        <div className="space-y-2 text-stone-900">
          <Paragraphs text={entry.body} />
        </div>
      )}
      {entry.photo && (
        <figure>
          <img src={entry.photo.url} width={entry.photo.width} height={entry.photo.height} alt={entry.photo.alt} loading="lazy" decoding="async" className="h-auto w-full bg-stone-200" />
          {(entry.photo.caption || entry.photo.creditLine) && (
            <figcaption className="mt-1 text-sm text-stone-700">
              {entry.photo.caption} {entry.photo.creditLine && <span className="font-semibold">{entry.photo.creditLine}</span>}
            </figcaption>
          )}
        </figure>
      )}
    </div>
  );
}
