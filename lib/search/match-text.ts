/**
 * Matching query words in text, the same way the engines do: over folded text,
 * on token boundaries (SEARCH_TOKEN_CHARS), and back to the original text with
 * its real accents for highlighting. Pure functions, shared by ranking and
 * snippets.
 */
import { SEARCH_TOKEN_CHARS, type SearchToken, foldWithOffsets, normalizeVietnamese } from '@/lib/text/vietnamese';

const T = SEARCH_TOKEN_CHARS;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What may stand between two words of a phrase: spaces and light punctuation, not a sentence end. */
const PHRASE_GAP = `[^${T}.!?;\\n]{1,4}`;

const cache = new Map<string, RegExp>();
function re(source: string, flags = 'u'): RegExp {
  const key = `${flags}:${source}`;
  let r = cache.get(key);
  if (!r) {
    if (cache.size > 500) cache.clear();
    r = new RegExp(source, flags);
    cache.set(key, r);
  }
  r.lastIndex = 0;
  return r;
}

/** A folded word as a whole token. */
export function foldedWordRe(folded: string, flags = 'u'): RegExp {
  return re(`(?<![${T}])${escapeRe(folded)}(?![${T}])`, flags);
}

/** The folded words in order, as a phrase. */
export function foldedPhraseRe(words: string[], flags = 'u'): RegExp {
  return re(`(?<![${T}])${words.map(escapeRe).join(PHRASE_GAP)}(?![${T}])`, flags);
}

/** A word with its accents, as a whole word of accented (NFC, lower-case) text. */
export function accentedWordRe(word: string, flags = 'u'): RegExp {
  return re(`(?<![\\p{L}\\p{N}\\p{M}])${escapeRe(word)}(?![\\p{L}\\p{N}\\p{M}])`, flags);
}

/*
 * The same tests as the three regexps above, for ranking's hot loop: a
 * leading lookbehind keeps V8 from scanning for the word's letters, so those
 * regexps try every position of a 5 kB text; indexOf finds the candidates
 * and only the edges are checked (equal results: match-text.test.ts).
 */
const TOKEN_CHAR = new RegExp(`[${T}]`, 'u');
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Every SEARCH_TOKEN_CHARS character is in the BMP, so one UTF-16 unit decides.
const tokenAt = (s: string, i: number) => i >= 0 && i < s.length && TOKEN_CHAR.test(s[i]!);
function wordCharBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const lo = s.charCodeAt(i - 1);
  const cp = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? s.codePointAt(i - 2)! : lo;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}
const wordCharAt = (s: string, i: number) => i < s.length && WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));

/** foldedWordRe(folded).test(s), fast. */
export function hasFoldedWord(s: string, folded: string): boolean {
  for (let i = s.indexOf(folded); i >= 0; i = s.indexOf(folded, i + 1)) {
    if (!tokenAt(s, i - 1) && !tokenAt(s, i + folded.length)) return true;
  }
  return false;
}

/** foldedPhraseRe(words).test(s), fast: the first word by indexOf, the rest anchored there. */
export function hasFoldedPhrase(s: string, words: string[]): boolean {
  return foldedPhraseTest(words)(s);
}

/** hasFoldedPhrase for one query and many texts: the anchored regexp is built once. */
export function foldedPhraseTest(words: string[]): (s: string) => boolean {
  const [first, ...rest] = words;
  if (!first) return () => false;
  const tail = new RegExp(`${rest.map((w) => PHRASE_GAP + escapeRe(w)).join('')}(?![${T}])`, 'uy');
  return (s) => {
    for (let i = s.indexOf(first); i >= 0; i = s.indexOf(first, i + 1)) {
      if (tokenAt(s, i - 1)) continue;
      tail.lastIndex = i + first.length;
      if (tail.test(s)) return true;
    }
    return false;
  };
}

/**
 * Where `folded` occurs as a whole token, left to right, not overlapping:
 * the matches of foldedWordRe(folded, 'gu'), by indexOf (match-text.test.ts).
 */
export function foldedWordPositions(s: string, folded: string): number[] {
  const out: number[] = [];
  if (!folded) return out;
  for (let i = s.indexOf(folded); i >= 0; ) {
    if (!tokenAt(s, i - 1) && !tokenAt(s, i + folded.length)) {
      out.push(i);
      i = s.indexOf(folded, i + folded.length);
    } else i = s.indexOf(folded, i + 1);
  }
  return out;
}

/** accentedWordRe(word).test(s), fast. */
export function hasAccentedWord(s: string, word: string): boolean {
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
    if (!wordCharBefore(s, i) && !wordCharAt(s, i + word.length)) return true;
  }
  return false;
}

export type Segment = { text: string; mark: boolean };

/**
 * Ranges of `text` (original, any case and accents) where any query word
 * occurs, found on the folded text and mapped back, merged and sorted.
 * Only whole tokens match: "hop" marks "Hợp", never the start of "hợpđồng".
 */
export function matchRanges(text: string, tokens: SearchToken[]): { source: string; ranges: [number, number][] } {
  const { source, folded, start, end } = foldWithOffsets(text);
  const ranges: [number, number][] = [];
  for (const t of tokens) {
    for (const i of foldedWordPositions(folded, t.folded)) ranges.push([start[i]!, end[i + t.folded.length - 1]!]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    // Overlapping, or only spaces between: one mark ("Lê Văn Dũng", not three).
    if (last && (r[0] <= last[1] || /^[ \t]+$/.test(source.slice(last[1], r[0])))) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return { source, ranges: merged };
}

/** The whole text split into marked (matched) and plain segments. */
export function highlight(text: string, tokens: SearchToken[]): Segment[] {
  const { source, ranges } = matchRanges(text, tokens);
  return toSegments(source, ranges, 0, source.length);
}

function toSegments(source: string, ranges: [number, number][], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const [a, b] of ranges) {
    if (b <= from || a >= to) continue;
    const s = Math.max(a, from);
    const e = Math.min(b, to);
    if (s > at) out.push({ text: source.slice(at, s), mark: false });
    out.push({ text: source.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) out.push({ text: source.slice(at, to), mark: false });
  return out;
}

/**
 * A short passage of `text` around the densest cluster of query words (the
 * most distinct words within `length` characters), cut at word boundaries,
 * with the matches marked. Falls back to the start of the text.
 */
export function snippet(text: string, tokens: SearchToken[], length = 220): Segment[] {
  const { source, ranges } = matchRanges(text.replace(/\s+/g, ' ').trim(), tokens);
  if (source.length <= length) return toSegments(source, ranges, 0, source.length);
  let bestStart = 0;
  if (ranges.length) {
    // Which word each range is (folded), to count distinct words per window.
    // The same few words recur: each distinct text folded once.
    const seen = new Map<string, string>();
    const fold = (s: string) => seen.get(s) ?? seen.set(s, foldWithOffsets(s).folded).get(s)!;
    const words = ranges.map(([a, b]) => fold(source.slice(a, b)));
    let best = -1;
    for (let i = 0; i < ranges.length; i++) {
      const distinct = new Set<string>();
      for (let j = i; j < ranges.length && ranges[j]![1] - ranges[i]![0] <= length; j++) distinct.add(words[j]!);
      if (distinct.size > best) {
        best = distinct.size;
        bestStart = ranges[i]![0];
      }
    }
    // Some context before the first match.
    bestStart = Math.max(0, bestStart - Math.floor(length / 5));
  }
  let from = bestStart;
  if (from > 0) {
    const space = source.indexOf(' ', from);
    from = space >= 0 && space < from + 30 ? space + 1 : from;
  }
  let to = Math.min(source.length, from + length);
  if (to < source.length) {
    const space = source.lastIndexOf(' ', to);
    if (space > from + length / 2) to = space;
  }
  const segs = toSegments(source, ranges, from, to);
  if (from > 0) segs.unshift({ text: '… ', mark: false });
  if (to < source.length) segs.push({ text: ' …', mark: false });
  return segs;
}

/** Lower case, NFC: the form accented matching uses. */
export const accentForm = normalizeVietnamese;

/**
 * The readable words of an MDX body, quickly and roughly (for snippets of a
 * page of results; the index itself uses lib/mdx/plain-text): tags become
 * their caption, alt and author text, Markdown marks and link targets go.
 */
export function roughPlainText(body: string): string {
  return body
    .replace(/<[A-Za-z][^>]*?\/?>/g, (tag) => {
      const texts = [...tag.matchAll(/\b(?:caption|alt|author)="([^"]*)"/g)].map((m) => m[1]);
      return texts.length ? ` ${texts.join('. ')}. ` : ' ';
    })
    .replace(/<\/[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\\([\\{}<>*_\[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
