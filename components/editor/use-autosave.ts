import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { EditorFormState } from '@/lib/actions/article-form-state';
import { editorConfig, editorPaths } from '@/lib/config/site';
import { type FormFields, appendFormFields, writeLocalCopy } from './editor-form-model';

export type SaveNote = { kind: 'ok' | 'info' | 'error'; text: string };

/** The form as timers and page-leave handlers must see it (a ref: they outlive renders). */
export type LatestForm = {
  fields: FormFields;
  version: number;
  id: string | null;
  canAutosave: boolean;
  dirty: boolean;
  pending: boolean;
  key: string;
  pendingKey: string | null;
};

type Options = {
  latest: RefObject<LatestForm>;
  /** True while an input method composes a syllable. */
  composing: RefObject<boolean>;
  apply: (result: EditorFormState, sentKey: string | null, auto: boolean) => void;
  setNote: (note: SaveNote) => void;
  id: string | null;
  fields: FormFields;
  version: number;
  key: string;
  dirty: boolean;
  readOnly: boolean;
  canAutosave: boolean;
};

/**
 * Autosave: a local copy at once, the server a few seconds after typing stops, and on leaving
 * (hidden tab: keepalive fetch; closing: sendBeacon). Returns whether an autosave is in flight.
 */
export function useAutosave({ latest, composing, apply, setNote, id, fields, version, key, dirty, readOnly, canAutosave }: Options): boolean {
  const [autosaving, setAutosaving] = useState(false);
  const inFlight = useRef(false);

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

  return autosaving;
}
