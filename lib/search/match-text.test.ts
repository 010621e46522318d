import { describe, expect, it } from 'vitest';
import { foldVietnamese, foldWithOffsets, searchTokens } from '@/lib/text/vietnamese';
import { accentedWordRe, foldedPhraseRe, foldedWordPositions, foldedWordRe, hasAccentedWord, hasFoldedPhrase, hasFoldedWord, highlight, snippet } from './match-text';

const LETTERS =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';

describe('folding, one character at a time', () => {
  it('folds every Vietnamese letter, lower and upper case, to exactly one character', () => {
    for (const ch of [...LETTERS, ...LETTERS.toUpperCase()]) {
      expect(foldVietnamese(ch)).toHaveLength(1);
      expect(foldVietnamese(ch)).toMatch(/^[a-z]$/);
    }
  });

  it('gives the same text as foldVietnamese, with offsets back into the original (NFC or NFD input)', () => {
    const text = 'Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng đến dự “sức đề kháng” — ĐƯỜNG 27.11';
    for (const input of [text, text.normalize('NFD')]) {
      const { source, folded, start, end } = foldWithOffsets(input);
      expect(folded).toBe(foldVietnamese(text));
      expect(folded.length).toBe(source.length);
      const i = folded.indexOf('le van dung');
      expect(source.slice(start[i]!, end[i + 'le van dung'.length - 1]!)).toBe('Lê Văn Dũng');
    }
  });
});

describe('searchTokens', () => {
  it('keeps the accents as typed and folds them for matching', () => {
    expect(searchTokens('Lê Văn DŨNG')).toEqual([
      { text: 'lê', folded: 'le' },
      { text: 'văn', folded: 'van' },
      { text: 'dũng', folded: 'dung' },
    ]);
  });

  it('treats FTS and SQL syntax as plain words and drops duplicates', () => {
    expect(searchTokens('"phoi* OR hop" NEAR(x) -- \'; phối').map((t) => t.folded)).toEqual(['phoi', 'or', 'hop', 'near', 'x']);
  });

  it('reads at most 500 characters and 12 words, and takes anything', () => {
    expect(searchTokens('a '.repeat(10_000))).toHaveLength(1);
    expect(searchTokens(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
    expect(searchTokens('🎉 \u0000 ""')).toEqual([]);
    expect(searchTokens(undefined as unknown as string)).toEqual([]);
  });
});

describe('highlighting', () => {
  const tokens = searchTokens('phoi hop le van dung');
  it('marks the matched words with their real accents', () => {
    const segs = highlight('Ban chỉ đạo phối hợp hoạt động. Đồng chí Lê Văn Dũng phát biểu.', tokens);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['phối hợp', 'Lê Văn Dũng']);
    expect(segs.map((s) => s.text).join('')).toBe('Ban chỉ đạo phối hợp hoạt động. Đồng chí Lê Văn Dũng phát biểu.');
  });

  it('marks whole words only', () => {
    expect(highlight('Hợp tác xã Phối Hợp, hợpđồng', searchTokens('hop')).filter((s) => s.mark).map((s) => s.text)).toEqual(['Hợp', 'Hợp']);
  });

  it('cuts a snippet around the matches, at word boundaries', () => {
    const long = `${'Mở đầu bài viết rất dài. '.repeat(30)}Phó Bí thư Lê Văn Dũng đến dự và phát biểu. ${'Kết thúc. '.repeat(30)}`;
    const segs = snippet(long, tokens, 120);
    const text = segs.map((s) => s.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(126);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['Lê Văn Dũng']);
  });
});

describe('the fast matchers ranking uses agree with the regexps', () => {
  // Texts built from pieces that sit on every kind of edge: words, words glued
  // to letters or digits, accents, punctuation, sentence ends, astral letters.
  const pieces = ['hop', 'phoi', 'hợp', 'phối', 'xhop', 'hopx', 'hop2', '2hop', 'ợp', 'h', ' ', ' ', ', ', '. ', '-', '\n', '“', '𝐀', '😀', 'đ', 'ё', '北'];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const texts = Array.from({ length: 3000 }, () => Array.from({ length: 1 + Math.floor(rand() * 12) }, () => pieces[Math.floor(rand() * pieces.length)]).join(''));

  it('hasFoldedWord = foldedWordRe, hasFoldedPhrase = foldedPhraseRe', () => {
    for (const t of texts) {
      const f = foldVietnamese(t);
      for (const w of ['hop', 'phoi', 'h']) expect([f, w, hasFoldedWord(f, w)]).toEqual([f, w, foldedWordRe(w).test(f)]);
      for (const ws of [['phoi', 'hop'], ['hop', 'hop'], ['h', 'phoi', 'hop']]) expect([f, ws, hasFoldedPhrase(f, ws)]).toEqual([f, ws, foldedPhraseRe(ws).test(f)]);
    }
  });

  it('foldedWordPositions = the matches of foldedWordRe with the g flag (what highlighting marks)', () => {
    for (const t of texts) {
      const f = foldVietnamese(t);
      for (const w of ['hop', 'phoi', 'h', 'hophop']) expect([f, w, foldedWordPositions(f, w)]).toEqual([f, w, [...f.matchAll(foldedWordRe(w, 'gu'))].map((m) => m.index)]);
    }
  });

  it('hasAccentedWord = accentedWordRe', () => {
    for (const t of texts) for (const w of ['hợp', 'phối', 'hop']) expect([t, w, hasAccentedWord(t, w)]).toEqual([t, w, accentedWordRe(w).test(t)]);
  });
});
