/**
 * Who may do what to live coverage (the rights matrix: docs/live.md). Reporters and editors
 * cover an event together, so any of them may add entries to an open coverage; a reporter
 * changes or removes only their own entries, an editor any. Starting and closing belong to
 * the article's editors and its own reporter. A closed coverage is frozen for everyone.
 */
import { type Actor, isEditorRole } from '@/lib/articles/access';
import type { ArticleSource } from '@/lib/db/schema';

export type LiveArticle = { source: ArticleSource; authorId: string | null };
export type LiveState = { endedAt: string | null } | null;
export type LiveEntryOwner = { authorId: string | null };

const writer = (actor: Actor) => actor.role === 'reporter' || isEditorRole(actor);
const ownsArticle = (actor: Actor, a: LiveArticle) => a.authorId !== null && a.authorId === actor.id;
const open = (c: LiveState): boolean => c !== null && c.endedAt === null;

/** Start coverage: a bulletin (never a content/ file, which is read-only), not yet covered. */
export function canStartLive(actor: Actor, a: LiveArticle, c: LiveState): boolean {
  return a.source === 'db' && c === null && (isEditorRole(actor) || ownsArticle(actor, a));
}

export function canCloseLive(actor: Actor, a: LiveArticle, c: LiveState): boolean {
  return open(c) && (isEditorRole(actor) || ownsArticle(actor, a));
}

export function canAddEntry(actor: Actor, c: LiveState): boolean {
  return open(c) && writer(actor);
}

/** Edit or remove one entry. */
export function canChangeEntry(actor: Actor, c: LiveState, e: LiveEntryOwner): boolean {
  return open(c) && (isEditorRole(actor) || (writer(actor) && e.authorId !== null && e.authorId === actor.id));
}
