/**
 * Who may do what to an article: one named rule per action. The data functions decide with
 * these; the editor pages only mirror them. The matrix: docs/editor.md; content/ articles are
 * changeable by no one.
 */
import type { ArticleSource, ArticleStatus, Role } from '@/lib/db/schema';

/** The person acting: the signed-in user (or a test's explicit actor). */
export type Actor = { id: string; role: Role };

/** What the rules need to know about an article. */
export type AccessArticle = {
  source: ArticleSource;
  status: ArticleStatus;
  authorId: string | null;
  /** ISO UTC; for a scheduled article, when it goes live. */
  publishedAt: string | null;
};

export const isEditorRole = (actor: Actor): boolean => actor.role === 'editor' || actor.role === 'admin';
const isOwner = (actor: Actor, a: AccessArticle): boolean => a.authorId !== null && a.authorId === actor.id;
const inDb = (a: AccessArticle): boolean => a.source === 'db';

/** Live: readers can see it now, or will at its scheduled time without anyone acting. */
export function isLive(a: Pick<AccessArticle, 'status'>): boolean {
  return a.status === 'published' || a.status === 'scheduled';
}

/** Readers can see it right now (the same rule as isPublic in ./queries.ts). */
export function isPublicNow(a: Pick<AccessArticle, 'status' | 'publishedAt'>, now: string): boolean {
  return isLive(a) && a.publishedAt !== null && a.publishedAt <= now;
}

/**
 * The status people read: a scheduled article whose time has come is "published" (readers see it;
 * the row keeps `scheduled` until someone acts on it). The dashboard's SQL mirrors it (./dashboard.ts).
 */
export function shownStatus(a: Pick<AccessArticle, 'status' | 'publishedAt'>, now: string): ArticleStatus {
  return a.status === 'scheduled' && isPublicNow(a, now) ? 'published' : a.status;
}

export function canView(actor: Actor, a: AccessArticle): boolean {
  return a.source === 'content' || isEditorRole(actor) || isOwner(actor, a);
}

export function canCreate(actor: Actor): boolean {
  return actor.role === 'reporter' || isEditorRole(actor);
}

export function canEdit(actor: Actor, a: AccessArticle): boolean {
  if (!inDb(a)) return false;
  if (isEditorRole(actor)) return true;
  return isOwner(actor, a) && a.status === 'draft';
}

export function canSubmit(actor: Actor, a: AccessArticle): boolean {
  return inDb(a) && a.status === 'draft' && (isEditorRole(actor) || isOwner(actor, a));
}

export function canReturn(actor: Actor, a: AccessArticle): boolean {
  return inDb(a) && isEditorRole(actor) && (a.status === 'review' || a.status === 'scheduled') && a.authorId !== null;
}

export function canPublish(actor: Actor, a: AccessArticle): boolean {
  return inDb(a) && isEditorRole(actor) && a.status !== 'published';
}

export function canSchedule(actor: Actor, a: AccessArticle): boolean {
  return inDb(a) && isEditorRole(actor) && a.status !== 'published';
}

export function canUnpublish(actor: Actor, a: AccessArticle): boolean {
  return inDb(a) && isEditorRole(actor) && isLive(a);
}

export function canCorrect(actor: Actor, a: AccessArticle, now: string): boolean {
  return inDb(a) && isEditorRole(actor) && isPublicNow(a, now);
}

/** Restore an old revision. Into the article (a draft), or for a live article into the person's pending copy (never to readers). */
export function canRestore(actor: Actor, a: AccessArticle): boolean {
  return canEdit(actor, a);
}

export type ArticleRights = {
  view: boolean;
  edit: boolean;
  submit: boolean;
  return: boolean;
  publish: boolean;
  schedule: boolean;
  unpublish: boolean;
  correct: boolean;
  restore: boolean;
};

/** Every right at once, for a page deciding what to show. */
export function rightsFor(actor: Actor, a: AccessArticle, now: string): ArticleRights {
  return {
    view: canView(actor, a),
    edit: canEdit(actor, a),
    submit: canSubmit(actor, a),
    return: canReturn(actor, a),
    publish: canPublish(actor, a),
    schedule: canSchedule(actor, a),
    unpublish: canUnpublish(actor, a),
    correct: canCorrect(actor, a, now),
    restore: canRestore(actor, a),
  };
}

/** The slug is frozen once the article has been in front of readers. */
export function isSlugLocked(firstPublishedAt: string | null, now: string): boolean {
  return firstPublishedAt !== null && firstPublishedAt <= now;
}
