'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveCoverageJson, LiveEntryJson } from '@/lib/live/json';
import { formatVnDateTime } from '@/lib/text/vietnamese';
import { LiveEntryView } from './live-entry-view';

/** How often an open page asks for new entries (a cached endpoint: a cache hit per poll). */
export const LIVE_POLL_MS = 15_000;

const newestFirst = (a: LiveEntryJson, b: LiveEntryJson) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1);

/**
 * The entries of a live article, newest first. While the coverage is open it polls the
 * article's live JSON; new entries wait behind a "N cập nhật mới" button so the page never
 * moves under the reader; edits and removals of shown entries apply in place. Polling stops
 * once the coverage is closed (and while the tab is hidden).
 */
export function LiveBlog({ initial, pollMs = LIVE_POLL_MS }: { initial: LiveCoverageJson; pollMs?: number }) {
  const [shown, setShown] = useState(initial.entries);
  const [waiting, setWaiting] = useState<LiveEntryJson[]>([]);
  const [status, setStatus] = useState(initial.status);
  const [endTime, setEndTime] = useState(initial.coverageEndTime);
  const firstNew = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  }, [shown]);

  const poll = useCallback(async () => {
    if (document.visibilityState === 'hidden') return;
    try {
      const res = await fetch(initial.url, { cache: 'no-cache', headers: { Accept: 'application/json' } });
      if (!res.ok) return;
      const data = (await res.json()) as LiveCoverageJson;
      const byId = new Map(data.entries.map((e) => [e.id, e]));
      const ids = new Set(shownRef.current.map((e) => e.id));
      setWaiting(data.entries.filter((e) => !ids.has(e.id)));
      setShown((prev) => prev.flatMap((e) => (byId.has(e.id) ? [byId.get(e.id)!] : [])));
      setStatus(data.status);
      setEndTime(data.coverageEndTime);
    } catch {
      // Offline for a moment: the next poll tries again.
    }
  }, [initial.url]);

  useEffect(() => {
    if (status === 'closed') return;
    const timer = window.setInterval(poll, pollMs);
    return () => window.clearInterval(timer);
  }, [poll, pollMs, status]);

  useEffect(() => {
    if (!firstNew.current) return;
    listRef.current?.querySelector<HTMLElement>(`[data-entry="${firstNew.current}"]`)?.focus();
    firstNew.current = null;
  }, [shown]);

  const showWaiting = () => {
    firstNew.current = waiting.slice().sort(newestFirst)[0]?.id ?? null;
    setShown((prev) => [...waiting, ...prev].sort(newestFirst));
    setWaiting([]);
  };

  return (
    <section aria-labelledby="truc-tiep" className="live-blog mt-6 border-t-2 border-[var(--color-brand)] pt-3">
      <h2 id="truc-tiep" className="flex flex-wrap items-center gap-2 text-lg font-bold text-stone-950">
        {status === 'open' ? (
          <span className="rounded bg-red-700 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-white">Trực tiếp</span>
        ) : null}
        Tường thuật trực tiếp
      </h2>
      {status === 'closed' && endTime && <p className="mt-1 text-sm text-stone-700">Đã kết thúc lúc {formatVnDateTime(endTime)}.</p>}
      <div aria-live="polite" className="sticky top-2 z-10 mt-3 flex justify-center">
        {waiting.length > 0 && (
          <button type="button" onClick={showWaiting} className="rounded-full bg-[var(--color-brand)] px-4 py-2 text-sm font-semibold text-white shadow">
            {waiting.length} cập nhật mới
          </button>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="mt-3 text-stone-700">Chưa có cập nhật nào.</p>
      ) : (
        <ol ref={listRef} className="mt-3 space-y-5" aria-label="Các cập nhật, mới nhất trước">
          {shown.map((e) => (
            <li key={e.id} id={`cap-nhat-${e.id}`} data-entry={e.id} tabIndex={-1} className="border-l-2 border-stone-300 pl-3 outline-offset-2">
              <LiveEntryView entry={e} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
