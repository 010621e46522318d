'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';
import { previewArticleAction } from './preview-action';
import { editorConfig } from '@/lib/config/site';
import type { FormFields } from './editor-form-model';

/**
 * Live preview: a moment after the person stops typing, the server renders
 * the cover and body with the public page's renderer and components; the
 * title and sapo are shown as the article page sets them.
 */
export function ArticlePreview({ fields }: { fields: FormFields }) {
  const [node, setNode] = useState<ReactNode>(null);
  const [issues, setIssues] = useState<string[]>([]);
  const [notReady, setNotReady] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const requestId = useRef(0);
  const { body, cover } = fields;
  const coverKey = JSON.stringify(cover);

  useEffect(() => {
    const id = ++requestId.current;
    const timer = setTimeout(async () => {
      setPending(true);
      try {
        const result = await previewArticleAction({ body, cover: JSON.parse(coverKey) as FormFields['cover'] });
        if (id !== requestId.current) return;
        if (result.ok) {
          setNode(result.node);
          setIssues(result.issues);
          setNotReady(result.notReady);
          setMessage(null);
        } else {
          setMessage(result.message);
        }
      } catch {
        if (id === requestId.current) setMessage('Chưa tải được phần xem trước (mất kết nối?). Nội dung bạn gõ không bị ảnh hưởng.');
      } finally {
        if (id === requestId.current) setPending(false);
      }
    }, editorConfig.previewDelayMs);
    return () => clearTimeout(timer);
  }, [body, coverKey]);

  return (
    <section aria-labelledby="xem-truoc" className="rounded border border-stone-300 bg-white p-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="xem-truoc" className="text-sm font-bold uppercase tracking-wide text-stone-700">
          Xem trước
        </h2>
        <span className="text-xs text-stone-600" aria-live="polite">
          {pending ? 'Đang cập nhật…' : ''}
        </span>
      </div>
      {message && <p className="mt-2 text-sm text-red-800">{message}</p>}
      {issues.length > 0 && (
        <div className="mt-2 rounded border border-amber-500 bg-amber-50 p-2 text-sm text-stone-900 [overflow-wrap:anywhere]">
          <p className="font-semibold">Phần bị bỏ qua khi hiển thị (sẽ không lưu được):</p>
          <ul className="list-disc pl-5">
            {issues.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      )}
      {notReady.length > 0 && (
        <div className="mt-2 rounded border border-stone-400 bg-stone-50 p-2 text-sm text-stone-900 [overflow-wrap:anywhere]" data-testid="publish-readiness">
          <p className="font-semibold">Trước khi đăng cần bổ sung:</p>
          <ul className="list-disc pl-5">
            {notReady.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-3">
        <p className="font-serif text-2xl font-bold leading-tight text-stone-950">{fields.title || 'Tiêu đề bài viết'}</p>
        {fields.summary && (
          <p className="mt-2 font-sans font-bold leading-relaxed text-stone-900">
            {fields.dateline && <span>({fields.dateline}) - </span>}
            {fields.summary}
          </p>
        )}
        <div className="article-body mt-3">{node}</div>
      </div>
    </section>
  );
}
