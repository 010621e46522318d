import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Parent } from 'unist';
import type { ArticleFields } from './article';

/**
 * May this article go in front of readers? Every photo (the cover and each
 * <Figure> in the body, inside a <Gallery> too) needs alt text (for people who
 * cannot see it) and a credit (who took it). A pure function over the fields:
 * the publish and schedule actions refuse while it reports a problem, and the
 * editor (and the photo picker) show the same list.
 */

export type PhotoField = 'alt' | 'credit';

export type PublishProblem = {
  /** 'cover', or 'body' for a <Figure> in the body. */
  where: 'cover' | 'body';
  /** Line of the <Figure> in the body (null for the cover). */
  line: number | null;
  /** The photo's src, so a person can tell which one. */
  src: string;
  missing: PhotoField[];
  /** In Vietnamese, ready to show. */
  message: string;
};

const parser = unified().use(remarkParse).use(remarkMdx);
const fieldNames: Record<PhotoField, string> = { alt: 'mô tả ảnh cho người khiếm thị', credit: 'tên người chụp' };

function missingOf(photo: { alt?: unknown; credit?: unknown }): PhotoField[] {
  const missing: PhotoField[] = [];
  if (typeof photo.alt !== 'string' || photo.alt.trim() === '') missing.push('alt');
  if (typeof photo.credit !== 'string' || photo.credit.trim() === '') missing.push('credit');
  return missing;
}

const list = (missing: PhotoField[]) => missing.map((m) => fieldNames[m]).join(' và ');

type JsxAttr = { type: string; name?: string; value?: unknown };
type JsxNode = Node & { name?: string | null; attributes?: JsxAttr[]; position?: { start?: { line?: number } } };

/** Every problem that stops publishing; empty when the article may be published. */
export function checkPublishReadiness(fields: Pick<ArticleFields, 'body' | 'cover'>): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (fields.cover) {
    const missing = missingOf(fields.cover);
    if (missing.length) problems.push({ where: 'cover', line: null, src: fields.cover.src, missing, message: `Ảnh bìa thiếu ${list(missing)}.` });
  }
  let tree: Node;
  try {
    tree = parser.parse(fields.body);
  } catch {
    // A body that does not parse is refused on save with its own message.
    return problems;
  }
  const walk = (node: Node) => {
    const el = node as JsxNode;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && el.name === 'Figure') {
      const attrs: Record<string, unknown> = {};
      for (const a of el.attributes ?? []) if (a.type === 'mdxJsxAttribute' && a.name) attrs[a.name] = a.value;
      const missing = missingOf(attrs);
      if (missing.length) {
        const line = el.position?.start?.line ?? null;
        const src = typeof attrs.src === 'string' ? attrs.src : '';
        problems.push({ where: 'body', line, src, missing, message: `${line ? `Dòng ${line}: ` : ''}ảnh ${src ? `"${src}" ` : ''}thiếu ${list(missing)}.` });
      }
    }
    const children = (node as Parent).children;
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(tree);
  return problems;
}

export function isReadyToPublish(fields: Pick<ArticleFields, 'body' | 'cover'>): boolean {
  return checkPublishReadiness(fields).length === 0;
}
