import type { EditorFormState } from '@/lib/actions/article-form-state';
import type { FormFields } from './editor-form-model';

/**
 * A new article's page keeps its React tree when its first save rewrites the address to
 * /editor/bai/<id>; the next action that refreshes the page (a publish, a schedule) then renders
 * the [id] page in its place: a new editor instance, which never sees that action's answer. The
 * old instance hands the answer, and what was typed meanwhile, to the new one here.
 */
export type SaveHandoff = { id: string; result: EditorFormState; sentKey: string | null; fields: FormFields; at: number };

/** A handoff older than this is from another visit, not this round trip. */
const FRESH_MS = 30_000;
let waiting: SaveHandoff | null = null;
const listeners = new Map<string, (h: SaveHandoff) => void>();

/** Called by the new-article editor with each answer, before React may replace it. */
export function leaveHandoff(h: Omit<SaveHandoff, 'at'>): void {
  const full = { ...h, at: Date.now() };
  const listener = listeners.get(h.id);
  if (listener) listener(full);
  else waiting = full;
}

/** Called when the old editor applied the answer itself (it was not replaced): nothing to hand over. */
export function dropHandoff(result: EditorFormState): void {
  if (waiting?.result === result) waiting = null;
}

/** The editor of article `id`, on mounting: take an answer handed over (now or when it arrives). Returns the unsubscribe. */
export function takeHandoff(id: string | null, onHandoff: (h: SaveHandoff) => void): () => void {
  if (id === null) return () => {};
  if (waiting && waiting.id === id && Date.now() - waiting.at < FRESH_MS) {
    const h = waiting;
    waiting = null;
    onHandoff(h);
  }
  listeners.set(id, onHandoff);
  return () => {
    if (listeners.get(id) === onHandoff) listeners.delete(id);
  };
}
