/**
 * The rights matrix, through the data functions (not just the rule
 * functions): each role × each action, allowed or refused, on SQLite and (with
 * TEST_DATABASE_URL) PostgreSQL. A refused action must change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncContent } from '@/lib/content/sync-content';
import { contentDocs } from '@/lib/content/content-docs';
import { closeDb, type Db } from '@/lib/db';
import { articleFields, insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import type { Actor } from './access';
import {
  type WorkflowResult,
  addCorrection,
  createArticle,
  publishArticle,
  restoreRevision,
  returnToReporter,
  saveArticle,
  scheduleArticle,
  submitForReview,
  unpublishArticle,
} from './workflow';
import { getRevisions } from './editor-reads';

afterAll(closeDb);

type RoleKey = 'reporter-owner' | 'reporter-other' | 'editor' | 'admin';
type ActionKey = 'create' | 'edit' | 'submit' | 'return' | 'publish' | 'schedule' | 'unpublish' | 'correct' | 'restore' | 'edit content/';

const roles: RoleKey[] = ['reporter-owner', 'reporter-other', 'editor', 'admin'];

/** The rights matrix of docs/editor.md ("People and rights" in the shared design). */
const expected: Record<ActionKey, Record<RoleKey, boolean>> = {
  create: { 'reporter-owner': true, 'reporter-other': true, editor: true, admin: true },
  edit: { 'reporter-owner': true, 'reporter-other': false, editor: true, admin: true },
  submit: { 'reporter-owner': true, 'reporter-other': false, editor: true, admin: true },
  return: { 'reporter-owner': false, 'reporter-other': false, editor: true, admin: true },
  publish: { 'reporter-owner': false, 'reporter-other': false, editor: true, admin: true },
  schedule: { 'reporter-owner': false, 'reporter-other': false, editor: true, admin: true },
  unpublish: { 'reporter-owner': false, 'reporter-other': false, editor: true, admin: true },
  correct: { 'reporter-owner': false, 'reporter-other': false, editor: true, admin: true },
  restore: { 'reporter-owner': true, 'reporter-other': false, editor: true, admin: true },
  'edit content/': { 'reporter-owner': false, 'reporter-other': false, editor: false, admin: false },
};

const CONTENT_SLUG = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';

describe.each(testDialects)('rights matrix (%s)', (dialect) => {
  let db: Db;
  let people: Record<RoleKey, Actor>;

  beforeAll(async () => {
    db = await freshDb(dialect);
    await syncContent(db, contentDocs());
    people = {
      'reporter-owner': await insertUser(db, 'reporter', 'Phóng viên A'),
      'reporter-other': await insertUser(db, 'reporter', 'Phóng viên B'),
      editor: await insertUser(db, 'editor', 'Biên tập viên'),
      admin: await insertUser(db, 'admin', 'Quản trị'),
    };
  });

  const ok = (r: WorkflowResult) => {
    if (!r.ok) throw new Error(`setup failed: ${r.code} ${r.message}`);
    return r.article;
  };

  /** An article of reporter-owner in the state the action needs. */
  async function articleIn(state: 'draft' | 'review' | 'published' | 'draft-with-history') {
    const owner = people['reporter-owner'];
    let a = ok(await createArticle(owner, articleFields()));
    if (state === 'draft-with-history') a = ok(await saveArticle(owner, { id: a.id, version: a.version, fields: { ...articleFields({ slug: a.slug }), title: 'Tiêu đề đã sửa lần hai' } }));
    if (state === 'review' || state === 'published') a = ok(await submitForReview(owner, { id: a.id, version: a.version }));
    if (state === 'published') a = ok(await publishArticle(people.editor, { id: a.id, version: a.version }));
    return a;
  }

  /** Set up the article the action needs, and hand back the action itself, so a snapshot can sit between them. */
  async function prepare(action: ActionKey, actor: Actor): Promise<() => Promise<WorkflowResult>> {
    switch (action) {
      case 'create':
        return () => createArticle(actor, articleFields());
      case 'edit': {
        const a = await articleIn('draft');
        return () => saveArticle(actor, { id: a.id, version: a.version, fields: { ...articleFields({ slug: a.slug }), title: 'Tiêu đề mới sau khi sửa' } });
      }
      case 'submit': {
        const a = await articleIn('draft');
        return () => submitForReview(actor, { id: a.id, version: a.version });
      }
      case 'return': {
        const a = await articleIn('review');
        return () => returnToReporter(actor, { id: a.id, version: a.version, comment: 'Cần thêm nguồn tin.' });
      }
      case 'publish': {
        const a = await articleIn('review');
        return () => publishArticle(actor, { id: a.id, version: a.version });
      }
      case 'schedule': {
        const a = await articleIn('review');
        return () => scheduleArticle(actor, { id: a.id, version: a.version, at: new Date(Date.now() + 3600_000) });
      }
      case 'unpublish': {
        const a = await articleIn('published');
        return () => unpublishArticle(actor, { id: a.id, version: a.version, reason: 'Sai thông tin cần kiểm tra lại.' });
      }
      case 'correct': {
        const a = await articleIn('published');
        return () => addCorrection(actor, { id: a.id, text: 'Tên xã đúng là Tam Kỳ.' });
      }
      case 'restore': {
        const a = await articleIn('draft-with-history');
        const revs = (await getRevisions(people.editor, a.id))!;
        return () => restoreRevision(actor, { id: a.id, version: a.version, revisionId: revs.at(-1)!.id });
      }
      case 'edit content/': {
        const row = await db.selectFrom('articles').selectAll().where('slug', '=', CONTENT_SLUG).executeTakeFirstOrThrow();
        return () => saveArticle(actor, { id: row.id, version: row.version, fields: { ...articleFields({ slug: row.slug }) } });
      }
    }
  }

  /** Every article row as stored, with its revisions and corrections: what a refused action must leave alone. */
  async function snapshot() {
    const articles = await db.selectFrom('articles').select(['id', 'version', 'status', 'title', 'body', 'published_at', 'updated_at', 'review_comment']).orderBy('id').execute();
    const revisions = await db.selectFrom('revisions').select(['id', 'article_id', 'version']).orderBy('id').execute();
    const corrections = await db.selectFrom('corrections').select(['id', 'article_id']).orderBy('id').execute();
    return { articles, revisions, corrections };
  }

  const table: string[] = [];

  for (const action of Object.keys(expected) as ActionKey[]) {
    for (const role of roles) {
      const allowed = expected[action][role];
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, async () => {
        const act = await prepare(action, people[role]);
        const before = await snapshot();
        const result = await act();
        table.push(`${action} | ${role} | ${result.ok ? 'allowed' : `refused (${result.code})`}`);
        if (allowed) {
          expect(result.ok, result.ok ? '' : `${result.code}: ${result.message}`).toBe(true);
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.code).toBe('forbidden');
          // Nothing changed by the refused call, the article under test included.
          expect(await snapshot()).toEqual(before);
        }
      });
    }
  }

  it('reporters may not edit their own article once submitted, and may again once it is returned', async () => {
    const owner = people['reporter-owner'];
    const a = await articleIn('review');
    const refused = await saveArticle(owner, { id: a.id, version: a.version, fields: articleFields({ slug: a.slug }) });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
    const returned = ok(await returnToReporter(people.editor, { id: a.id, version: a.version, comment: 'Bổ sung ảnh.' }));
    expect(returned.status).toBe('draft');
    expect(returned.reviewComment).toBe('Bổ sung ảnh.');
    const saved = await saveArticle(owner, { id: a.id, version: returned.version, fields: articleFields({ slug: a.slug }) });
    expect(saved.ok).toBe(true);
  });

  it('prints the matrix as tested', () => {
    // Kept in the test output for the report.
    console.log(`rights matrix (${dialect}):\n${table.join('\n')}`);
    expect(table.length).toBe(Object.keys(expected).length * roles.length);
  });
});
