/**
 * Reads for the editor area: one article as the editor form needs it, and
 * revisions (the dashboard's list: ./dashboard.ts). Every read takes the actor and returns only
 * what that person may see (see ./access.ts); these are not cached
 * (the editor area is dynamic).
 */
import type { Kysely } from 'kysely';
import { toVnLocalInput } from '@/lib/text/vietnamese';
import { db } from '@/lib/db';
import type { ArticleRow, ArticleSource, ArticleStatus, Database } from '@/lib/db/schema';
import {
  type ArticleFields,
  type ArticleImage,
  type Byline,
  articleStatuses,
  bylineRoles,
} from '@/lib/validations/article';
import { type AccessArticle, type Actor, type ArticleRights, canView, isSlugLocked, rightsFor } from './access';
import type { Correction } from './types';
import { parseJson } from '@/lib/db/json';

/** What a revision keeps: the editable fields and the workflow state at that moment. */
export type RevisionSnapshot = ArticleFields & { status: ArticleStatus; publishedAt: string | null };

export type EditorArticle = ArticleFields &
  AccessArticle & {
    id: string;
    source: ArticleSource;
    firstPublishedAt: string | null;
    updatedAt: string;
    createdAt: string;
    authorName: string | null;
    version: number;
    reviewComment: string | null;
    takedownReason: string | null;
    corrections: Correction[];
  };

export type RevisionEntry = {
  id: string;
  version: number;
  note: string | null;
  createdAt: string;
  userId: string | null;
  userName: string | null;
  data: RevisionSnapshot;
};

type Conn = Kysely<Database>;

/** The editable fields of a row. */
export function rowFields(row: Pick<ArticleRow, 'slug' | 'title' | 'summary' | 'body' | 'category' | 'tags' | 'bylines' | 'cover' | 'dateline'>): ArticleFields {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    category: row.category as ArticleFields['category'],
    tags: parseJson<string[]>(row.tags, []),
    bylines: parseJson<Byline[]>(row.bylines, []),
    cover: parseJson<ArticleImage | null>(row.cover, null),
    dateline: row.dateline,
  };
}

export function snapshotOf(fields: ArticleFields, status: ArticleStatus, publishedAt: string | null): RevisionSnapshot {
  const { slug, title, summary, body, category, tags, bylines, cover, dateline } = fields;
  return { slug, title, summary, body, category, tags, bylines, cover, dateline, status, publishedAt };
}

/** A stored snapshot, read defensively (old or hand-edited rows still show). */
export function parseSnapshot(text: string): RevisionSnapshot {
  const raw = parseJson<Partial<RevisionSnapshot>>(text, {});
  return {
    slug: String(raw.slug ?? ''),
    title: String(raw.title ?? ''),
    summary: String(raw.summary ?? ''),
    body: String(raw.body ?? ''),
    category: (raw.category ?? '') as ArticleFields['category'],
    tags: Array.isArray(raw.tags) ? raw.tags.map(String) : [],
    bylines: Array.isArray(raw.bylines)
      ? raw.bylines.map((b) => ({ name: String(b?.name ?? ''), role: (bylineRoles as readonly string[]).includes(String(b?.role)) ? b.role : 'reporter' }))
      : [],
    cover: raw.cover && typeof raw.cover === 'object' ? (raw.cover as ArticleImage) : null,
    dateline: raw.dateline ?? null,
    status: (articleStatuses as readonly string[]).includes(String(raw.status)) ? (raw.status as ArticleStatus) : 'draft',
    publishedAt: raw.publishedAt ?? null,
  };
}

export async function loadArticleRow(conn: Conn, id: string): Promise<(ArticleRow & { author_name: string | null }) | undefined> {
  return conn
    .selectFrom('articles')
    .leftJoin('users', 'users.id', 'articles.author_id')
    .selectAll('articles')
    .select('users.name as author_name')
    .where('articles.id', '=', id)
    .executeTakeFirst();
}

/**
 * When the article first was (or, scheduled, will be) public. Rows written
 * before migration 201 or by other paths (a published row without the
 * column set) count from their publication time.
 */
export function firstPublicAt(row: Pick<ArticleRow, 'first_published_at' | 'status' | 'published_at'>): string | null {
  return row.first_published_at ?? (row.status === 'published' ? row.published_at : null);
}

export function toEditorArticle(row: ArticleRow & { author_name: string | null }, corrections: Correction[] = []): EditorArticle {
  return {
    ...rowFields(row),
    id: row.id,
    source: row.source,
    status: row.status,
    authorId: row.author_id,
    authorName: row.author_name,
    publishedAt: row.published_at,
    firstPublishedAt: firstPublicAt(row),
    updatedAt: row.updated_at,
    createdAt: row.created_at,
    version: row.version,
    reviewComment: row.review_comment,
    takedownReason: row.takedown_reason,
    corrections,
  };
}

/** One article for the editor, or null when it does not exist or this person may not see it. */
export async function getEditorArticle(actor: Actor, id: string): Promise<EditorArticle | null> {
  const conn = await db();
  const row = await loadArticleRow(conn, id);
  if (!row) return null;
  const article = toEditorArticle(row);
  if (!canView(actor, article)) return null;
  const corrections = await conn
    .selectFrom('corrections')
    .select(['id', 'text', 'created_at'])
    .where('article_id', '=', id)
    .orderBy('created_at', 'asc')
    .execute();
  article.corrections = corrections.map((c) => ({ id: c.id, text: c.text, createdAt: c.created_at }));
  return article;
}

function revisionQuery(conn: Conn, articleId: string) {
  return conn
    .selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.user_id')
    .select(['revisions.id', 'revisions.version', 'revisions.note', 'revisions.created_at', 'revisions.user_id', 'revisions.data', 'users.name as user_name'])
    .where('revisions.article_id', '=', articleId);
}

function toRevisionEntry(r: { id: string; version: number; note: string | null; created_at: string; user_id: string | null; data: string; user_name: string | null }): RevisionEntry {
  return { id: r.id, version: r.version, note: r.note, createdAt: r.created_at, userId: r.user_id, userName: r.user_name, data: parseSnapshot(r.data) };
}

/** Revisions of an article, newest first; null when the article is not visible to this person. */
export async function getRevisions(actor: Actor, articleId: string): Promise<RevisionEntry[] | null> {
  const article = await getEditorArticle(actor, articleId);
  if (!article) return null;
  const conn = await db();
  const rows = await revisionQuery(conn, articleId).orderBy('revisions.version', 'desc').orderBy('revisions.created_at', 'desc').execute();
  return rows.map(toRevisionEntry);
}

/** One revision of an article this person may see. */
export async function getRevision(actor: Actor, articleId: string, revisionId: string): Promise<RevisionEntry | null> {
  const article = await getEditorArticle(actor, articleId);
  if (!article) return null;
  const conn = await db();
  const row = await revisionQuery(conn, articleId).where('revisions.id', '=', revisionId).executeTakeFirst();
  return row ? toRevisionEntry(row) : null;
}

/** Who saved the latest revision, for the conflict screen ("saved by X at …"). */
export async function latestRevisionMeta(conn: Conn, articleId: string): Promise<{ userName: string | null; createdAt: string } | null> {
  const row = await conn
    .selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.user_id')
    .select(['users.name as user_name', 'revisions.created_at'])
    .where('revisions.article_id', '=', articleId)
    .orderBy('revisions.version', 'desc')
    .orderBy('revisions.created_at', 'desc')
    .executeTakeFirst();
  return row ? { userName: row.user_name, createdAt: row.created_at } : null;
}

/** What the editor page's client component gets: the article, what this person may do with it, whether its slug is frozen. */
export type EditorView = EditorArticle & { rights: ArticleRights; slugLocked: boolean };

export function editorView(actor: Actor, article: EditorArticle, now: string = new Date().toISOString()): EditorView {
  return { ...article, rights: rightsFor(actor, article, now), slugLocked: isSlugLocked(article.firstPublishedAt, now) };
}

/** A revision's note as people read it. */
export function revisionNoteLabel(note: string | null): string {
  if (!note) return 'Lưu';
  const restore = /^restore:(\d+)$/.exec(note);
  if (restore) return `Khôi phục từ phiên bản ${restore[1]}`;
  const labels: Record<string, string> = {
    create: 'Tạo bài',
    save: 'Lưu',
    autosave: 'Tự động lưu',
    submit: 'Gửi duyệt',
    return: 'Trả bài cho phóng viên',
    publish: 'Đăng bài',
    schedule: 'Hẹn giờ đăng',
    'go-live': 'Tự động đăng đúng giờ hẹn',
    unpublish: 'Gỡ bài',
  };
  return labels[note] ?? note;
}

/** The schedule input's starting value: the scheduled time, or the next full hour, on a Vietnamese clock. */
export function defaultPublishAt(scheduledAt: string | null, now: Date = new Date()): string {
  if (scheduledAt) return toVnLocalInput(scheduledAt);
  const next = new Date(Math.ceil((now.getTime() + 60_000) / 3600_000) * 3600_000);
  return toVnLocalInput(next);
}
