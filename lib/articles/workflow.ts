/**
 * Writes of the editor workflow (save, submit, return, publish, schedule, unpublish, correct,
 * restore): each checks ./access.ts itself in one write transaction, versions with a
 * compare-and-set, writes a revision and the audit line. Why: docs/architecture.md, "Workflow".
 * The steps they share are in ./write-steps.ts; the result shapes in ./workflow-result.ts.
 */
import { randomUUID } from 'node:crypto';
import { writeAudit } from '@/lib/audit/log';
import { type ArticleFields, workflowNoteSchema } from '@/lib/validations/article';
import { checkPublishReadiness } from '@/lib/validations/publish-readiness';
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
import { firstPublicAt, loadArticleRow, parseSnapshot, rowFields, snapshotOf } from './editor-reads';
import { writeIndexRecord } from './index-writer';
import { writePendingEdit } from './pending-edits';
import { type WorkflowFailure, type WorkflowResult, type WriteContext, fail, messages } from './workflow-result';
import { type Change, type Row, accessOf, checkFields, clock, commitChange, conflictOf, finish, isFailure, loadForChange, run, writeRevision } from './write-steps';

export type { ConflictInfo, FailureCode, WorkflowFailure, WorkflowResult, WorkflowSuccess, WriteContext } from './workflow-result';
export { messages } from './workflow-result';

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
