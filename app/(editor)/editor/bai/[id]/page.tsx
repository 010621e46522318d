import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/editor/article-editor';
import { fieldsToForm } from '@/components/editor/editor-form-model';
import { requireUser } from '@/lib/auth/session';
import { editorPaths, paths } from '@/lib/config/site';
import { sectionOptions } from '@/lib/sections/options';
import { isPublicNow } from '@/lib/articles/access';
import { defaultPublishAt, editorView, getEditorArticle } from '@/lib/articles/editor-reads';
import { getPendingEdit } from '@/lib/articles/pending-edits';

export const metadata: Metadata = { title: 'Sửa bài' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One article in the editor: editable, or read-only (content/ articles, or what this person may not change now). */
export default async function EditArticlePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const article = await getEditorArticle(user, id);
  if (!article) notFound();
  const now = new Date().toISOString();
  const view = editorView(user, article, now);
  const sp = await searchParams;
  // This person's unfinished edit of the live article, autosaved on any device.
  const pending = await getPendingEdit(user, article.id);
  return (
    <>
      {article.source === 'db' && (
        <p className="mb-3 text-sm">
          <Link href={editorPaths.live(article.id)} className="font-semibold underline">
            Tường thuật trực tiếp
          </Link>
        </p>
      )}
      <ArticleEditor
        initialView={view}
        defaults={fieldsToForm(article)}
        sections={await sectionOptions()}
        defaultPublishAt={defaultPublishAt(article.status === 'scheduled' ? article.publishedAt : null)}
        publicUrl={isPublicNow(article, now) ? paths.article(article.slug) : null}
        restored={sp['khoi-phuc'] === '1'}
        restoredToCopy={sp['khoi-phuc'] === 'ban-sua'}
        serverCopy={pending ? { fields: fieldsToForm(pending.fields), baseVersion: pending.baseVersion, savedAt: pending.savedAt } : null}
      />
    </>
  );
}
