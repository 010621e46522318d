import { useRef } from 'react';
import { ArticleMetaFields } from './article-meta-fields';
import { BodyEditor } from './body-editor';
import { BylinesField } from './bylines-field';
import { CoverField } from './cover-field';
import { fieldHelpers } from './field-helpers';
import { PhotoPanel } from './photo-panel';
import type { ArticleForm } from './use-article-form';

// The form's fields, one fieldset disabled as a whole when the article is read-only; the photo
// panel inserts into the body editor through a ref the body editor fills.

type Props = {
  form: ArticleForm;
  sections: { slug: string; name: string }[];
};

export function ArticleFields({ form, sections }: Props) {
  const { view, fields, errors, bodyIssues, readOnly, update } = form;
  const bodyInserter = useRef<((mdx: string) => void) | null>(null);
  const { err } = fieldHelpers(errors);
  return (
    <fieldset disabled={readOnly} className="space-y-4">
      <ArticleMetaFields
        fields={fields}
        sections={sections}
        slugLocked={Boolean(view?.slugLocked)}
        errors={errors}
        onTitle={form.onTitle}
        onSlug={form.onSlug}
        onField={update}
      />
      <BylinesField value={fields.bylines} onChange={(b) => update('bylines', b)} disabled={readOnly} errors={errors} />
      <CoverField cover={fields.cover} onChange={(c) => update('cover', c)} readOnly={readOnly} errors={errors} />
      {!readOnly && <PhotoPanel onInsert={(mdx) => bodyInserter.current?.(mdx)} onSetCover={(c) => update('cover', c)} />}
      <BodyEditor value={fields.body} onChange={(b) => update('body', b)} disabled={readOnly} error={err('body')} issues={bodyIssues} inserterRef={bodyInserter} composingRef={form.composing} />
    </fieldset>
  );
}
