'use client';

import { useActionState, useCallback, useEffect, useRef, useState } from 'react';
import { saveArticleAction } from '@/lib/actions/articles';
import { type EditorFormState, idleState } from '@/lib/actions/article-form-state';
import { editorPaths } from '@/lib/config/site';
import type { EditorView } from '@/lib/articles/editor-reads';
import { formatVnShort, slugify } from '@/lib/text/vietnamese';
import type { PublishProblem } from '@/lib/validations/publish-readiness';
import { type FormFields, type LocalCopy, clearLocalCopy, fieldsToForm, formKey, readLocalCopy } from './editor-form-model';
import { dropHandoff, leaveHandoff, takeHandoff } from './save-handoff';
import { type LatestForm, type SaveNote, useAutosave } from './use-autosave';
import { usePresence } from './use-presence';
import { useSaveConflict } from './use-save-conflict';

// The article editor's state, apart from its markup: the form, each save's answer applied to it
// (manual, automatic, or handed over from the new-article page), and the copy offered back on arrival.

export type ArticleFormProps = {
  /** The stored article as this person sees it; null for a new article. */
  initialView: EditorView | null;
  /** Fields to start a new article with (the writer's byline, the first section). */
  defaults: FormFields;
  /** GMT+7 wall-clock value for the schedule input ("2026-11-29T08:00"). */
  defaultPublishAt: string;
  /** Shown after a restore: the form now holds the restored revision. */
  restored?: boolean;
  /** This person's pending copy of a live article, autosaved on the server (lib/articles/pending-edits.ts). */
  serverCopy?: LocalCopy | null;
  /** An old revision of this live article was just restored into serverCopy: open the form on it. */
  restoredToCopy?: boolean;
};

export function useArticleForm({ initialView, defaults, defaultPublishAt, restored, serverCopy = null, restoredToCopy = false }: ArticleFormProps) {
  const [view, setView] = useState<EditorView | null>(initialView);
  const [fields, setFields] = useState<FormFields>(() => (initialView ? fieldsToForm(initialView) : defaults));
  const [version, setVersion] = useState<number>(initialView?.version ?? 0);
  const [slugTouched, setSlugTouched] = useState<boolean>(initialView !== null);
  const [savedKey, setSavedKey] = useState<string>(() => (initialView ? formKey(fieldsToForm(initialView)) : formKey(defaults)));
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
  const saveConflict = useSaveConflict({ setFields, setVersion, setSavedKey, setNote });
  const { open: openConflict, clear: clearConflict } = saveConflict;
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
  const canAutosave = !readOnly && saveConflict.conflict === null;
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
      clearConflict();
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
      openConflict(result.conflict);
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
  }, [openConflict, clearConflict]);

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

  const update = <K extends keyof FormFields>(name: K, value: FormFields[K]) => setFields((f) => ({ ...f, [name]: value }));

  return {
    view,
    fields,
    version,
    id,
    key,
    dirty,
    readOnly,
    presence,
    errors,
    bodyIssues,
    problems,
    summary,
    note,
    publishAt,
    setPublishAt,
    saveConflict,
    formAction,
    pending,
    // A manual save waits for an autosave in flight (both carry the version; they must not race each other).
    busy: pending || autosaving,
    composing,
    update,
    onTitle: (value: string) =>
      setFields((f) => ({ ...f, title: value, slug: !slugTouched && !view?.slugLocked ? slugify(value) : f.slug })),
    onSlug: (value: string) => {
      setSlugTouched(true);
      update('slug', value);
    },
    /** Called as the form submits: the answer is matched to what was sent. */
    onSubmit: () => {
      submittedKey.current = key;
    },
    /** The workflow panel changed the article (returned, unpublished, corrected). */
    onWorkflowView: (v: EditorView) => {
      setView(v);
      setVersion(v.version);
    },
    localCopy,
    copyOnServer,
    restoreLocalCopy: (copy: LocalCopy) => {
      setFields(copy.fields);
      // Based on the version it was typed on: if the stored article moved on since, saving shows the conflict.
      setVersion(copy.baseVersion);
      setSlugTouched(true);
      setLocalCopy(null);
    },
    discardLocalCopy: () => {
      clearLocalCopy(id);
      setLocalCopy(null);
      setPendingKey(null);
      // The server's pending copy goes too: it would be offered again on the next visit.
      if (serverCopy && id) void fetch(`${editorPaths.autosave}?id=${encodeURIComponent(id)}`, { method: 'DELETE', credentials: 'same-origin' });
    },
  };
}

export type ArticleForm = ReturnType<typeof useArticleForm>;
