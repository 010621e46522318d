/**
 * The visual editor's document, as plain JSON (the shape Tiptap/ProseMirror reads and
 * writes), so the MDX ↔ document conversion is pure and tested without a browser.
 * Node and mark names are the editor's schema (components/editor/visual/schema.ts).
 */
export type PmMark = { type: 'bold' | 'italic' | 'code' } | { type: 'link'; attrs: { href: string; title: string | null } };

export type PmNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  text?: string;
  marks?: PmMark[];
};

export type PmDoc = { type: 'doc'; content: PmNode[] };

/** Figure attributes, in the order they are written back (the allowlist's order). */
export const figureAttrs = ['src', 'alt', 'caption', 'credit', 'width', 'height'] as const;
export type FigureAttrs = Partial<Record<(typeof figureAttrs)[number], string | null>>;
