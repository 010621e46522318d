/**
 * The MDX the photo panel writes into a body: a <Figure> per photo, or a
 * <Gallery> of them, each with its own caption and credit. Pure (client-safe).
 * Attribute values are JSX strings: `"` `&` `<` `>` `{` `}` are written as
 * character references, which the MDX parser decodes back, so any caption
 * survives a round trip; line breaks become spaces.
 */
export type FigureFields = { src: string; alt: string; caption: string; credit: string };

export function mdxAttr(value: string): string {
  return value
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .trim();
}

export function figureSnippet(f: FigureFields): string {
  return `<Figure src="${mdxAttr(f.src)}" alt="${mdxAttr(f.alt)}" caption="${mdxAttr(f.caption)}" credit="${mdxAttr(f.credit)}" />`;
}

export function gallerySnippet(figures: FigureFields[], caption = ''): string {
  const open = caption.trim() ? `<Gallery caption="${mdxAttr(caption)}">` : '<Gallery>';
  return [open, ...figures.map(figureSnippet), '</Gallery>'].join('\n');
}
