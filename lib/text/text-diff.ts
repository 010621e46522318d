import { diffLines, diffWords } from 'diff';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Bodies longer than this are compared line by line (paragraphs), shorter texts word by word. */
const WORD_DIFF_LIMIT = 20_000;

/**
 * What changed between two texts, word by word (line by line for very long
 * ones), as parts to render with <ins>/<del>. Pure; used by the history and
 * restore pages.
 */
export function textDiff(before: string, after: string): DiffPart[] {
  if (before === after) return [{ kind: 'same', text: after }];
  const changes = before.length + after.length > WORD_DIFF_LIMIT * 2 ? diffLines(before, after) : diffWords(before, after);
  return changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}
