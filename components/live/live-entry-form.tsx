'use client';

import { useActionState, useId, useState } from 'react';
import { FieldError, FormStatus, inputClass, labelClass, primaryButtonClass } from '@/components/editor/form-status';
import { type LiveFormState, addLiveEntryAction, editLiveEntryAction } from '@/lib/actions/live';

export type LivePhotoOption = { id: string; thumb: string; caption: string; credit: string; alt: string };
export type LiveEntryDefaults = { kind: 'text' | 'photo' | 'quote'; body: string; mediaId: string; caption: string; credit: string; quoteAuthor: string };

const initial: LiveFormState = { status: 'idle', message: '' };
const empty: LiveEntryDefaults = { kind: 'text', body: '', mediaId: '', caption: '', credit: '', quoteAuthor: '' };
const kinds = [
  { value: 'text', label: 'Chữ' },
  { value: 'photo', label: 'Ảnh' },
  { value: 'quote', label: 'Trích dẫn' },
] as const;

/** Add an entry (articleId) or edit one (entryId): the fields the schema names, shown by kind. */
export function LiveEntryForm({ articleId, entryId, defaults = empty, photos }: { articleId?: string; entryId?: string; defaults?: LiveEntryDefaults; photos: LivePhotoOption[] }) {
  const [state, action, pending] = useActionState(entryId ? editLiveEntryAction : addLiveEntryAction, initial);
  // A new form after each added entry: the fields empty again for the next one.
  return <EntryFields key={entryId ? 'edit' : state.done ?? 0} {...{ articleId, entryId, defaults, photos, state, action, pending }} />;
}

function EntryFields(props: {
  articleId?: string;
  entryId?: string;
  defaults: LiveEntryDefaults;
  photos: LivePhotoOption[];
  state: LiveFormState;
  action: (form: FormData) => void;
  pending: boolean;
}) {
  const { articleId, entryId, defaults, photos, state, action, pending } = props;
  const id = useId();
  const [kind, setKind] = useState(defaults.kind);
  const [mediaId, setMediaId] = useState(defaults.mediaId);
  const [caption, setCaption] = useState(defaults.caption);
  const [credit, setCredit] = useState(defaults.credit);
  const err = state.fieldErrors ?? {};
  const photo = photos.find((p) => p.id === mediaId);
  const described = (name: string) => (err[name] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${name}-e` } : {});

  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      {articleId && <input type="hidden" name="articleId" value={articleId} />}
      {entryId && <input type="hidden" name="entryId" value={entryId} />}
      <fieldset>
        <legend className={labelClass}>Loại cập nhật</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {kinds.map((k) => (
            <label key={k.value} className="flex items-center gap-1">
              <input type="radio" name="kind" value={k.value} checked={kind === k.value} onChange={() => setKind(k.value)} />
              {k.label}
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'photo' && (
        <div>
          <label htmlFor={`${id}-mediaId`} className={labelClass}>
            Ảnh trong thư viện
          </label>
          <select
            id={`${id}-mediaId`}
            name="mediaId"
            value={mediaId}
            onChange={(e) => {
              const p = photos.find((x) => x.id === e.target.value);
              setMediaId(e.target.value);
              if (p) {
                setCaption(p.caption);
                setCredit(p.credit);
              }
            }}
            className={inputClass}
            {...described('mediaId')}
          >
            <option value="">— Chọn ảnh —</option>
            {photos.map((p) => (
              <option key={p.id} value={p.id}>
                {(p.caption || p.alt || p.id).slice(0, 80)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-mediaId-e`} message={err.mediaId} />
          {photos.length === 0 && <p className="mt-1 text-sm text-stone-700">Thư viện chưa có ảnh: hãy tải ảnh lên ở trang Thư viện ảnh trước.</p>}
          {photo && <img src={photo.thumb} alt={photo.alt} className="mt-2 h-24 w-auto rounded" />}
        </div>
      )}
      <div>
        <label htmlFor={`${id}-body`} className={labelClass}>
          {kind === 'quote' ? 'Câu trích dẫn' : kind === 'photo' ? 'Ghi chú kèm ảnh (không bắt buộc)' : 'Nội dung cập nhật'}
        </label>
        <textarea id={`${id}-body`} name="body" rows={4} defaultValue={defaults.body} className={inputClass} {...described('body')} />
        <FieldError id={`${id}-body-e`} message={err.body} />
      </div>
      {kind === 'quote' && (
        <div>
          <label htmlFor={`${id}-quoteAuthor`} className={labelClass}>
            Người nói
          </label>
          <input id={`${id}-quoteAuthor`} name="quoteAuthor" defaultValue={defaults.quoteAuthor} className={inputClass} {...described('quoteAuthor')} />
          <FieldError id={`${id}-quoteAuthor-e`} message={err.quoteAuthor} />
        </div>
      )}
      {kind === 'photo' && (
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-caption`} className={labelClass}>
              Chú thích ảnh
            </label>
            <input id={`${id}-caption`} name="caption" value={caption} onChange={(e) => setCaption(e.target.value)} className={inputClass} {...described('caption')} />
            <FieldError id={`${id}-caption-e`} message={err.caption} />
          </div>
          <div>
            <label htmlFor={`${id}-credit`} className={labelClass}>
              Người chụp
            </label>
            <input id={`${id}-credit`} name="credit" value={credit} onChange={(e) => setCredit(e.target.value)} className={inputClass} {...described('credit')} />
            <FieldError id={`${id}-credit-e`} message={err.credit} />
          </div>
        </div>
      )}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? 'Đang lưu…' : entryId ? 'Lưu cập nhật' : 'Thêm cập nhật'}
      </button>
    </form>
  );
}
