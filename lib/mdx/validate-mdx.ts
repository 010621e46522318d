import { mdxParser as parser } from './mdx-parser';
import { type MdxIssue, treeIssues } from './allowlist';

export type MdxValidation = { ok: true } | { ok: false; issues: MdxIssue[] };

/**
 * Check a body before it is saved: it must parse as MDX and pass the
 * allowlist. Each problem names its line, in Vietnamese.
 */
export function validateMdx(body: string): MdxValidation {
  let tree;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const e = error as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line?: number; column?: number } }; reason?: string; message?: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? null;
    const column = e.column ?? e.place?.column ?? e.place?.start?.column ?? null;
    return {
      ok: false,
      issues: [{ line, column, message: `Lỗi cú pháp MDX: ${translateMdxError(e.reason ?? e.message ?? String(error))}` }],
    };
  }
  const issues = treeIssues(tree);
  return issues.length ? { ok: false, issues } : { ok: true };
}

/** Give the commonest parser messages in Vietnamese, keeping the original for the rest. */
function translateMdxError(reason: string): string {
  if (/Expected a closing tag for `<(\w+)>`/.test(reason)) {
    return `thẻ <${/`<(\w+)>`/.exec(reason)?.[1]}> chưa được đóng (${reason})`;
  }
  if (/Unexpected closing slash|Unexpected closing tag/.test(reason)) return `thẻ đóng không khớp (${reason})`;
  if (/Could not parse expression|Unexpected end of file in expression/.test(reason)) return `biểu thức {…} không hợp lệ (${reason})`;
  if (/Unexpected character/.test(reason)) return `ký tự không hợp lệ trong thẻ (${reason})`;
  return reason;
}

/** "Dòng 3: …" lines for a form message. */
export function formatMdxIssues(issues: MdxIssue[]): string[] {
  return issues.map((i) => (i.line ? `Dòng ${i.line}: ${i.message}` : i.message));
}
