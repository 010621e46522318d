'use client';

import { isLive } from '@/lib/articles/access';
import { ArticleFields } from './article-fields';
import { ArticlePreview } from './article-preview';
import { CorrectionsList } from './corrections-list';
import { EditorHeading } from './editor-heading';
import { EditorNotices } from './editor-notices';
import { PublishControls } from './publish-controls';
import { type ArticleFormProps, useArticleForm } from './use-article-form';
import { WorkflowPanel } from './workflow-panel';

type Props = ArticleFormProps & {
  sections: { slug: string; name: string }[];
  /** Public address, when readers can see the article. */
  publicUrl: string | null;
};

/**
 * The article editor. Every field is named as the schema names it. Saves go
 * through the server action (buttons: save, submit, publish, schedule); a few
 * seconds after typing stops, and when the tab is hidden or closed, the form
 * is autosaved to /api/editor/autosave under the same version rule; an
 * unsaved copy is kept in localStorage and offered back if all else failed.
 * The state lives in use-article-form.ts; this file only lays it out.
 */
export function ArticleEditor({ sections, publicUrl, ...props }: Props) {
  const form = useArticleForm(props);
  const { view, readOnly } = form;
  const rights = view?.rights;

  return (
    <div className="space-y-4">
      <EditorHeading view={view} version={form.version} note={form.note} dirty={form.dirty} publicUrl={publicUrl} />
      <EditorNotices form={form} />

      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <form action={form.formAction} onSubmit={form.onSubmit} className="space-y-4" aria-label="Bài viết">
          <input type="hidden" name="id" value={form.id ?? ''} />
          <input type="hidden" name="version" value={form.version} />
          <ArticleFields form={form} sections={sections} />

          {!readOnly && (
            <PublishControls
              live={view !== null && isLive(view)}
              canSubmit={rights ? rights.submit : true}
              // Publishing a new article: editors may (the server decides; the page passes rights for an existing article only).
              canPublish={rights ? rights.publish : false}
              canSchedule={rights ? rights.schedule : false}
              busy={form.busy}
              pending={form.pending}
              publishAt={form.publishAt}
              onPublishAt={form.setPublishAt}
              errors={form.errors}
            />
          )}
        </form>

        <div className="space-y-4">
          <ArticlePreview fields={form.fields} />
          {view && <WorkflowPanel view={view} onView={form.onWorkflowView} />}
          {view && <CorrectionsList corrections={view.corrections} />}
        </div>
      </div>
    </div>
  );
}
