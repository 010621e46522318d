/**
 * An article body as plain, safe HTML for the public JSON API: the same MDX
 * parse and the same allowlist as the page renderer (nodes the allowlist
 * refuses are pruned), our components written out as ordinary HTML, and the
 * body's figures as structured data. No React, no JavaScript.
 */
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import { type Handler, type State, toHast } from 'mdast-util-to-hast';
import { mdxParser as parser } from './mdx-parser';
import type { Node } from 'unist';
import { absoluteUrl } from '@/lib/config/site-url';
import { imageUrl } from '@/lib/media/image-url';
import { formatPhotoCredit, formatVideoCredit } from '@/lib/text/vietnamese';
import { allowedTags, isSafeUrl, pruneTree } from './allowlist';
import { parseVideoUrl, providerName } from './video-url';

export type BodyFigure = {
  /** As written in the body. */
  src: string;
  /** Absolute URL of the image. */
  url: string;
  alt: string;
  caption: string;
  /** As written ("T.C"). */
  credit: string;
  /** As printed under the photo ("Ảnh: T.C"). */
  creditLine: string;
};

type JsxNode = Node & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; children?: Node[] };

function attrs(node: JsxNode): Record<string, string> {
  const out: Record<string, string> = {};
  const allowed = allowedTags[node.name ?? ''] ?? [];
  for (const a of node.attributes ?? []) {
    if (a.type === 'mdxJsxAttribute' && a.name && allowed.includes(a.name) && typeof a.value === 'string') out[a.name] = a.value;
  }
  return out;
}

const el = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

export function renderBodyHtml(body: string): { html: string; figures: BodyFigure[] } {
  const figures: BodyFigure[] = [];
  let tree: MdastRoot;
  try {
    tree = parser.parse(body) as MdastRoot;
  } catch {
    return { html: '', figures };
  }
  pruneTree(tree);

  const jsx: Handler = (state: State, node: JsxNode) => {
    const a = attrs(node);
    const children = state.all(node as never) as ElementContent[];
    switch (node.name) {
      case 'Figure': {
        const src = a.src ?? '';
        const url = isSafeUrl(src) && src ? absoluteUrl(imageUrl(src)) : '';
        const creditLine = a.credit ? formatPhotoCredit(a.credit) : '';
        figures.push({ src, url, alt: a.alt ?? '', caption: a.caption ?? '', credit: a.credit ?? '', creditLine });
        const caption: ElementContent[] = [];
        if (a.caption) caption.push(text(a.caption));
        if (a.caption && creditLine) caption.push(text(' '));
        if (creditLine) caption.push(el('span', { className: ['credit'] }, [text(creditLine)]));
        return el('figure', {}, [
          ...(url ? [el('img', { src: url, alt: a.alt ?? '', loading: 'lazy', ...(a.width ? { width: a.width } : {}), ...(a.height ? { height: a.height } : {}) })] : []),
          ...(caption.length ? [el('figcaption', {}, caption)] : []),
        ]);
      }
      case 'Video': {
        // No player in the API's HTML: a link to the video (pruned already unless YouTube or Facebook), caption and credit.
        const video = parseVideoUrl(a.src ?? '');
        if (!video) return undefined;
        const creditLine = a.credit ? formatVideoCredit(a.credit) : '';
        const caption: ElementContent[] = [];
        if (a.caption) caption.push(text(a.caption));
        if (a.caption && creditLine) caption.push(text(' '));
        if (creditLine) caption.push(el('span', { className: ['credit'] }, [text(creditLine)]));
        return el('figure', { className: ['video'] }, [
          el('a', { href: video.url }, [text(a.title || a.caption || `Video trên ${providerName(video)}`)]),
          ...(caption.length ? [el('figcaption', {}, caption)] : []),
        ]);
      }
      case 'Gallery':
        return el('div', { className: ['gallery'] }, [...children, ...(a.caption ? [el('p', { className: ['gallery-caption'] }, [text(a.caption)])] : [])]);
      case 'Quote': {
        const who = [a.author, a.role].filter(Boolean).join(', ');
        return el('figure', { className: ['quote'] }, [el('blockquote', {}, children), ...(who ? [el('figcaption', {}, [text(`— ${who}`)])] : [])]);
      }
      default:
        // br, sup, sub, mark, abbr: as themselves, with their allowed attributes only.
        return node.name && node.name in allowedTags ? el(node.name, a, children) : children;
    }
  };

  const hast = toHast(tree, {
    handlers: { mdxJsxFlowElement: jsx, mdxJsxTextElement: jsx },
    // Anything else the tree may hold (expressions are pruned already) is dropped.
    unknownHandler: () => undefined,
  }) as HastRoot;

  // External links leave without a referrer or ranking credit, as on the page.
  // A component written inline ("<Quote>…</Quote>" on one line) is not left
  // inside a <p>, and paragraphs emptied by the allowlist go.
  const BLOCK = new Set(['figure', 'div']);
  const walk = (n: HastRoot | Element) => {
    n.children = n.children.flatMap((c) => {
      if (c.type !== 'element' || c.tagName !== 'p') return [c];
      const meaningful = c.children.filter((k) => !(k.type === 'text' && !k.value.trim()));
      if (meaningful.length === 0) return [];
      return meaningful.every((k) => k.type === 'element' && BLOCK.has(k.tagName)) ? meaningful : [c];
    }) as typeof n.children;
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'a' && typeof c.properties.href === 'string') {
        if (!isSafeUrl(c.properties.href)) delete c.properties.href;
        else if (/^https?:\/\//.test(c.properties.href)) c.properties.rel = ['noopener', 'noreferrer', 'nofollow'];
      }
      walk(c);
    }
  };
  walk(hast);
  return { html: toHtml(hast), figures };
}
