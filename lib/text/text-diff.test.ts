import { describe, expect, it } from 'vitest';
import { textDiff } from './text-diff';

describe('textDiff', () => {
  it('marks Vietnamese words added and removed, keeping the rest', () => {
    const parts = textDiff('Hội nghị tổng kết năm 2020', 'Hội nghị sơ kết năm 2021');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['tổng', '2020']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['sơ', '2021']);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('Hội nghị sơ kết năm 2021');
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('Hội nghị tổng kết năm 2020');
  });

  it('returns one unchanged part for equal texts', () => {
    expect(textDiff('Giống nhau', 'Giống nhau')).toEqual([{ kind: 'same', text: 'Giống nhau' }]);
  });
});
