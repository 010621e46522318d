/**
 * The visual editor's schema: StarterKit's text blocks and marks that MDX can hold
 * (no underline, strike or code block: Markdown here has no way to write them back),
 * plus cards for the allowlist's Figure, Gallery and Quote, and a raw MDX block for
 * anything else. Names match lib/editor-mdx, which converts to and from MDX.
 */
import { Extension, Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { isSafeUrl } from '@/lib/mdx/allowlist';
import { figureAttrs } from '@/lib/editor-mdx/model';
import { FigureCard } from './figure-card';
import { GalleryCard } from './gallery-card';
import { QuoteCard } from './quote-card';
import { RawBlock } from './raw-block';
import { UploadCard } from './upload-card';

/** Attributes kept in the document but never written into the editing DOM. */
const hidden = (names: readonly string[], fallback: unknown = null) =>
  Object.fromEntries(names.map((n) => [n, { default: fallback, rendered: false }]));

const FigureNode = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => hidden(figureAttrs),
  // Only the editor's own cards parse back (copy and paste inside the body); a web page's <figure> is not one.
  parseHTML: () => [{ tag: 'div[data-figure-card]', getAttrs: (el) => JSON.parse((el as HTMLElement).dataset.figureCard || '{}') }],
  renderHTML: ({ node }) => ['div', { 'data-figure-card': JSON.stringify(node.attrs) }],
  addNodeView: () => ReactNodeViewRenderer(FigureCard),
});

const GalleryNode = Node.create({
  name: 'gallery',
  group: 'block',
  content: 'figure+',
  draggable: true,
  addAttributes: () => hidden(['caption']),
  parseHTML: () => [{ tag: 'div[data-gallery-card]' }],
  renderHTML: () => ['div', { 'data-gallery-card': '' }, 0],
  addNodeView: () => ReactNodeViewRenderer(GalleryCard),
});

const QuoteNode = Node.create({
  name: 'quote',
  group: 'block',
  content: 'block+',
  defining: true,
  addAttributes: () => ({ ...hidden(['author', 'role']), inline: { default: false, rendered: false } }),
  parseHTML: () => [{ tag: 'div[data-quote-card]' }],
  renderHTML: () => ['div', { 'data-quote-card': '' }, 0],
  addNodeView: () => ReactNodeViewRenderer(QuoteCard),
});

const RawMdxNode = Node.create({
  name: 'rawMdx',
  group: 'block',
  atom: true,
  addAttributes: () => hidden(['source'], ''),
  parseHTML: () => [{ tag: 'pre[data-raw-mdx]', getAttrs: (el) => ({ source: (el as HTMLElement).textContent ?? '' }) }],
  renderHTML: ({ node }) => ['pre', { 'data-raw-mdx': '' }, String(node.attrs.source)],
  addNodeView: () => ReactNodeViewRenderer(RawBlock),
});

/**
 * A dropped or pasted photo while it uploads (drop-upload.ts). Never parsed from HTML, so a
 * copied placeholder does not come back, and stripped before the document becomes MDX.
 */
const FigureUploadNode = Node.create({
  name: 'figureUpload',
  group: 'block',
  atom: true,
  selectable: false,
  addAttributes: () => hidden(['uploadId', 'name'], ''),
  parseHTML: () => [],
  renderHTML: () => ['div', { 'data-upload-card': '' }],
  addNodeView: () => ReactNodeViewRenderer(UploadCard),
});

/** Loose or tight lists, and the one-line form of a Quote, survive a visit to the visual editor. */
const MdxShape = Extension.create({
  name: 'mdxShape',
  addGlobalAttributes: () => [{ types: ['bulletList', 'orderedList', 'listItem'], attributes: { spread: { default: false, rendered: false } } }],
});

export function editorExtensions(onLinkShortcut: () => void) {
  return [
    StarterKit.configure({
      underline: false,
      strike: false,
      codeBlock: false,
      heading: { levels: [1, 2, 3, 4, 5, 6] },
      link: {
        openOnClick: false,
        // Autolink makes the link mark inclusive, so the full stop typed after a link joined it.
        autolink: false,
        HTMLAttributes: { target: null, rel: null },
        isAllowedUri: (url) => isSafeUrl(url) && !/^\s*(javascript|data|vbscript):/i.test(url),
      },
    }),
    FigureNode,
    GalleryNode,
    QuoteNode,
    RawMdxNode,
    FigureUploadNode,
    MdxShape,
    // Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z come with StarterKit's undo/redo; Ctrl+K is ours.
    Extension.create({
      name: 'linkShortcut',
      addKeyboardShortcuts: () => ({
        'Mod-k': () => {
          onLinkShortcut();
          return true;
        },
      }),
    }),
  ];
}
