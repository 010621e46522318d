import { readingMinutes } from '@/lib/text/vietnamese';

/**
 * Word count and reading time of an MDX body, as a reporter counts them: the words a
 * reader sees (text, captions, quotes), not tag names, attribute names or Markdown marks.
 * The minutes come from the same rule the article page prints.
 */

export function bodyText(mdx: string): string {
  return mdx
    // Only the attribute values a reader sees (caption, alt is not shown; quotes show author and role).
    .replace(/<(?:Figure|Gallery|Quote)\b([^>]*)>/g, (_m, attrs: string) =>
      Array.from(attrs.matchAll(/\b(?:caption|author|role)="([^"]*)"/g), (m) => m[1]).join(' '),
    )
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ');
}

export function bodyStats(mdx: string): { words: number; minutes: number } {
  const text = bodyText(mdx).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return { words: text.length, minutes: text.length === 0 ? 0 : readingMinutes(text.join(' ')) };
}
