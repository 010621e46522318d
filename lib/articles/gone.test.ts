import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, type Db } from '@/lib/db';
import { articleFields, insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import type { Actor } from './access';
import { articleSlugOfPath, forgetTakenDown, isTakenDown, queryTakenDownSlugs } from './gone';
import { type WorkflowResult, createArticle, publishArticle, scheduleArticle, unpublishArticle } from './workflow';

afterAll(closeDb);

function ok(r: WorkflowResult) {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.article;
}

describe.each(testDialects)('taken-down articles answer 410 (%s)', (dialect) => {
  let db: Db;
  let reporter: Actor;
  let editor: Actor;

  beforeAll(async () => {
    db = await freshDb(dialect);
    reporter = await insertUser(db, 'reporter', 'Phóng viên A');
    editor = await insertUser(db, 'editor', 'Biên tập viên');
  });

  it('names an article taken down after readers saw it, not a live one, a draft, or one never public', async () => {
    const live = ok(await createArticle(reporter, articleFields()));
    const livePub = ok(await publishArticle(editor, { id: live.id, version: live.version }));
    const down = ok(await createArticle(reporter, articleFields()));
    const downPub = ok(await publishArticle(editor, { id: down.id, version: down.version }));
    ok(await unpublishArticle(editor, { id: down.id, version: downPub.version, reason: 'Thông tin chưa được xác minh.' }));
    const draft = ok(await createArticle(reporter, articleFields()));
    // Scheduled for next week and taken down before its time: readers never saw it, so its address is unknown (404).
    const early = ok(await createArticle(reporter, articleFields()));
    const sched = ok(await scheduleArticle(editor, { id: early.id, version: early.version, at: new Date(Date.now() + 7 * 864e5) }));
    ok(await unpublishArticle(editor, { id: early.id, version: sched.version, reason: 'Hoãn đăng bài này.' }));

    const gone = await queryTakenDownSlugs(db);
    expect(gone.has(down.slug)).toBe(true);
    expect(gone.has(livePub.slug)).toBe(false);
    expect(gone.has(draft.slug)).toBe(false);
    expect(gone.has(early.slug)).toBe(false);

    forgetTakenDown();
    expect(await isTakenDown(down.slug)).toBe(true);
    expect(await isTakenDown('khong-co-bai-nay')).toBe(false);
  });

  it('forgets a takedown once the article is published again', async () => {
    const a = ok(await createArticle(reporter, articleFields()));
    const p = ok(await publishArticle(editor, { id: a.id, version: a.version }));
    const d = ok(await unpublishArticle(editor, { id: a.id, version: p.version, reason: 'Gỡ tạm để sửa.' }));
    forgetTakenDown();
    expect(await isTakenDown(a.slug)).toBe(true);
    ok(await publishArticle(editor, { id: a.id, version: d.version }));
    forgetTakenDown();
    expect(await isTakenDown(a.slug)).toBe(false);
  });
});

describe('articleSlugOfPath', () => {
  it('reads the slug of an article address only', () => {
    expect(articleSlugOfPath('/bai/mot-bai-viet')).toBe('mot-bai-viet');
    expect(articleSlugOfPath('/bai/mot-bai-viet/')).toBe('mot-bai-viet');
    expect(articleSlugOfPath('/bai/mot-bai-viet/anh')).toBeNull();
    expect(articleSlugOfPath('/chuyen-muc/thoi-su')).toBeNull();
  });
});
