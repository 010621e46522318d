import type { Metadata } from 'next';
import { ArticleEditor } from '@/components/editor/article-editor';
import type { FormFields } from '@/components/editor/editor-form-model';
import { requireUser } from '@/lib/auth/session';
import { sectionOptions } from '@/lib/sections/options';
import { defaultPublishAt } from '@/lib/articles/editor-reads';

export const metadata: Metadata = { title: 'Viết bài mới' };

/** A new article: the writer's name as the first byline, the first section; saved as their draft on the first save or autosave. */
export default async function NewArticlePage() {
  const user = await requireUser();
  const sections = await sectionOptions();
  const defaults: FormFields = {
    title: '',
    slug: '',
    summary: '',
    body: '',
    category: sections[0]?.slug ?? '',
    tags: '',
    dateline: '',
    bylines: [{ name: user.name, role: 'reporter' }],
    cover: { src: '', alt: '', caption: '', credit: '' },
  };
  return (
    <ArticleEditor
      initialView={null}
      defaults={defaults}
      sections={sections}
      defaultPublishAt={defaultPublishAt(null)}
      publicUrl={null}
    />
  );
}
