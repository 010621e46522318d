'use server';

import { Fragment, createElement } from 'react';
import { Figure } from '@/components/mdx/figure';
import { mdxComponents } from '@/components/mdx/mdx-components';
import type { PreviewResult } from '@/lib/actions/article-form-state';
import { isCoverInBody } from '@/lib/articles/cover';
import { authorizeAction } from '@/lib/auth/session';
import { formatMdxIssues, validateMdx } from '@/lib/mdx/validate-mdx';
import { renderMdx } from '@/lib/mdx/render-mdx';
import { checkPublishReadiness } from '@/lib/validations/publish-readiness';

/**
 * Live preview: the cover and body rendered by the same renderer and
 * components as the public article page, with the save-time problems
 * listed. Changes nothing.
 */
export async function previewArticleAction(input: { body: string; cover?: { src: string; alt: string; caption: string; credit: string } | null }): Promise<PreviewResult> {
  const auth = await authorizeAction();
  if (!auth.ok) return { ok: false, message: auth.message };
  const body = typeof input?.body === 'string' ? input.body : '';
  if (body.length > 200_000) return { ok: false, message: 'Nội dung quá dài để xem trước.' };
  const cover = input?.cover && typeof input.cover.src === 'string' && input.cover.src.trim() ? input.cover : null;
  const checked = validateMdx(body);
  const issues = checked.ok ? [] : formatMdxIssues(checked.issues);
  const notReady = checkPublishReadiness({ body, cover: cover ? { ...cover, caption: String(cover.caption ?? ''), credit: String(cover.credit ?? '') } : null }).map((p) => p.message);
  // As on the public page: a cover the body already shows is not shown twice.
  const coverNode = cover && !isCoverInBody(body, cover)
    ? createElement(Figure, { src: cover.src, alt: String(cover.alt ?? ''), caption: String(cover.caption ?? ''), credit: String(cover.credit ?? ''), sizes: '(min-width: 768px) 768px, 100vw' })
    : null;
  try {
    return { ok: true, issues, notReady, node: createElement(Fragment, null, coverNode, await renderMdx(body, mdxComponents)) };
  } catch {
    return { ok: true, issues: issues.length ? issues : ['Chưa hiển thị được phần xem trước: nội dung có lỗi cú pháp MDX.'], notReady, node: coverNode };
  }
}
