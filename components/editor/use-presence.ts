import { useCallback, useEffect, useRef, useState } from 'react';
import { editorConfig, editorPaths } from '@/lib/config/site';
import type { PresenceAnswer } from '@/lib/articles/presence';

/** What this tab knows about who is editing the article (docs/editor.md, "Someone else is editing"). */
export type PresenceView =
  /** Nothing to show: a new article, no right to edit, or no answer yet. */
  | { kind: 'idle' }
  /** This tab holds it. outdated: a newer version was saved while it did not. */
  | { kind: 'holding'; outdated: number | null }
  /** Another tab holds it: someone else's (read-only here), or this person's own elsewhere (a warning only). */
  | { kind: 'other'; name: string; self: boolean; since: string }
  | { kind: 'taken'; name: string; at: string };

export type Presence = { view: PresenceView; blocked: boolean; busy: boolean; takeOver: () => void };

const TAB_KEY = 'bantin:tab';

/**
 * The tab's id: kept in sessionStorage across a reload (written back on pagehide) but taken out
 * while the page is open, so that a duplicated tab gets an id of its own.
 */
function claimTabId(): string {
  const kept = sessionStorage.getItem(TAB_KEY);
  sessionStorage.removeItem(TAB_KEY);
  return kept && /^[A-Za-z0-9-]{8,64}$/.test(kept) ? kept : crypto.randomUUID();
}

type Intent = 'arrive' | 'beat' | 'take' | 'release';

const body = (id: string, tab: string, intent: Intent) => new URLSearchParams({ id, tab, intent });

/**
 * Heartbeat for an article this person may edit: every presenceHeartbeatMs, at once when the
 * tab becomes visible again, and a release by sendBeacon on pagehide. A tab that was taken over
 * stops beating until its person takes the article back.
 */
export function usePresence(id: string | null, version: number): Presence {
  const [view, setView] = useState<PresenceView>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const tab = useRef<string | null>(null);
  const current = useRef<PresenceView>(view);
  const versionRef = useRef(version);
  versionRef.current = version;
  /** Whether this tab ever held the article (then it may hold typed text: never reload it). */
  const everHeld = useRef(false);

  const show = useCallback((next: PresenceView) => {
    current.current = next;
    setView(next);
  }, []);

  const apply = useCallback(
    (answer: PresenceAnswer) => {
      if (answer.state !== 'holding') return show(answer.state === 'other' ? { kind: 'other', name: answer.name, self: answer.self, since: answer.since } : { kind: 'taken', name: answer.name, at: answer.at });
      const wasBlocked = current.current.kind === 'other' || current.current.kind === 'taken';
      const newer = wasBlocked && answer.version !== versionRef.current ? answer.version : null;
      // Read-only until now, so nothing was typed here: open the version saved meanwhile.
      if (newer !== null && !everHeld.current) return window.location.reload();
      everHeld.current = true;
      show({ kind: 'holding', outdated: current.current.kind === 'holding' ? current.current.outdated : newer });
    },
    [show],
  );

  const send = useCallback(
    async (intent: Exclude<Intent, 'release'>) => {
      if (!id || !tab.current) return;
      try {
        const res = await fetch(editorPaths.presence, { method: 'POST', body: body(id, tab.current, intent), credentials: 'same-origin' });
        // Signed out, or no longer allowed to edit: the page's own rules decide what is shown.
        if (res.status === 401 || res.status === 403 || res.status === 404) return show({ kind: 'idle' });
        if (res.ok) apply((await res.json()) as PresenceAnswer);
      } catch {
        // Offline: keep what we knew; the next beat tries again.
      }
    },
    [id, apply, show],
  );

  useEffect(() => {
    if (!id) return;
    tab.current ??= claimTabId();
    const beat = () => {
      if (current.current.kind !== 'taken') void send('beat');
    };
    void send('arrive');
    const timer = setInterval(beat, editorConfig.presenceHeartbeatMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') beat();
    };
    const onPageHide = () => {
      if (!tab.current) return;
      sessionStorage.setItem(TAB_KEY, tab.current);
      if (current.current.kind === 'holding') navigator.sendBeacon(editorPaths.presence, body(id, tab.current, 'release'));
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the editor inside the app (a link): let go now, not after the stale window.
      if (tab.current && current.current.kind === 'holding') void fetch(editorPaths.presence, { method: 'POST', body: body(id, tab.current, 'release'), keepalive: true, credentials: 'same-origin' }).catch(() => undefined);
    };
  }, [id, send]);

  const takeOver = useCallback(() => {
    setBusy(true);
    void send('take').finally(() => setBusy(false));
  }, [send]);

  // The same person's other tab only warns: they know both are theirs, and the version check stops a lost update.
  return { view, blocked: view.kind === 'taken' || (view.kind === 'other' && !view.self), busy, takeOver };
}
