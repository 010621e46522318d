/**
 * Database types. The same tables and queries run on SQLite and PostgreSQL, so
 * columns use the types both share: text (ISO-8601 UTC instants, JSON), integer
 * (booleans as 0/1) and text ids (UUIDs or content hashes).
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export type ArticleStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished';
export type ArticleSource = 'content' | 'db';
export type Role = 'reporter' | 'editor' | 'admin';

export interface ArticlesTable {
  id: string;
  slug: string;
  source: ArticleSource;
  /** sha256 of the content file (source = content), to skip unchanged files at start-up. */
  content_hash: string | null;
  title: string;
  summary: string;
  body: string;
  category: string;
  /** JSON: string[] of tag names as written */
  tags: string;
  /** JSON: { name, role }[] */
  bylines: string;
  /** JSON: { src, alt, caption, credit, width?, height? } | null */
  cover: string | null;
  dateline: string | null;
  status: ArticleStatus;
  /** ISO UTC instant; for scheduled articles the time they go live. */
  published_at: string | null;
  updated_at: string;
  created_at: string;
  author_id: string | null;
  /** Optimistic concurrency: bumped on every save. */
  version: number;
  sample: number;
  reading_minutes: number;
  /** Folded plain text of title, summary, body, tags and bylines, for search. */
  search_text: string;
  /** Editor's comment when returning an article to its reporter. */
  review_comment: string | null;
  /** Reason given when unpublished. */
  takedown_reason: string | null;
  /** When it first was (or, scheduled, will be) public; the slug is frozen from then on (migration 201-editor). */
  first_published_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ArticleTagsTable {
  article_id: string;
  tag_slug: string;
  tag_name: string;
}

export interface ArticleBylinesTable {
  article_id: string;
  author_slug: string;
  name: string;
  role: string;
  position: number;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: Role;
  active: number;
  /** Bumped on role change, deactivation and password change: older sessions stop working at once. */
  session_version: number;
  created_at: string;
  updated_at: string;
  /** Two-step sign-in (migration 702, lib/users/two-step.ts). */
  totp_pending_secret: Nullable<string>;
  totp_secret: Nullable<string>;
  totp_enabled_at: Nullable<string>;
  totp_last_step: Nullable<number>;
}

/** A nullable column a new row may leave out. */
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface RevisionsTable {
  id: string;
  article_id: string;
  version: number;
  /** JSON snapshot of the editable fields */
  data: string;
  user_id: string | null;
  note: string | null;
  created_at: string;
}

export interface CorrectionsTable {
  id: string;
  article_id: string;
  text: string;
  user_id: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  user_id: string | null;
  action: string;
  target: string | null;
  detail: string | null;
  ip: string | null;
}

export interface LoginAttemptsTable {
  /** "acct:{email}" or "ip:{address}" */
  key: string;
  failures: number;
  window_start: string;
  locked_until: string | null;
}

export interface MediaTable {
  /** sha256 of the re-encoded master (content hash): the same photo is stored once. */
  id: string;
  original_key: string;
  mime: string;
  width: number;
  height: number;
  /** JSON: { width, format, key, bytes }[] */
  variants: string;
  /** data: URL of a tiny blurred placeholder */
  blur: string;
  alt: string;
  caption: string;
  credit: string;
  /** Folded caption + credit + alt, for accent-insensitive search. */
  search_text: string;
  uploader_id: string | null;
  /** 'upload' or 'content' (photos of content/ articles) */
  origin: string;
  bytes: number;
  created_at: string;
}

export interface ArticleMediaTable {
  article_id: string;
  media_id: string;
}

export interface PageViewsTable {
  article_id: string;
  /** Hour bucket, ISO UTC "2026-11-28T22" */
  hour: string;
  views: number;
}

/** Readers counted today, shared by every instance (lib/views/count-view.ts); past days are deleted. */
export interface ViewReadersTable {
  /** The day in Vietnam, "2026-11-28". */
  day: string;
  article_id: string;
  /** Salted hash of address + user agent; the salt is the day's, in view_salts. */
  reader: string;
}

export interface ViewSaltsTable {
  day: string;
  salt: string;
}

export interface AppStateTable {
  key: string;
  value: string;
}

/** A person's unfinished edit of a live article (migration 601-pending-edits). */
export interface ArticlePendingEditsTable {
  article_id: string;
  user_id: string;
  /** The article version the edit was typed on. */
  base_version: number;
  /** ArticleFields as JSON. */
  data: string;
  saved_at: string;
}

/** One row per sign-in; the session cookie names it (lib/users/sessions.ts). */
export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/** Single-use codes for signing in without the phone (lib/users/two-step.ts). */
export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

/** A section of the menu (migration 820-sections, lib/sections). */
export interface SectionsTable {
  slug: string;
  name: string;
  description: string;
  position: number;
  /** A top-level section's slug for a chuyên mục con; null for a top-level section. */
  parent_slug: string | null;
  created_at: string;
  updated_at: string;
}

/** A renamed section's old slug and the slug it answers 301 to (migration 820-sections). */
export interface SectionRedirectsTable {
  old_slug: string;
  new_slug: string;
  created_at: string;
}

/** A pinned story on the front page (migration 800-frontpage, lib/frontpage). */
export interface FrontPinsTable {
  slot: 'lead' | 'featured' | 'section';
  /** '' except for a section's top story. */
  section: string;
  position: number;
  article_id: string;
  expires_at: string | null;
  pinned_by: string | null;
  pinned_at: string;
}

/** The one breaking-news banner, while raised (migration 800-frontpage). */
export interface BreakingBannerTable {
  id: string;
  text: string;
  article_id: string;
  expires_at: string | null;
  raised_by: string | null;
  raised_at: string;
}

/** Live coverage of an article (migration 810-live, lib/live/). */
export interface LiveCoverageTable {
  article_id: string;
  started_at: string;
  started_by: string | null;
  /** Set when closed; a closed coverage is frozen. */
  ended_at: string | null;
  ended_by: string | null;
}

export type LiveEntryKind = 'text' | 'photo' | 'quote';

export interface LiveEntriesTable {
  id: string;
  article_id: string;
  /** When it was posted (ISO UTC); readers see entries newest first by it. */
  at: string;
  author_id: string | null;
  /** The signed-in person's name at the time of posting. */
  author_name: string;
  kind: LiveEntryKind;
  /** Plain text (the text, the photo's note, or the quote). */
  body: string;
  media_id: string | null;
  caption: string | null;
  credit: string | null;
  quote_author: string | null;
  edited_at: string | null;
  /** Soft delete: hidden from readers, kept for the history. */
  deleted_at: string | null;
}

/** Who has an article open in the editor, by tab (migration 902-article-presence, lib/articles/presence.ts). */
export interface ArticlePresenceTable {
  article_id: string;
  user_id: string;
  /** A random id per browser tab, made by the editor page. */
  tab_id: string;
  started_at: string;
  heartbeat_at: string;
  /** Set when the tab closed (it let go); the row stays to tell a displaced tab who took over. */
  released_at: string | null;
  /** The person and tab a take-over displaced, until that tab has been told. */
  taken_from_user_id: string | null;
  taken_from_tab_id: string | null;
  taken_at: string | null;
}

export interface Database {
  articles: ArticlesTable;
  article_tags: ArticleTagsTable;
  article_bylines: ArticleBylinesTable;
  users: UsersTable;
  revisions: RevisionsTable;
  corrections: CorrectionsTable;
  audit_log: AuditLogTable;
  login_attempts: LoginAttemptsTable;
  media: MediaTable;
  article_media: ArticleMediaTable;
  page_views: PageViewsTable;
  view_readers: ViewReadersTable;
  view_salts: ViewSaltsTable;
  app_state: AppStateTable;
  article_pending_edits: ArticlePendingEditsTable;
  sessions: SessionsTable;
  recovery_codes: RecoveryCodesTable;
  front_pins: FrontPinsTable;
  breaking_banner: BreakingBannerTable;
  live_coverage: LiveCoverageTable;
  live_entries: LiveEntriesTable;
  sections: SectionsTable;
  section_redirects: SectionRedirectsTable;
  article_presence: ArticlePresenceTable;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type UserRow = Selectable<UsersTable>;
export type MediaRow = Selectable<MediaTable>;
// Re-exported so migration files need only this module for types.
export type { ColumnType, Generated };
