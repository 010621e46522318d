import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Labels and messages people see are plain Vietnamese: no English term in brackets after them
 * ("Đường dẫn (slug)", "Mô tả ảnh (alt)"). The one kept on purpose is the source view, "Mã nguồn (MDX)".
 */
const root = path.resolve(import.meta.dirname, '..');
const ENGLISH_IN_BRACKETS = /\((?:slug|MDX|alt|credit|byline|src|caption)\b[^)]*\)/g;
const KEPT = ['Mã nguồn (MDX)'];
// Accented letters only; no `i` flag: case folding would let ASCII `s` match `ſ` (U+017F) in the range.
const VIETNAMESE = /[À-ỹ]/u;

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** Text people may see: string and template literals, and JSX text (a line that is not code). */
function visibleTexts(text: string): string[] {
  const literals = [...text.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  const jsxText = [...text.matchAll(/>([^<>{}\n]+)</g)].map((m) => m[1]!);
  const bareLines = text.split('\n').filter((l) => /^\s+[\p{L}][^;=(){}<>]*(\([^)]*\))?[^;={}<>]*$/u.test(l) && VIETNAMESE.test(l));
  return [...literals, ...jsxText, ...bareLines];
}

describe('Vietnamese labels', () => {
  it('no label or message carries an English term in brackets', () => {
    const found = ['components', 'app', 'lib'].flatMap(sources).flatMap((file) =>
      visibleTexts(fs.readFileSync(path.join(root, file), 'utf8'))
        .filter((t) => VIETNAMESE.test(t))
        .flatMap((t) => {
          const kept = KEPT.reduce((s, k) => s.replaceAll(k, ''), t);
          return [...kept.matchAll(ENGLISH_IN_BRACKETS)].map((m) => `${file}: ${t.trim()} → ${m[0]}`);
        }),
    );
    expect(found).toEqual([]);
  });
});
