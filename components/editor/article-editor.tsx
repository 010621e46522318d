'use client';

import Link from 'next/link';
import { useActionState, useCallback, useEffect, useRef, useState } from 'react';
import { saveArticleAction } from '@/lib/actions/articles';
import { type EditorFormState, idleState } from '@/lib/actions/article-form-state';
import { editorPaths } from '@/lib/config/site';
import type { ConflictInfo } from '@/lib/articles/workflow';
import type { EditorView } from '@/lib/articles/editor-reads';
import { isLive } from '@/lib/articles/access';
import { formatVnShort, slugify } from '@/lib/text/vietnamese';
import type { PublishProblem } from '@/lib/validations/publish-readiness';
import { ArticlePreview } from './article-preview';
import { BodyEditor } from './body-editor';
import { ArticleMetaFields } from './article-meta-fields';
import { ArticleNotices } from './article-notices';
import { statusLine } from './status-text';
import { CoverField } from './cover-field';
import { ErrorSummary } from './error-summary';
import { fieldHelpers } from './field-helpers';
import { LocalCopyBanner } from './local-copy-banner';
import { type LatestForm, type SaveNote, useAutosave } from './use-autosave';
import { PublishControls } from './publish-controls';
import { BylinesField } from './bylines-field';
import { PhotoPanel } from './photo-panel';
import { PresenceBanner } from './presence-banner';
import { usePresence } from './use-presence';
import { ConflictPanel } from './conflict-panel';
import {
  type FormFields,
  type LocalCopy,
  clearLocalCopy,
  fieldsToForm,
  formKey,
  readLocalCopy,
} from './editor-form-model';
import { WorkflowPanel } from './workflow-panel';
import { dropHandoff, leaveHandoff, takeHandoff } from './save-handoff';

type Props = {
  /** The stored article as this person sees it; null for a new article. */
  initialView: EditorView | null;
  /** Fields to start a new article with (the writer's byline, the first section). */
  defaults: FormFields;
  sections: { slug: string; name: string }[];
  /** GMT+7 wall-clock value for the schedule input ("2026-11-29T08:00"). */
  defaultPublishAt: string;
  /** Public address, when readers can see the article. */
  publicUrl: string | null;
  /** Shown after a restore: the form now holds the restored revision. */
  restored?: boolean;
  /** This person's pending copy of a live article, autosaved on the server (lib/articles/pending-edits.ts). */
  serverCopy?: LocalCopy | null;
  /** An old revision of this live article was just restored into serverCopy: open the form on it. */
  restoredToCopy?: boolean;
};



/**
 * The article editor. Every field is named as the schema names it. Saves go
 * through the server action (buttons: save, submit, publish, schedule); a few
 * seconds after typing stops, and when the tab is hidden or closed, the form
 * is autosaved to /api/editor/autosave under the same version rule; an
 * unsaved copy is kept in localStorage and offered back if all else failed.
 */
export function ArticleEditor({ initialView, defaults, sections, defaultPublishAt, publicUrl, restored, serverCopy = null, restoredToCopy = false }: Props) {
  const [view, setView] = useState<EditorView | null>(initialView);
  const [fields, setFields] = useState<FormFields>(() => (initialView ? fieldsToForm(initialView) : defaults));
  const [version, setVersion] = useState<number>(initialView?.version ?? 0);
  const [slugTouched, setSlugTouched] = useState<boolean>(initialView !== null);
  const [savedKey, setSavedKey] = useState<string>(() => (initialView ? formKey(fieldsToForm(initialView)) : formKey(defaults)));
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [discarded, setDiscarded] = useState<FormFields | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [bodyIssues, setBodyIssues] = useState<string[]>([]);
  const [problems, setProblems] = useState<PublishProblem[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [note, setNote] = useState<SaveNote | null>(
    restored
      ? { kind: 'ok', text: 'Đã khôi phục phiên bản cũ thành bản nháp mới.' }
      : restoredToCopy && serverCopy
        ? { kind: 'ok', text: 'Đã chép phiên bản cũ vào bản sửa của bạn. Bạn đọc chưa thấy: xem lại rồi bấm “Cập nhật bài” để đăng.' }
        : null,
  );
  const [localCopy, setLocalCopy] = useState<LocalCopy | null>(null);
  /** Whether the copy offered back is the server's pending copy (else this browser's). */
  const [copyOnServer, setCopyOnServer] = useState(false);
  /** The form as last kept as the pending copy of a live article (not re-sent until it changes). */
  const [pendingKey, setPendingKey] = useState<string | null>(null);
  const [publishAt, setPublishAt] = useState(defaultPublishAt);
  const [state, formAction, pending] = useActionState<EditorFormState, FormData>(async (prev, form) => {
    const result = await saveArticleAction(prev, form);
    // The new-article page may be replaced by the [id] page before it sees this answer (save-handoff.ts).
    const to = initialView === null ? (('view' in result && result.view?.id) || latest.current.id) : null;
    if (to) leaveHandoff({ id: to, result, sentKey: submittedKey.current, fields: latest.current.fields });
    return result;
  }, idleState);

  const id = view?.id ?? null;
  // Someone else's tab holds the article, or took it over from this one: read-only, no autosave.
  const presence = usePresence(view?.rights.edit ? view.id : null, version);
  const readOnly = view !== null && (!view.rights.edit || presence.blocked);
  // A live article is autosaved too, as this person's pending copy: readers see nothing until "Cập nhật bài".
  const canAutosave = !readOnly && conflict === null;
  const key = formKey(fields);
  const dirty = key !== savedKey;

  // Latest values for timers and page-leave handlers.
  const latest = useRef<LatestForm>({ fields, version, id, canAutosave, dirty, pending, key, pendingKey });
  latest.current = { fields, version, id, canAutosave, dirty, pending, key, pendingKey };
  const submittedKey = useRef<string | null>(null);
  const composing = useRef(false);

  /** The server's answer to a save (manual or automatic), applied to the form. */
  const apply = useCallback((result: EditorFormState, sentKey: string | null, auto: boolean) => {
    if (result.status === 'pending') {
      if (sentKey !== null) setPendingKey(sentKey);
      setNote({ kind: 'ok', text: `${result.message} (${formatVnShort(result.at)})` });
      if (sentKey !== null && sentKey === latest.current.key) clearLocalCopy(latest.current.id);
      return;
    }
    if (result.status === 'saved') {
      setPendingKey(null);
      const v = result.view;
      setView(v);
      setVersion(v.version);
      setConflict(null);
      if (sentKey !== null) setSavedKey(sentKey);
      setErrors({});
      setBodyIssues([]);
      setProblems([]);
      setSummary(null);
      setNote({ kind: 'ok', text: `${result.message} (${formatVnShort(result.at)})` });
      // The server makes the slug from the title when it was left empty.
      setFields((f) => (f.slug === '' ? { ...f, slug: v.slug } : f));
      if (latest.current.id === null) {
        clearLocalCopy(null);
        window.history.replaceState(null, '', editorPaths.article(v.id));
      }
      if (sentKey !== null && sentKey === latest.current.key) clearLocalCopy(v.id);
      return;
    }
    if (result.status === 'conflict') {
      setConflict(result.conflict);
      setNote({ kind: 'error', text: result.message });
      return;
    }
    if (result.status === 'invalid') {
      if (result.view) {
        setView(result.view);
        setVersion(result.view.version);
        if (sentKey !== null) setSavedKey(sentKey);
        window.history.replaceState(null, '', editorPaths.article(result.view.id));
      }
      setErrors(result.fieldErrors);
      setBodyIssues(result.issues && result.fieldErrors.body ? result.issues : []);
      setProblems(result.problems ?? []);
      if (auto) {
        const first = Object.values(result.fieldErrors)[0];
        setNote({ kind: 'info', text: `Chưa tự lưu được: ${first ?? result.message}` });
      } else {
        setSummary(result.message);
        setNote({ kind: 'error', text: result.message });
      }
      return;
    }
    if (result.status === 'error') {
      if (result.view) {
        setView(result.view);
        setVersion(result.view.version);
      }
      setNote({ kind: 'error', text: result.message });
      if (!auto) setSummary(result.message);
    }
  }, []);

  // Manual saves: the action's answer.
  useEffect(() => {
    if (state.status === 'idle') return;
    dropHandoff(state);
    apply(state, submittedKey.current, false);
    submittedKey.current = null;
  }, [state, apply]);

  // The unsaved copy from an earlier visit (this browser's, or the server's
  // pending copy of a live article, whichever is newer), if it differs from what is stored.
  useEffect(() => {
    // The restore marker is for this arrival only: a reload must not apply it again.
    if (restored || restoredToCopy) window.history.replaceState(null, '', window.location.pathname);
    if (restoredToCopy && serverCopy) {
      // Just restored into the pending copy: the form opens on it, as a change not yet published.
      clearLocalCopy(initialView?.id ?? null);
      setFields(serverCopy.fields);
      setVersion(serverCopy.baseVersion);
      setSlugTouched(true);
      setPendingKey(formKey(serverCopy.fields));
      return;
    }
    const local = readLocalCopy(initialView?.id ?? null);
    const stored = formKey(initialView ? fieldsToForm(initialView) : defaults);
    if (local && formKey(local.fields) === stored) clearLocalCopy(initialView?.id ?? null);
    const candidates = [local, serverCopy].filter((c): c is LocalCopy => c !== null && formKey(c.fields) !== stored);
    if (!candidates.length) return;
    const copy = candidates.reduce((a, b) => (b.savedAt > a.savedAt ? b : a));
    // The same text in both places is the server's copy (it follows the person to any device).
    const onServer = serverCopy !== null && formKey(serverCopy.fields) === formKey(copy.fields);
    setCopyOnServer(onServer);
    if (onServer) setPendingKey(formKey(copy.fields));
    setLocalCopy(copy);
    // Once, on arrival: later renders get newer props after saves.
  }, []);

  // Arriving in place of the new-article page: its last answer and what was typed meanwhile.
  useEffect(
    () =>
      takeHandoff(initialView?.id ?? null, (h) => {
        if (formKey(h.fields) !== h.sentKey) setFields(h.fields);
        apply(h.result, h.sentKey, false);
      }),
    [apply],
  );

  // A page restored from the back/forward cache may hold an old version: reload it.
  useEffect(() => {
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) window.location.reload();
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);

  const autosaving = useAutosave({ latest, composing, apply, setNote, id, fields, version, key, dirty, readOnly, canAutosave });

  const bodyInserter = useRef<((mdx: string) => void) | null>(null);
  const update = <K extends keyof FormFields>(name: K, value: FormFields[K]) => setFields((f) => ({ ...f, [name]: value }));

  function onTitle(value: string) {
    setFields((f) => ({ ...f, title: value, slug: !slugTouched && !view?.slugLocked ? slugify(value) : f.slug }));
  }

  const { err } = fieldHelpers(errors);

  // A manual save waits for an autosave in flight (both carry the version; they must not race each other).
  const busy = pending || autosaving;
  const rights = view?.rights;
  const canSubmit = view ? rights!.submit : true;
  // Publishing a new article: editors may (the server decides; the page passes rights for an existing article only).
  const canPublish = view ? rights!.publish : false;
  const canSchedule = view ? rights!.schedule : false;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="font-serif text-2xl font-bold">{view ? 'Sửa bài' : 'Viết bài mới'}</h1>
        <div className="flex flex-wrap gap-3 text-sm">
          {view && (
            <Link href={editorPaths.history(view.id)} className="font-semibold text-blue-800 underline">
              Lịch sử phiên bản
            </Link>
          )}
          {publicUrl && (
            <a href={publicUrl} className="font-semibold text-blue-800 underline">
              Xem trên trang đọc
            </a>
          )}
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded border border-stone-300 bg-white px-3 py-2 text-sm">
        <span>
          Trạng thái: <strong data-testid="article-status">{statusLine(view).word}</strong>
          {statusLine(view).when && <> — {statusLine(view).when}</>}
        </span>
        {view && <span>Phiên bản {version}</span>}
        {view?.authorName && <span>Người viết: {view.authorName}</span>}
        <span role="status" aria-live="polite" className={note?.kind === 'error' ? 'font-semibold text-red-800' : note?.kind === 'ok' ? 'text-green-800' : 'text-stone-700'}>
          {note?.text ?? (dirty ? 'Có thay đổi chưa lưu.' : '')}
        </span>
      </div>

      <ArticleNotices view={view} readOnly={view !== null && !view.rights.edit} />
      <PresenceBanner presence={presence} fields={fields} />

      {localCopy && (
        <LocalCopyBanner
          copy={localCopy}
          onServer={copyOnServer}
          onRestore={() => {
            setFields(localCopy.fields);
            // Based on the version it was typed on: if the stored article moved on since, saving shows the conflict.
            setVersion(localCopy.baseVersion);
            setSlugTouched(true);
            setLocalCopy(null);
          }}
          onDiscard={() => {
            clearLocalCopy(id);
            setLocalCopy(null);
            setPendingKey(null);
            // The server's pending copy goes too: it would be offered again on the next visit.
            if (serverCopy && id) void fetch(`${editorPaths.autosave}?id=${encodeURIComponent(id)}`, { method: 'DELETE', credentials: 'same-origin' });
          }}
        />
      )}

      {conflict && (
        <ConflictPanel
          conflict={conflict}
          yours={fields}
          onTakeTheirs={(theirs, v) => {
            setDiscarded(fields);
            setFields(theirs);
            setVersion(v);
            setSavedKey(formKey(theirs));
            setConflict(null);
            setNote({ kind: 'info', text: 'Đã lấy bản đã lưu. Bản của bạn vẫn hiện bên dưới để sao chép.' });
          }}
          onKeepMine={(v) => {
            setVersion(v);
            setConflict(null);
            setNote({ kind: 'info', text: `Giữ bản của bạn, nay dựa trên phiên bản ${v}. Bấm lưu để thay bản đã lưu.` });
          }}
        />
      )}

      {discarded && (
        <section aria-labelledby="ban-cua-ban" className="rounded border border-stone-400 bg-white p-3">
          <h2 id="ban-cua-ban" className="font-semibold">
            Bản của bạn trước khi lấy bản đã lưu
          </h2>
          <label htmlFor="ban-cua-ban-body" className="mt-2 block text-sm font-semibold">
            Nội dung bạn đã gõ
          </label>
          <textarea id="ban-cua-ban-body" readOnly value={discarded.body} rows={6} className="mt-1 w-full rounded border border-stone-400 p-2 font-sans text-sm" />
          <button type="button" onClick={() => setDiscarded(null)} className="mt-2 rounded border border-stone-500 px-3 py-1 text-sm font-semibold hover:bg-stone-100">
            Đóng
          </button>
        </section>
      )}

      {summary && <ErrorSummary summary={summary} errors={errors} bodyIssues={bodyIssues} problems={problems} />}

      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <form
          action={formAction}
          onSubmit={() => {
            submittedKey.current = key;
          }}
          className="space-y-4"
          aria-label="Bài viết"
        >
          <input type="hidden" name="id" value={id ?? ''} />
          <input type="hidden" name="version" value={version} />
          <fieldset disabled={readOnly} className="space-y-4">
            <ArticleMetaFields
              fields={fields}
              sections={sections}
              slugLocked={Boolean(view?.slugLocked)}
              errors={errors}
              onTitle={onTitle}
              onSlug={(v) => {
                setSlugTouched(true);
                update('slug', v);
              }}
              onField={update}
            />
            <BylinesField value={fields.bylines} onChange={(b) => update('bylines', b)} disabled={readOnly} errors={errors} />
            <CoverField cover={fields.cover} onChange={(c) => update('cover', c)} readOnly={readOnly} errors={errors} />
            {!readOnly && <PhotoPanel onInsert={(mdx) => bodyInserter.current?.(mdx)} onSetCover={(c) => update('cover', c)} />}
            <BodyEditor value={fields.body} onChange={(b) => update('body', b)} disabled={readOnly} error={err('body')} issues={bodyIssues} inserterRef={bodyInserter} composingRef={composing} />
          </fieldset>

          {!readOnly && (
            <PublishControls
              live={view !== null && isLive(view)}
              canSubmit={canSubmit}
              canPublish={canPublish}
              canSchedule={canSchedule}
              busy={busy}
              pending={pending}
              publishAt={publishAt}
              onPublishAt={setPublishAt}
              errors={errors}
            />
          )}
        </form>

        <div className="space-y-4">
          <ArticlePreview fields={fields} />
          {view && <WorkflowPanel view={view} onView={(v) => {
            setView(v);
            setVersion(v.version);
          }} />}
          {view && view.corrections.length > 0 && (
            <section aria-labelledby="dinh-chinh" className="rounded border border-stone-300 bg-white p-3 text-sm">
              <h2 id="dinh-chinh" className="font-semibold">
                Đính chính đã đăng
              </h2>
              <ul className="mt-1 space-y-1">
                {view.corrections.map((c) => (
                  <li key={c.id}>
                    <span className="font-semibold">{formatVnShort(c.createdAt)}</span>: {c.text}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
