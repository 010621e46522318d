/**
 * Writes of the editor workflow (save, submit, return, publish, schedule, unpublish, correct,
 * restore): each checks ./access.ts itself in one write transaction, versions with a
 * compare-and-set, writes a revision and the audit line. Why: docs/architecture.md, "Workflow".
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { editorConfig } from '@/lib/config/site';
import { withWriteTransaction, db as getDb } from '@/lib/db';
import type { ArticleRow, ArticleStatus, Database } from '@/lib/db/schema';
import { formatMdxIssues, validateMdx } from '@/lib/mdx/validate-mdx';
import { type ArticleFields, articleFieldsSchema, articleFormErrors, workflowNoteSchema } from '@/lib/validations/article';
import { type PublishProblem, checkPublishReadiness } from '@/lib/validations/publish-readiness';
import {
  type AccessArticle,
  type Actor,
  canCorrect,
  canCreate,
  canEdit,
  canPublish,
  canRestore,
  canReturn,
  canSchedule,
  canSubmit,
  canUnpublish,
  isLive,
  isSlugLocked,
} from './access';
import { writeIndexRecord } from './index-writer';
import { writeAudit } from '@/lib/audit/log';
import { writePendingEdit } from './pending-edits';
import { type TaggedArticle, taggedOf, taggedOfFields } from '@/lib/cache/tags';
import {
  type EditorArticle,
  type RevisionSnapshot,
  latestRevisionMeta,
  firstPublicAt,
  loadArticleRow,
  parseSnapshot,
  rowFields,
  snapshotOf,
  toEditorArticle,
} from './editor-reads';

type Tx = Kysely<Database>;
type Row = ArticleRow & { author_name: string | null };

export type ConflictInfo = {
  /** The version now stored. */
  version: number;
  /** The article as now stored ("theirs"). */
  snapshot: RevisionSnapshot;
  savedBy: string | null;
  savedAt: string;
};

export type FailureCode =
  | 'not-found'
  | 'forbidden'
  | 'conflict'
  | 'invalid'
  | 'invalid-body'
  | 'slug-taken'
  | 'slug-locked'
  | 'not-ready'
  | 'bad-state'
  | 'bad-time';

export type WorkflowFailure = {
  ok: false;
  code: FailureCode;
  /** In Vietnamese, ready to show. */
  message: string;
  /** Form field name → message (invalid). */
  fieldErrors?: Record<string, string>;
  /** "Dòng N: …" lines (invalid-body). */
  issues?: string[];
  /** What stops publishing (not-ready). */
  problems?: PublishProblem[];
  conflict?: ConflictInfo;
};

export type WorkflowSuccess = {
  ok: true;
  article: EditorArticle;
  /** The article's public footprint before and after, for revalidateArticle. Empty when no reader could see a difference. */
  revalidate: TaggedArticle[];
  /** An autosave or a restore of a live article went into the person's pending copy (pending-edits.ts); the article is unchanged. */
  pendingCopy?: boolean;
};

export type WorkflowResult = WorkflowSuccess | WorkflowFailure;

/** Facts about the request, and the clock (tests set `now`). */
export type WriteContext = { ip?: string | null; now?: Date };

const fail = (code: FailureCode, message: string, extra: Partial<WorkflowFailure> = {}): WorkflowFailure => ({ ok: false, code, message, ...extra });

export const messages = {
  notFound: 'Không tìm thấy bài viết.',
  forbidden: 'Bạn không có quyền thực hiện việc này với bài viết này.',
  contentReadOnly: 'Bài này được lưu trong git (thư mục content/) nên chỉ đọc trong trình soạn thảo.',
  conflict: 'Bài đã được người khác lưu sau khi bạn mở. Bản của bạn chưa được ghi: hãy so sánh hai bản bên dưới.',
  invalid: 'Có trường chưa hợp lệ. Hãy sửa các mục được đánh dấu; nội dung bạn đã gõ vẫn còn nguyên.',
  invalidBody: 'Nội dung bài có chỗ không được phép nên chưa được lưu; bản nháp đã lưu trước đó vẫn giữ nguyên.',
  slugTaken: 'Đường dẫn (slug) này đã được một bài khác dùng. Hãy chọn đường dẫn khác.',
  slugLocked: 'Bài đã đăng nên không đổi được đường dẫn (slug): các liên kết tới bài phải tiếp tục dùng được.',
  notReady: 'Chưa đăng được: mọi ảnh cần có mô tả (alt) và tên người chụp (credit).',
  pastTime: 'Thời điểm hẹn giờ đã qua. Hãy chọn một thời điểm sau bây giờ, hoặc đăng ngay.',
} as const;

const accessOf = (row: ArticleRow): AccessArticle => ({ source: row.source, status: row.status, authorId: row.author_id, publishedAt: row.published_at });

/** Readers' pages to refresh: the before/after footprints of whichever state was or is live. */
function affected(before: ArticleRow | null, after: ArticleRow | null): TaggedArticle[] {
  return [before, after].filter((r): r is ArticleRow => r !== null && isLive(accessOf(r))).map(taggedOf);
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/i.test(e?.message ?? '');
}

/** Body, slug uniqueness and slug lock: the checks every write of fields makes. */
async function checkFields(tx: Tx, fields: ArticleFields, row: Row | null, nowIso: string): Promise<WorkflowFailure | null> {
  const parsed = articleFieldsSchema.safeParse(fields);
  if (!parsed.success) return fail('invalid', messages.invalid, { fieldErrors: articleFormErrors(parsed.error) });
  const checked = validateMdx(fields.body);
  if (!checked.ok) {
    const issues = formatMdxIssues(checked.issues);
    return fail('invalid-body', messages.invalidBody, { issues, fieldErrors: { body: issues[0] ?? messages.invalidBody } });
  }
  if (row && fields.slug !== row.slug && isSlugLocked(firstPublicAt(row), nowIso)) {
    return fail('slug-locked', messages.slugLocked, { fieldErrors: { slug: messages.slugLocked } });
  }
  const clash = await tx
    .selectFrom('articles')
    .select('id')
    .where('slug', '=', fields.slug)
    .$if(row !== null, (q) => q.where('id', '!=', row!.id))
    .executeTakeFirst();
  if (clash) return fail('slug-taken', messages.slugTaken, { fieldErrors: { slug: messages.slugTaken } });
  return null;
}

async function conflictOf(tx: Tx, row: Row): Promise<WorkflowFailure> {
  const meta = await latestRevisionMeta(tx, row.id);
  return fail('conflict', messages.conflict, {
    conflict: {
      version: row.version,
      snapshot: snapshotOf(rowFields(row), row.status, row.published_at),
      savedBy: meta?.userName ?? null,
      savedAt: meta?.createdAt ?? row.updated_at,
    },
  });
}

type Change = {
  fields?: ArticleFields;
  status?: ArticleStatus;
  publishedAt?: string | null;
  firstPublishedAt?: string | null;
  reviewComment?: string | null;
  takedownReason?: string | null;
  /** Revision note: create, save, autosave, submit, return, publish, schedule, unpublish, restore:N. */
  note: string;
};

/**
 * Apply a change to a row whose version the caller has checked: bump the
 * version with a compare-and-set, rewrite the index record, write the
 * revision. Returns null when another writer got there first.
 */
async function commitChange(tx: Tx, actor: Actor, row: Row, change: Change, nowIso: string): Promise<Row | null> {
  const next = row.version + 1;
  const cas = await tx.updateTable('articles').set({ version: next }).where('id', '=', row.id).where('version', '=', row.version).executeTakeFirst();
  if (Number(cas.numUpdatedRows) !== 1) return null;

  const fields = change.fields ?? rowFields(row);
  const status = change.status ?? row.status;
  const publishedAt = change.publishedAt !== undefined ? change.publishedAt : row.published_at;
  await writeIndexRecord(tx, {
    ...fields,
    id: row.id,
    source: 'db',
    contentHash: null,
    status,
    publishedAt,
    updatedAt: nowIso,
    createdAt: row.created_at,
    authorId: row.author_id,
    version: next,
    sample: Boolean(row.sample),
    reviewComment: change.reviewComment !== undefined ? change.reviewComment : row.review_comment,
    takedownReason: change.takedownReason !== undefined ? change.takedownReason : row.takedown_reason,
  });
  if (change.firstPublishedAt !== undefined) {
    await tx.updateTable('articles').set({ first_published_at: change.firstPublishedAt }).where('id', '=', row.id).execute();
  }
  await writeRevision(tx, actor, row.id, next, snapshotOf(fields, status, publishedAt), change.note, nowIso);
  // The person's text is now the article's: their pending copy of a live edit (pending-edits.ts) is done with.
  if (change.fields) await tx.deleteFrom('article_pending_edits').where('article_id', '=', row.id).where('user_id', '=', actor.id).execute();
  return (await loadArticleRow(tx, row.id)) ?? null;
}

/**
 * One revision per save. A run of autosaves by the same person (nothing else
 * in between, within editorConfig.autosaveRevisionWindowMs) updates the
 * latest revision instead of adding one every few seconds. Version 1 is never
 * merged into: the article as first written stays restorable.
 */
async function writeRevision(tx: Tx, actor: Actor, articleId: string, version: number, snapshot: RevisionSnapshot, note: string, nowIso: string) {
  const data = JSON.stringify(snapshot);
  if (note === 'autosave') {
    const last = await tx
      .selectFrom('revisions')
      .select(['id', 'version', 'user_id', 'note', 'created_at'])
      .where('article_id', '=', articleId)
      .orderBy('version', 'desc')
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (last && last.version > 1 && last.note === 'autosave' && last.user_id === actor.id && Date.parse(nowIso) - Date.parse(last.created_at) < editorConfig.autosaveRevisionWindowMs) {
      // The run keeps its first version number, so no "Phiên bản N" ever leaves the history.
      await tx.updateTable('revisions').set({ data }).where('id', '=', last.id).execute();
      return;
    }
  }
  await tx.insertInto('revisions').values({ id: randomUUID(), article_id: articleId, version, data, user_id: actor.id, note, created_at: nowIso }).execute();
}

async function finish(tx: Tx, actor: Actor, before: Row | null, after: Row): Promise<WorkflowSuccess> {
  const corrections = await tx.selectFrom('corrections').select(['id', 'text', 'created_at']).where('article_id', '=', after.id).orderBy('created_at', 'asc').execute();
  return {
    ok: true,
    article: toEditorArticle(after, corrections.map((c) => ({ id: c.id, text: c.text, createdAt: c.created_at }))),
    revalidate: affected(before, after),
  };
}

/** Run a write; a slug taken by a concurrent writer (unique index) becomes slug-taken, not an error page. */
async function run(fn: (tx: Tx) => Promise<WorkflowResult>): Promise<WorkflowResult> {
  try {
    return await withWriteTransaction(fn, await getDb());
  } catch (error) {
    if (isUniqueViolation(error)) return fail('slug-taken', messages.slugTaken, { fieldErrors: { slug: messages.slugTaken } });
    throw error;
  }
}

/**
 * Load the row and check: exists, visible, the rule allows it, the version
 * is the one the edit was based on.
 */
async function loadForChange(tx: Tx, actor: Actor, id: string, expectedVersion: number | null, allowed: (a: AccessArticle) => boolean): Promise<Row | WorkflowFailure> {
  const row = await loadArticleRow(tx, id);
  if (!row) return fail('not-found', messages.notFound);
  if (row.source === 'content') return fail('forbidden', messages.contentReadOnly);
  if (!allowed(accessOf(row))) return fail('forbidden', messages.forbidden);
  if (expectedVersion !== null && row.version !== expectedVersion) return conflictOf(tx, row);
  return row;
}

const isFailure = (x: Row | WorkflowFailure | null): x is WorkflowFailure => x !== null && 'ok' in x && x.ok === false;

const clock = (ctx: WriteContext) => (ctx.now ?? new Date()).toISOString();

/** Create a draft owned by the actor. */
export async function createArticle(actor: Actor, fields: ArticleFields, ctx: WriteContext = {}, opts: { autosave?: boolean } = {}): Promise<WorkflowResult> {
  if (!canCreate(actor)) return fail('forbidden', messages.forbidden);
  const nowIso = clock(ctx);
  return run(async (tx) => {
    const problem = await checkFields(tx, fields, null, nowIso);
    if (problem) return problem;
    const id = randomUUID();
    await writeIndexRecord(tx, {
      ...fields,
      id,
      source: 'db',
      contentHash: null,
      status: 'draft',
      publishedAt: null,
      updatedAt: nowIso,
      createdAt: nowIso,
      authorId: actor.id,
      version: 1,
      sample: false,
    });
    await writeRevision(tx, actor, id, 1, snapshotOf(fields, 'draft', null), opts.autosave ? 'autosave' : 'create', nowIso);
    const row = (await loadArticleRow(tx, id))!;
    return finish(tx, actor, null, row);
  });
}

/**
 * Save the fields of an existing article (status unchanged). Autosave follows
 * the same version rule; it does not write to a live (published or scheduled)
 * article, whose changes reach readers only when someone saves on purpose.
 */
export async function saveArticle(
  actor: Actor,
  input: { id: string; version: number; fields: ArticleFields; autosave?: boolean },
  ctx: WriteContext = {},
): Promise<WorkflowResult> {
  const nowIso = clock(ctx);
  return run(async (tx) => {
    const row = await loadForChange(tx, actor, input.id, input.version, (a) => canEdit(actor, a));
    if (isFailure(row)) return row;
    // Checked before either store: nothing is kept, even as a pending copy, that a save would refuse.
    const problem = await checkFields(tx, input.fields, row, nowIso);
    if (problem) return problem;
    if (input.autosave && isLive(accessOf(row))) {
      // Readers must not get half-typed text: a live article's autosave becomes the person's
      // pending copy (pending-edits.ts), and the article stays as it is.
      await writePendingEdit(tx, { articleId: row.id, userId: actor.id, baseVersion: row.version, fields: input.fields, savedAt: nowIso });
      return { ...(await finish(tx, actor, row, row)), revalidate: [], pendingCopy: true };
    }
    const after = await commitChange(tx, actor, row, { fields: input.fields, note: input.autosave ? 'autosave' : 'save' }, nowIso);
    if (!after) return conflictOf(tx, (await loadArticleRow(tx, row.id))!);
    return finish(tx, actor, row, after);
  });
}

type TransitionInput = { id: string; version: number; fields?: ArticleFields };

/** Shared shape of a workflow step that may also save the form's fields. */
async function transition(
  actor: Actor,
  input: TransitionInput,
  ctx: WriteContext,
  allowed: (a: AccessArticle, nowIso: string) => boolean,
  plan: (row: Row, fields: ArticleFields, nowIso: string) => Change | WorkflowFailure,
  audit?: (row: Row, after: Row) => { action: string; detail?: Record<string, unknown> },
): Promise<WorkflowResult> {
  const nowIso = clock(ctx);
  return run(async (tx) => {
    const row = await loadForChange(tx, actor, input.id, input.version, (a) => allowed(a, nowIso));
    if (isFailure(row)) return row;
    if (input.fields) {
      if (!canEdit(actor, accessOf(row))) return fail('forbidden', messages.forbidden);
      const problem = await checkFields(tx, input.fields, row, nowIso);
      if (problem) return problem;
    }
    const change = plan(row, input.fields ?? rowFields(row), nowIso);
    if ('ok' in change) return change;
    const after = await commitChange(tx, actor, row, input.fields ? { fields: input.fields, ...change } : change, nowIso);
    if (!after) return conflictOf(tx, (await loadArticleRow(tx, row.id))!);
    if (audit) {
      const entry = audit(row, after);
      await writeAudit(
        { userId: actor.id, action: entry.action, target: row.id, detail: { slug: after.slug, title: after.title, version: after.version, ...entry.detail }, ip: ctx.ip ?? null },
        tx,
      );
    }
    return finish(tx, actor, row, after);
  });
}

/** Reporter (own draft) or editor: send the draft to the editors. */
export function submitForReview(actor: Actor, input: TransitionInput, ctx: WriteContext = {}): Promise<WorkflowResult> {
  return transition(
    actor,
    input,
    ctx,
    (a) => canSubmit(actor, a),
    () => ({ status: 'review', reviewComment: null, note: 'submit' }),
    () => ({ action: 'article.submit' }),
  );
}

/** Editor: send an article in review (or scheduled) back to its reporter as a draft, with a comment the reporter sees. */
export function returnToReporter(actor: Actor, input: { id: string; version: number; comment: string }, ctx: WriteContext = {}): Promise<WorkflowResult> {
  const comment = workflowNoteSchema.safeParse(input.comment);
  if (!comment.success) return Promise.resolve(fail('invalid', 'Hãy ghi nhận xét cho phóng viên (ít nhất 3 ký tự).', { fieldErrors: { comment: comment.error.issues[0]!.message } }));
  return transition(
    actor,
    { id: input.id, version: input.version },
    ctx,
    (a) => canReturn(actor, a),
    (row, _f, nowIso) => ({
      status: 'draft',
      reviewComment: comment.data,
      // A scheduled article that goes back to its reporter is no longer due.
      publishedAt: row.status === 'scheduled' ? null : row.published_at,
      firstPublishedAt: isSlugLocked(firstPublicAt(row), nowIso) ? firstPublicAt(row) : null,
      note: 'return',
    }),
    () => ({ action: 'article.return', detail: { comment: comment.data } }),
  );
}

function readiness(fields: ArticleFields): WorkflowFailure | null {
  const problems = checkPublishReadiness(fields);
  return problems.length ? fail('not-ready', messages.notReady, { problems, issues: problems.map((p) => p.message) }) : null;
}

/** Editor: put the article in front of readers now (saving the form's fields with it, when given). */
export function publishArticle(actor: Actor, input: TransitionInput, ctx: WriteContext = {}): Promise<WorkflowResult> {
  return transition(
    actor,
    input,
    ctx,
    (a) => canPublish(actor, a),
    (row, fields, nowIso) => {
      const notReady = readiness(fields);
      if (notReady) return notReady;
      const wasPublic = isSlugLocked(firstPublicAt(row), nowIso);
      return {
        status: 'published',
        // Back after a takedown: keep the original publication time; otherwise it is now.
        publishedAt: wasPublic && row.status === 'unpublished' && row.published_at && row.published_at <= nowIso ? row.published_at : nowIso,
        firstPublishedAt: wasPublic ? firstPublicAt(row) : nowIso,
        reviewComment: null,
        takedownReason: null,
        note: 'publish',
      };
    },
    (_row, after) => ({ action: 'article.publish', detail: { publishedAt: after.published_at } }),
  );
}

/** Editor: publish at a given instant (entered in GMT+7 and parsed by the caller). Visibility is decided at read time. */
export function scheduleArticle(actor: Actor, input: TransitionInput & { at: Date }, ctx: WriteContext = {}): Promise<WorkflowResult> {
  return transition(
    actor,
    input,
    ctx,
    (a) => canSchedule(actor, a),
    (row, fields, nowIso) => {
      const at = input.at.toISOString();
      if (Number.isNaN(input.at.getTime()) || at <= nowIso) return fail('bad-time', messages.pastTime, { fieldErrors: { publishAt: messages.pastTime } });
      const notReady = readiness(fields);
      if (notReady) return notReady;
      const wasPublic = isSlugLocked(firstPublicAt(row), nowIso);
      return { status: 'scheduled', publishedAt: at, firstPublishedAt: wasPublic ? firstPublicAt(row) : at, reviewComment: null, takedownReason: null, note: 'schedule' };
    },
    (_row, after) => ({ action: 'article.schedule', detail: { publishAt: after.published_at } }),
  );
}

/** Editor: take a published (or scheduled) article down, with a reason kept on the article and in the audit log. */
export function unpublishArticle(actor: Actor, input: { id: string; version: number; reason: string }, ctx: WriteContext = {}): Promise<WorkflowResult> {
  const reason = workflowNoteSchema.safeParse(input.reason);
  if (!reason.success) return Promise.resolve(fail('invalid', 'Hãy ghi lý do gỡ bài (ít nhất 3 ký tự).', { fieldErrors: { reason: reason.error.issues[0]!.message } }));
  return transition(
    actor,
    { id: input.id, version: input.version },
    ctx,
    (a) => canUnpublish(actor, a),
    (row, _f, nowIso) => ({
      status: 'unpublished',
      takedownReason: reason.data,
      // A scheduled article taken down before its time was never public: its slug stays free to change.
      firstPublishedAt: isSlugLocked(firstPublicAt(row), nowIso) ? firstPublicAt(row) : null,
      note: 'unpublish',
    }),
    () => ({ action: 'article.unpublish', detail: { reason: reason.data } }),
  );
}

/** Editor: add a correction (đính chính) shown, with its date, under the published article. */
export async function addCorrection(actor: Actor, input: { id: string; text: string }, ctx: WriteContext = {}): Promise<WorkflowResult> {
  const text = workflowNoteSchema.safeParse(input.text);
  if (!text.success) return fail('invalid', 'Hãy ghi nội dung đính chính (ít nhất 3 ký tự).', { fieldErrors: { text: text.error.issues[0]!.message } });
  const nowIso = clock(ctx);
  return run(async (tx) => {
    const row = await loadForChange(tx, actor, input.id, null, (a) => canCorrect(actor, a, nowIso));
    if (isFailure(row)) return row;
    await tx.insertInto('corrections').values({ id: randomUUID(), article_id: row.id, text: text.data, user_id: actor.id, created_at: nowIso }).execute();
    await tx.updateTable('articles').set({ updated_at: nowIso }).where('id', '=', row.id).execute();
    await writeAudit({ userId: actor.id, action: 'article.correction', target: row.id, detail: { slug: row.slug, title: row.title, text: text.data }, ip: ctx.ip ?? null }, tx);
    return finish(tx, actor, row, (await loadArticleRow(tx, row.id))!);
  });
}

/**
 * Copy an old revision into a new draft revision. Never publishes: on a live
 * article the old text becomes the person's pending copy instead (replacing
 * any copy they had; the confirm page says so), and readers keep the live
 * text. A frozen slug stays as it is.
 */
export async function restoreRevision(actor: Actor, input: { id: string; version: number; revisionId: string }, ctx: WriteContext = {}): Promise<WorkflowResult> {
  const nowIso = clock(ctx);
  return run(async (tx) => {
    const row = await loadForChange(tx, actor, input.id, input.version, (a) => canRestore(actor, a));
    if (isFailure(row)) return row;
    const rev = await tx.selectFrom('revisions').select(['id', 'version', 'data']).where('id', '=', input.revisionId).where('article_id', '=', row.id).executeTakeFirst();
    if (!rev) return fail('not-found', 'Không tìm thấy phiên bản cần khôi phục.');
    const { status: _s, publishedAt: _p, ...old } = parseSnapshot(rev.data);
    const fields: ArticleFields = { ...old, slug: isSlugLocked(firstPublicAt(row), nowIso) ? row.slug : old.slug };
    const problem = await checkFields(tx, fields, row, nowIso);
    if (problem) return problem;
    if (isLive(accessOf(row))) {
      // Readers keep the live text: the old one becomes the person's pending copy, to check and then "Cập nhật bài".
      await writePendingEdit(tx, { articleId: row.id, userId: actor.id, baseVersion: row.version, fields, savedAt: nowIso });
      await writeAudit({ userId: actor.id, action: 'article.restore', target: row.id, detail: { slug: row.slug, fromVersion: rev.version, into: 'pending-copy' }, ip: ctx.ip ?? null }, tx);
      return { ...(await finish(tx, actor, row, row)), revalidate: [], pendingCopy: true };
    }
    const after = await commitChange(tx, actor, row, { fields, status: 'draft', note: `restore:${rev.version}` }, nowIso);
    if (!after) return conflictOf(tx, (await loadArticleRow(tx, row.id))!);
    await writeAudit({ userId: actor.id, action: 'article.restore', target: row.id, detail: { slug: after.slug, fromVersion: rev.version, version: after.version }, ip: ctx.ip ?? null }, tx);
    return finish(tx, actor, row, after);
  });
}
