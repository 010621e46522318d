import type { Kysely } from 'kysely';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Parent } from 'unist';
import type { Database } from '@/lib/db/schema';
import { contentMediaId } from './media-id';
import { parseImageRef } from './media-ref';

const parser = unified().use(remarkParse).use(remarkMdx);

type JsxAttr = { type: string; name?: string; value?: unknown };

/** Every image reference of an article: the cover, then each <Figure src> of the body in order. */
export function extractImageRefs(fields: { body: string; cover?: { src: string } | null }): string[] {
  const refs: string[] = [];
  if (fields.cover?.src) refs.push(fields.cover.src);
  let tree: Node;
  try {
    tree = parser.parse(fields.body);
  } catch {
    return refs;
  }
  const walk = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as Node & { name?: string }).name === 'Figure') {
      const src = ((node as Node & { attributes?: JsxAttr[] }).attributes ?? []).find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src');
      if (typeof src?.value === 'string') refs.push(src.value);
    }
    const children = (node as Parent).children;
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(tree);
  return refs;
}

/** The media ids an article's references point at (uploaded `/media/<id>` or content/media file names). */
export function mediaIdsOf(refs: string[]): string[] {
  const ids = new Set<string>();
  for (const src of refs) {
    const ref = parseImageRef(src);
    if (ref?.kind === 'media') ids.add(ref.id);
    else if (ref?.kind === 'content') {
      const id = contentMediaId(ref.name);
      if (id) ids.add(id);
    }
  }
  return [...ids];
}

/**
 * Keep article_media (the library's "used in" list) in step with an article:
 * call it inside the transaction that saves the article, with the fields as
 * saved. References to photos not in the library are ignored.
 */
export async function syncArticleMedia(tx: Kysely<Database>, articleId: string, fields: { body: string; cover?: { src: string } | null }): Promise<string[]> {
  const wanted = mediaIdsOf(extractImageRefs(fields));
  const known = wanted.length ? (await tx.selectFrom('media').select('id').where('id', 'in', wanted).execute()).map((r) => r.id) : [];
  await tx.deleteFrom('article_media').where('article_id', '=', articleId).execute();
  if (known.length) await tx.insertInto('article_media').values(known.map((media_id) => ({ article_id: articleId, media_id }))).execute();
  return known;
}
