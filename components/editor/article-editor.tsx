'use client';

import Link from 'next/link';
import { useActionState, useCallback, useEffect, useRef, useState } from 'react';
import { saveArticleAction } from '@/lib/actions/articles';
import { type EditorFormState, idleState } from '@/lib/actions/article-form-state';
import { editorConfig, editorPaths } from '@/lib/config/site';
import type { ConflictInfo } from '@/lib/articles/workflow';
import type { EditorView } from '@/lib/articles/editor-reads';
import { formatVnShort, slugify } from '@/lib/text/vietnamese';
import { statusLabels } from '@/lib/validations/article';
import type { PublishProblem } from '@/lib/validations/publish-readiness';
import { ArticlePreview } from './article-preview';
import { BodyEditor } from './body-editor';
import { CoverThumb } from './cover-thumb';
import { BylinesField } from './bylines-field';
import { PhotoPanel } from './photo-panel';
import { ConflictPanel } from './conflict-panel';
import {
  type FormFields,
  type LocalCopy,
  appendFormFields,
  clearLocalCopy,
  fieldsToForm,
  formKey,
  readLocalCopy,
  writeLocalCopy,
} from './editor-form-model';
import { WorkflowPanel } from './workflow-panel';

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

type SaveNote = { kind: 'ok' | 'info' | 'error'; text: string } | null;

const isLive = (v: EditorView | null) => v?.status === 'published' || v?.status === 'scheduled';

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
  const [note, setNote] = useState<SaveNote>(
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
  const [autosaving, setAutosaving] = useState(false);
  const [state, formAction, pending] = useActionState<EditorFormState, FormData>(saveArticleAction, idleState);

  const id = view?.id ?? null;
  const readOnly = view !== null && !view.rights.edit;
  // A live article is autosaved too, as this person's pending copy: readers see nothing until "Cập nhật bài".
  const canAutosave = !readOnly && conflict === null;
  const key = formKey(fields);
  const dirty = key !== savedKey;

  // Latest values for timers and page-leave handlers.
  const latest = useRef({ fields, version, id, canAutosave, dirty, pending, key, pendingKey });
  latest.current = { fields, version, id, canAutosave, dirty, pending, key, pendingKey };
  const submittedKey = useRef<string | null>(null);
  const inFlight = useRef(false);
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

  // A page restored from the back/forward cache may hold an old version: reload it.
  useEffect(() => {
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) window.location.reload();
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);

  const formData = useCallback((): FormData => {
    const { fields: f, version: v, id: articleId } = latest.current;
    const data = appendFormFields(new FormData(), f);
    data.set('id', articleId ?? '');
    data.set('version', String(v));
    return data;
  }, []);

  const autosave = useCallback(
    async (keepalive = false) => {
      const cur = latest.current;
      if (!cur.canAutosave || !cur.dirty || cur.key === cur.pendingKey || cur.pending || inFlight.current) return;
      // Mid-word in Telex or VNI the body holds a half-composed syllable ("Quar"): wait for the word.
      if (composing.current && !keepalive) {
        setTimeout(() => void autosave(), 300);
        return;
      }
      inFlight.current = true;
      setAutosaving(true);
      const sentKey = cur.key;
      setNote({ kind: 'info', text: 'Đang tự động lưu…' });
      try {
        const res = await fetch(editorPaths.autosave, { method: 'POST', body: formData(), keepalive, credentials: 'same-origin' });
        const body = (await res.json().catch(() => null)) as EditorFormState | null;
        if (body && body.status !== 'idle') apply(body, sentKey, true);
        else setNote({ kind: 'error', text: 'Chưa tự lưu được (máy chủ không trả lời). Bản tạm vẫn được giữ trong trình duyệt.' });
      } catch {
        setNote({ kind: 'error', text: 'Mất kết nối: chưa tự lưu được. Bản tạm vẫn được giữ trong trình duyệt.' });
      } finally {
        inFlight.current = false;
        setAutosaving(false);
      }
    },
    [apply, formData],
  );

  // After a pause in typing: keep a local copy at once, autosave after a few seconds.
  useEffect(() => {
    if (!dirty || readOnly) return;
    // Not when this text is already the server's pending copy: a newer local twin would be offered as "this browser's".
    const local = setTimeout(() => {
      if (latest.current.key !== latest.current.pendingKey) writeLocalCopy(id, { fields, baseVersion: version, savedAt: new Date().toISOString() });
    }, 400);
    const auto = canAutosave ? setTimeout(() => void autosave(), editorConfig.autosaveDelayMs) : undefined;
    return () => {
      clearTimeout(local);
      if (auto) clearTimeout(auto);
    };
    // `fields` changes with `key`; the rest are read through refs.
  }, [key, dirty, readOnly, canAutosave]);

  // Leaving: hidden tab → autosave (keepalive); closing → sendBeacon.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void autosave(true);
    };
    const onPageHide = () => {
      const cur = latest.current;
      if (cur.key !== cur.pendingKey) writeLocalCopy(cur.id, { fields: cur.fields, baseVersion: cur.version, savedAt: new Date().toISOString() });
      if (cur.canAutosave && cur.dirty && cur.key !== cur.pendingKey && !inFlight.current) navigator.sendBeacon(editorPaths.autosave, formData());
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [autosave, formData]);

  // When nothing can be autosaved (a conflict is open): warn before leaving with unsaved changes.
  useEffect(() => {
    if (!dirty || canAutosave || readOnly) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, canAutosave, readOnly]);

  const bodyInserter = useRef<((mdx: string) => void) | null>(null);
  const update = <K extends keyof FormFields>(name: K, value: FormFields[K]) => setFields((f) => ({ ...f, [name]: value }));

  function onTitle(value: string) {
    setFields((f) => ({ ...f, title: value, slug: !slugTouched && !view?.slugLocked ? slugify(value) : f.slug }));
  }

  const err = (name: string) => errors[name];
  const describe = (name: string, help?: boolean) => [errors[name] ? `${name.replace(/\./g, '-')}-error` : null, help ? `${name.replace(/\./g, '-')}-help` : null].filter(Boolean).join(' ') || undefined;
  const fieldError = (name: string) =>
    errors[name] ? (
      <p id={`${name.replace(/\./g, '-')}-error`} className="mt-1 text-sm text-red-800">
        {errors[name]}
      </p>
    ) : null;
  const inputClass = 'mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 disabled:bg-stone-100';

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
          Trạng thái: <strong data-testid="article-status">{view ? statusLabels[view.status] : 'Chưa lưu'}</strong>
          {view?.status === 'scheduled' && view.publishedAt && <> — đăng lúc {formatVnShort(view.publishedAt)} (GMT+7)</>}
        </span>
        {view && <span>Phiên bản {version}</span>}
        {view?.authorName && <span>Người viết: {view.authorName}</span>}
        <span role="status" aria-live="polite" className={note?.kind === 'error' ? 'font-semibold text-red-800' : note?.kind === 'ok' ? 'text-green-800' : 'text-stone-700'}>
          {note?.text ?? (dirty ? 'Có thay đổi chưa lưu.' : '')}
        </span>
      </div>

      {view?.source === 'content' && (
        <p className="rounded border border-stone-400 bg-stone-100 p-3 text-sm">
          <strong>Lưu trong git.</strong> Bài này nằm trong thư mục <code>content/</code> của mã nguồn nên chỉ đọc ở đây; muốn sửa, hãy sửa tệp MDX và triển khai lại.
        </p>
      )}
      {view && view.source === 'db' && readOnly && (
        <p className="rounded border border-stone-400 bg-stone-100 p-3 text-sm">
          {view.status === 'review' ? 'Bài đang chờ biên tập viên duyệt nên bạn chưa sửa được.' : 'Bạn không sửa được bài này ở trạng thái hiện tại.'}
        </p>
      )}
      {view?.reviewComment && view.status === 'draft' && (
        <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm" data-testid="review-comment">
          <p className="font-semibold">Biên tập viên trả bài với nhận xét:</p>
          <p className="mt-1 whitespace-pre-line">{view.reviewComment}</p>
        </div>
      )}
      {view?.status === 'unpublished' && view.takedownReason && (
        <p className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-sm">
          <strong>Bài đã gỡ.</strong> Lý do: {view.takedownReason}
        </p>
      )}
      {isLive(view) && !readOnly && (
        <p className="rounded border-l-4 border-blue-700 bg-blue-50 p-3 text-sm">
          Bài đang {view?.status === 'scheduled' ? 'hẹn giờ đăng' : 'hiển thị với bạn đọc'}: thay đổi được tự lưu thành bản sửa riêng của bạn trên máy chủ, bạn đọc chưa thấy. Bấm “Cập nhật bài” để đăng thay đổi.
        </p>
      )}

      {localCopy && (
        <div className="rounded border-2 border-amber-600 bg-amber-50 p-3 text-sm" role="region" aria-label="Bản tạm chưa lưu">
          <p>
            {copyOnServer ? (
              <>
                Bạn còn một bản sửa <strong>chưa đăng</strong> của bài này (tự lưu lúc {formatVnShort(localCopy.savedAt)}). Bạn có muốn khôi phục để sửa tiếp không?
              </>
            ) : (
              <>
                Trình duyệt này còn giữ một bản <strong>chưa lưu</strong> của bài (lúc {formatVnShort(localCopy.savedAt)}). Bạn có muốn khôi phục không?
              </>
            )}
          </p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              onClick={() => {
                setFields(localCopy.fields);
                // Based on the version it was typed on: if the stored article moved on since, saving shows the conflict.
                setVersion(localCopy.baseVersion);
                setSlugTouched(true);
                setLocalCopy(null);
              }}
              className="rounded bg-amber-700 px-3 py-1.5 font-semibold text-white hover:bg-amber-800"
            >
              Khôi phục bản tạm
            </button>
            <button
              type="button"
              onClick={() => {
                clearLocalCopy(id);
                setLocalCopy(null);
                setPendingKey(null);
                // The server's pending copy goes too: it would be offered again on the next visit.
                if (serverCopy && id) void fetch(`${editorPaths.autosave}?id=${encodeURIComponent(id)}`, { method: 'DELETE', credentials: 'same-origin' });
              }}
              className="rounded border border-stone-500 bg-white px-3 py-1.5 font-semibold hover:bg-stone-100"
            >
              Bỏ bản tạm
            </button>
          </div>
        </div>
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

      {summary && (
        <div role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 text-sm" data-testid="form-errors">
          <p className="font-semibold text-red-900">{summary}</p>
          {(Object.keys(errors).length > 0 || problems.length > 0) && (
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(errors)
                .filter(([k]) => k !== 'body' || bodyIssues.length === 0)
                .map(([k, m]) => (
                  <li key={k}>
                    <a href={`#${k.replace(/\./g, '-')}`} className="underline">
                      {m}
                    </a>
                  </li>
                ))}
              {bodyIssues.map((i) => (
                <li key={i}>
                  <a href="#body" className="underline">
                    {i}
                  </a>
                </li>
              ))}
              {problems.map((p) => (
                <li key={`${p.where}-${p.line}-${p.src}`}>
                  <a href={p.where === 'cover' ? '#cover-alt' : '#body'} className="underline">
                    {p.message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

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
            <div>
              <label htmlFor="title" className="block font-semibold">
                Tiêu đề
              </label>
              <input id="title" name="title" value={fields.title} onChange={(e) => onTitle(e.target.value)} aria-invalid={err('title') ? true : undefined} aria-describedby={describe('title')} className={inputClass} />
              {fieldError('title')}
            </div>
            <div>
              <label htmlFor="slug" className="block font-semibold">
                Đường dẫn (slug)
              </label>
              <input
                id="slug"
                name="slug"
                value={fields.slug}
                readOnly={view?.slugLocked}
                onChange={(e) => {
                  setSlugTouched(true);
                  update('slug', e.target.value);
                }}
                aria-invalid={err('slug') ? true : undefined}
                aria-describedby={describe('slug', true)}
                className={`${inputClass} font-mono text-sm read-only:bg-stone-100`}
              />
              <p id="slug-help" className="mt-1 text-xs text-stone-700">
                {view?.slugLocked ? 'Bài đã đăng nên đường dẫn được giữ nguyên.' : 'Tự tạo từ tiêu đề (không dấu); có thể sửa trước khi đăng. Địa chỉ bài: /bai/' + (fields.slug || '…')}
              </p>
              {fieldError('slug')}
            </div>
            <div>
              <label htmlFor="summary" className="block font-semibold">
                Sapo
              </label>
              <textarea id="summary" name="summary" rows={3} value={fields.summary} onChange={(e) => update('summary', e.target.value)} aria-invalid={err('summary') ? true : undefined} aria-describedby={describe('summary')} className={inputClass} />
              {fieldError('summary')}
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <div>
                <label htmlFor="category" className="block font-semibold">
                  Chuyên mục
                </label>
                <select id="category" name="category" value={fields.category} onChange={(e) => update('category', e.target.value)} aria-invalid={err('category') ? true : undefined} aria-describedby={describe('category')} className={inputClass}>
                  {sections.map((s) => (
                    <option key={s.slug} value={s.slug}>
                      {s.name}
                    </option>
                  ))}
                </select>
                {fieldError('category')}
              </div>
              <div>
                <label htmlFor="dateline" className="block font-semibold">
                  Nơi đưa tin
                </label>
                <input id="dateline" name="dateline" value={fields.dateline} onChange={(e) => update('dateline', e.target.value)} placeholder="Quảng Nam" aria-describedby={describe('dateline')} className={inputClass} />
                {fieldError('dateline')}
              </div>
            </div>
            <div>
              <label htmlFor="tags" className="block font-semibold">
                Thẻ
              </label>
              <input id="tags" name="tags" value={fields.tags} onChange={(e) => update('tags', e.target.value)} aria-describedby={describe('tags', true)} className={inputClass} />
              <p id="tags-help" className="mt-1 text-xs text-stone-700">
                Cách nhau bằng dấu phẩy, ví dụ: Quốc phòng, Mặt trận Tổ quốc.
              </p>
              {fieldError('tags')}
            </div>
            <BylinesField value={fields.bylines} onChange={(b) => update('bylines', b)} disabled={readOnly} errors={errors} />
            <fieldset className="rounded border border-stone-300 p-3" aria-describedby="cover-help">
              <legend className="px-1 font-semibold">Ảnh bìa</legend>
              <p id="cover-help" className="text-xs text-stone-700">
                Chọn ảnh bìa ở khung “Ảnh của bài” (tải lên hoặc lấy từ thư viện), bấm “Đặt làm ảnh bìa”. Muốn đăng bài, ảnh cần có mô tả và tên người chụp.
              </p>
              <input type="hidden" name="cover.src" value={fields.cover.src} />
              {fields.cover.src ? (
                <div className="mt-2 flex flex-wrap items-start gap-3">
                  <CoverThumb src={fields.cover.src} />
                  {!readOnly && (
                    <button type="button" onClick={() => update('cover', { src: '', alt: '', caption: '', credit: '' })} className="rounded border border-stone-400 px-2 py-1 text-sm">
                      Bỏ ảnh bìa
                    </button>
                  )}
                </div>
              ) : (
                <p className="mt-2 text-sm text-stone-800">Bài chưa có ảnh bìa.</p>
              )}
              {fieldError('cover.src')}
              <div className="mt-2 grid gap-3 sm:grid-cols-2">
                {(
                  [
                    ['alt', 'Mô tả ảnh bìa cho người khiếm thị'],
                    ['caption', 'Chú thích ảnh bìa'],
                    ['credit', 'Người chụp ảnh bìa'],
                  ] as const
                ).map(([k, label]) => (
                  <div key={k}>
                    <label htmlFor={`cover-${k}`} className="block text-sm font-semibold">
                      {label}
                    </label>
                    <input
                      id={`cover-${k}`}
                      name={`cover.${k}`}
                      value={fields.cover[k]}
                      onChange={(e) => update('cover', { ...fields.cover, [k]: e.target.value })}
                      aria-invalid={err(`cover.${k}`) ? true : undefined}
                      aria-describedby={describe(`cover.${k}`)}
                      className={inputClass}
                    />
                    {fieldError(`cover.${k}`)}
                  </div>
                ))}
              </div>
            </fieldset>
            {!readOnly && <PhotoPanel onInsert={(mdx) => bodyInserter.current?.(mdx)} onSetCover={(c) => update('cover', c)} />}
            <BodyEditor value={fields.body} onChange={(b) => update('body', b)} disabled={readOnly} error={err('body')} issues={bodyIssues} inserterRef={bodyInserter} composingRef={composing} />
          </fieldset>

          {!readOnly && (
            <div className="space-y-3 rounded border border-stone-300 bg-white p-3">
              <div className="flex flex-wrap gap-2">
                <button type="submit" name="intent" value="save" disabled={busy} className="rounded bg-stone-800 px-4 py-2 font-semibold text-white hover:bg-stone-900 disabled:opacity-70">
                  {isLive(view) ? 'Cập nhật bài' : 'Lưu nháp'}
                </button>
                {canSubmit && (
                  <button type="submit" name="intent" value="submit" disabled={busy} className="rounded border-2 border-stone-800 bg-white px-4 py-2 font-semibold text-stone-900 hover:bg-stone-100 disabled:opacity-70">
                    Gửi duyệt
                  </button>
                )}
                {canPublish && (
                  <button type="submit" name="intent" value="publish" disabled={busy} className="rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70">
                    Đăng ngay
                  </button>
                )}
              </div>
              {canSchedule && (
                <div className="flex flex-wrap items-end gap-2">
                  <div>
                    <label htmlFor="publishAt" className="block text-sm font-semibold">
                      Giờ đăng (giờ Việt Nam, GMT+7)
                    </label>
                    <input
                      id="publishAt"
                      name="publishAt"
                      type="datetime-local"
                      value={publishAt}
                      onChange={(e) => setPublishAt(e.target.value)}
                      aria-invalid={err('publishAt') ? true : undefined}
                      aria-describedby={describe('publishAt')}
                      className="mt-1 block rounded border border-stone-400 bg-white px-2 py-1.5"
                    />
                    {fieldError('publishAt')}
                  </div>
                  <button type="submit" name="intent" value="schedule" disabled={busy} className="rounded border-2 border-[var(--color-brand)] bg-white px-4 py-2 font-semibold text-[var(--color-brand)] hover:bg-rose-50 disabled:opacity-70">
                    Hẹn giờ đăng
                  </button>
                </div>
              )}
              {pending && <p className="text-sm text-stone-700">Đang lưu…</p>}
            </div>
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
