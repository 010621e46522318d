import type { PublishProblem } from '@/lib/validations/publish-readiness';

/** Every problem of the last save, each a link to its field. */
export function ErrorSummary({ summary, errors, bodyIssues, problems }: { summary: string; errors: Record<string, string>; bodyIssues: string[]; problems: PublishProblem[] }) {
  return (
    <div role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 text-sm [overflow-wrap:anywhere]" data-testid="form-errors">
      <p className="font-semibold text-red-900">{summary}</p>
      {(Object.keys(errors).length > 0 || problems.length > 0) && (
        <ul className="mt-1 list-disc pl-5">
          {Object.entries(errors)
            .filter(([k]) => k !== 'body' || bodyIssues.length === 0)
            .map(([k, m]) => (
              <li key={k}>
                <a href={`#${k.replace(/\./g, '-')}`} className="underline">
                  {m}
                </a>
              </li>
            ))}
          {bodyIssues.map((i) => (
            <li key={i}>
              <a href="#body" className="underline">
                {i}
              </a>
            </li>
          ))}
          {problems.map((p) => (
            <li key={`${p.where}-${p.line}-${p.src}`}>
              <a href={p.where === 'cover' ? '#cover-alt' : '#body'} className="underline">
                {p.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
