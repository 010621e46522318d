/**
 * The steps every workflow write shares (./workflow.ts): load and check a row, check fields,
 * commit a change with a compare-and-set, write the revision, answer the result.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { editorConfig } from '@/lib/config/site';
import { withWriteTransaction, db as getDb } from '@/lib/db';
import type { ArticleRow, ArticleStatus, Database } from '@/lib/db/schema';
import { formatMdxIssues, validateMdx } from '@/lib/mdx/validate-mdx';
import { type ArticleFields, articleFieldsSchema, articleFormErrors } from '@/lib/validations/article';
import { type TaggedArticle, taggedOf } from '@/lib/cache/tags';
import { type AccessArticle, type Actor, isLive, isSlugLocked } from './access';
import { writeIndexRecord } from './index-writer';
import { type RevisionSnapshot, latestRevisionMeta, firstPublicAt, loadArticleRow, rowFields, snapshotOf, toEditorArticle } from './editor-reads';
import { type WorkflowFailure, type WorkflowResult, type WorkflowSuccess, type WriteContext, fail, messages } from './workflow-result';

export type Tx = Kysely<Database>;
export type Row = ArticleRow & { author_name: string | null };

export const accessOf = (row: ArticleRow): AccessArticle => ({ source: row.source, status: row.status, authorId: row.author_id, publishedAt: row.published_at });

/** Readers' pages to refresh: the before/after footprints of whichever state was or is live. */
export function affected(before: ArticleRow | null, after: ArticleRow | null): TaggedArticle[] {
  return [before, after].filter((r): r is ArticleRow => r !== null && isLive(accessOf(r))).map(taggedOf);
}

export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/i.test(e?.message ?? '');
}

/** Body, slug uniqueness and slug lock: the checks every write of fields makes. */
export async function checkFields(tx: Tx, fields: ArticleFields, row: Row | null, nowIso: string): Promise<WorkflowFailure | null> {
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
  // Sections are data (lib/sections): the category must be a stored one, unless it is the one the article already has.
  if (fields.category !== row?.category && !(await tx.selectFrom('sections').select('slug').where('slug', '=', fields.category).executeTakeFirst())) {
    return fail('invalid', messages.invalid, { fieldErrors: { category: messages.unknownSection } });
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

export async function conflictOf(tx: Tx, row: Row): Promise<WorkflowFailure> {
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

export type Change = {
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
export async function commitChange(tx: Tx, actor: Actor, row: Row, change: Change, nowIso: string): Promise<Row | null> {
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
export async function writeRevision(tx: Tx, actor: Actor, articleId: string, version: number, snapshot: RevisionSnapshot, note: string, nowIso: string) {
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

export async function finish(tx: Tx, actor: Actor, before: Row | null, after: Row): Promise<WorkflowSuccess> {
  const corrections = await tx.selectFrom('corrections').select(['id', 'text', 'created_at']).where('article_id', '=', after.id).orderBy('created_at', 'asc').execute();
  return {
    ok: true,
    article: toEditorArticle(after, corrections.map((c) => ({ id: c.id, text: c.text, createdAt: c.created_at }))),
    revalidate: affected(before, after),
  };
}

/** Run a write; a slug taken by a concurrent writer (unique index) becomes slug-taken, not an error page. */
export async function run(fn: (tx: Tx) => Promise<WorkflowResult>): Promise<WorkflowResult> {
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
export async function loadForChange(tx: Tx, actor: Actor, id: string, expectedVersion: number | null, allowed: (a: AccessArticle) => boolean): Promise<Row | WorkflowFailure> {
  const row = await loadArticleRow(tx, id);
  if (!row) return fail('not-found', messages.notFound);
  if (row.source === 'content') return fail('forbidden', messages.contentReadOnly);
  if (!allowed(accessOf(row))) return fail('forbidden', messages.forbidden);
  if (expectedVersion !== null && row.version !== expectedVersion) return conflictOf(tx, row);
  return row;
}

export const isFailure = (x: Row | WorkflowFailure | null): x is WorkflowFailure => x !== null && 'ok' in x && x.ok === false;

export const clock = (ctx: WriteContext) => (ctx.now ?? new Date()).toISOString();
