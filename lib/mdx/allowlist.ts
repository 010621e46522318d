/**
 * The allowlist every MDX body must pass: which JSX tags, which attributes,
 * which URL schemes. The same rules check a body at save time (reporting
 * problems with their line) and prune the tree at render time (so a body that
 * somehow skipped the check still cannot put a script on a page).
 */
import type { Node, Parent } from 'unist';
import { parseImageRef } from '@/lib/media/media-ref';
import { VIDEO_HOSTS, parseVideoUrl } from './video-url';

/** Components of the one component map, and the few HTML tags a body may use. */
export const allowedTags: Record<string, readonly string[]> = {
  Figure: ['src', 'alt', 'caption', 'credit', 'width', 'height'],
  Gallery: ['caption'],
  Quote: ['author', 'role'],
  Video: ['src', 'title', 'caption', 'credit', 'poster'],
  br: [],
  sup: [],
  sub: [],
  mark: [],
  abbr: ['title'],
};

const URL_ATTRIBUTES = new Set(['src', 'href', 'poster']);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** A URL a body may link to or load: http(s), mailto, tel, a path, or a fragment. */
export function isSafeUrl(raw: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (url === '') return true;
  if (url.startsWith('/') || url.startsWith('#') || url.startsWith('?')) return !url.startsWith('//');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (!scheme) return true; // relative path such as "anh-1.jpg"
  return SAFE_PROTOCOLS.has(`${scheme[1]!.toLowerCase()}:`);
}

export type MdxIssue = { line: number | null; column: number | null; message: string };

type Pos = { start?: { line?: number; column?: number } };
type JsxAttr = { type: string; name?: string; value?: unknown; position?: Pos };
type JsxNode = Node & { name?: string | null; attributes?: JsxAttr[] };

function at(node: { position?: Pos }): Pick<MdxIssue, 'line' | 'column'> {
  return { line: node.position?.start?.line ?? null, column: node.position?.start?.column ?? null };
}

/** Problems with one node, in Vietnamese; empty when the node is allowed. */
export function nodeIssues(node: Node): MdxIssue[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [{ ...at(node), message: 'Không được dùng import/export trong nội dung.' }];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [{ ...at(node), message: 'Không được dùng biểu thức {…} trong nội dung. Nếu cần dấu ngoặc nhọn, hãy viết \\{ và \\}.' }];
    case 'html':
      return [{ ...at(node), message: 'Không được dùng HTML thô trong nội dung.' }];
    case 'link':
    case 'image':
    case 'definition': {
      const url = String((node as Node & { url?: string }).url ?? '');
      return isSafeUrl(url) ? [] : [{ ...at(node), message: `Liên kết không an toàn: "${url.slice(0, 60)}". Chỉ dùng http, https, mailto hoặc tel.` }];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const el = node as JsxNode;
      if (!el.name) return [{ ...at(node), message: 'Không được dùng thẻ rỗng <>…</>.' }];
      const allowed = allowedTags[el.name];
      if (!allowed) {
        return [{ ...at(node), message: `Thẻ <${el.name}> không được phép. Được dùng: ${Object.keys(allowedTags).map((t) => `<${t}>`).join(', ')}.` }];
      }
      const issues: MdxIssue[] = [];
      for (const attr of el.attributes ?? []) {
        if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
          issues.push({ ...at(attr.position ? attr : node), message: `Thẻ <${el.name}> không được có thuộc tính dạng biểu thức {…}.` });
          continue;
        }
        if (/^on/i.test(attr.name) || !allowed.includes(attr.name)) {
          issues.push({ ...at(attr.position ? attr : node), message: `Thuộc tính "${attr.name}" không được phép trên <${el.name}>.` });
          continue;
        }
        if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
          issues.push({ ...at(attr.position ? attr : node), message: `Thuộc tính "${attr.name}" của <${el.name}> phải là chuỗi trong dấu nháy, không phải biểu thức.` });
          continue;
        }
        if (URL_ATTRIBUTES.has(attr.name) && typeof attr.value === 'string' && !isSafeUrl(attr.value)) {
          issues.push({ ...at(attr.position ? attr : node), message: `Đường dẫn không an toàn trong "${attr.name}" của <${el.name}>.` });
        }
      }
      if (el.name === 'Video') issues.push(...videoIssues(el));
      return issues;
    }
    default:
      return [];
  }
}

const attrValue = (el: JsxNode, name: string) => {
  const v = el.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof v === 'string' ? v : undefined;
};

/** <Video>: a YouTube or Facebook link only, and a poster from the photo library (no third-party image). */
function videoIssues(el: JsxNode): MdxIssue[] {
  const issues: MdxIssue[] = [];
  const src = attrValue(el, 'src');
  const hosts = VIDEO_HOSTS.filter((h) => !h.startsWith('www.')).join(', ');
  if (!src) issues.push({ ...at(el), message: `Thẻ <Video> cần thuộc tính src là liên kết video YouTube hoặc Facebook (${hosts}).` });
  else if (!parseVideoUrl(src))
    issues.push({ ...at(el), message: `<Video> chỉ nhận liên kết video YouTube hoặc Facebook (${hosts}), bắt đầu bằng https://: "${src.slice(0, 80)}" không được phép.` });
  const poster = attrValue(el, 'poster');
  const ref = poster ? parseImageRef(poster) : null;
  if (poster && (!ref || ref.kind === 'external'))
    issues.push({ ...at(el), message: 'Ảnh đại diện (poster) của <Video> phải là ảnh trong thư viện ảnh (/media/…), không lấy ảnh từ trang khác.' });
  return issues;
}

/** Every problem in a tree, in document order. */
export function treeIssues(tree: Node): MdxIssue[] {
  const issues: MdxIssue[] = [];
  const walk = (node: Node) => {
    issues.push(...nodeIssues(node));
    const children = (node as Parent).children;
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(tree);
  return issues;
}

/** Remove every node that has a problem (render-time defence in depth). */
export function pruneTree(tree: Node): void {
  const walk = (node: Node) => {
    const parent = node as Parent;
    if (!Array.isArray(parent.children)) return;
    parent.children = parent.children.filter((child) => nodeIssues(child).length === 0);
    parent.children.forEach(walk);
  };
  walk(tree);
}
