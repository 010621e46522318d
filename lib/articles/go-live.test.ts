import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheTags } from '@/lib/cache/tags';
import { closeDb, type Db } from '@/lib/db';
import { articleFields, insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { fireDueGoLives, GoLiveTimer, goLiveChanged, nextGoLiveAt } from './go-live';
import { GoLiveLeader } from './go-live-leader';
import { createArticle, scheduleArticle, unpublishArticle } from './workflow';

afterAll(closeDb);

/** A scheduled article going live at `at` (scheduled from a clock before it, so `at` may be just past). */
async function scheduled(db: Db, at: Date) {
  const editor = await insertUser(db, 'editor', 'Biên tập viên');
  const created = await createArticle(editor, articleFields());
  if (!created.ok) throw new Error(created.message);
  const s = await scheduleArticle(editor, { id: created.article.id, version: created.article.version, at }, { now: new Date(at.getTime() - 60_000) });
  if (!s.ok) throw new Error(s.message);
  return { editor, article: s.article };
}

/** Wait (bounded) until the article is published; returns when that was seen. */
async function untilPublished(db: Db, id: string, ms = 10_000): Promise<number> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const row = await db.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    if (row.status === 'published') return Date.now();
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`not published within ${ms} ms`);
}

const goLives = (db: Db, id: string) =>
  Promise.all([
    db.selectFrom('revisions').select(['note', 'user_id']).where('article_id', '=', id).where('note', '=', 'go-live').execute(),
    db.selectFrom('audit_log').select(['action', 'user_id']).where('target', '=', id).where('action', '=', 'article.go-live').execute(),
  ]);

describe.each(testDialects)('scheduled go-live (%s)', (dialect) => {
  it('fires once however many instances fire at that moment, and expires its pages', async () => {
    const db = await freshDb(dialect);
    const { article } = await scheduled(db, new Date(Date.now() - 500));
    expect(await nextGoLiveAt()).toBe(Date.parse(article.publishedAt!));
    const before = Date.now();

    // Three instances' timers at the same moment: the compare-and-set lets one through.
    const fired = await Promise.all([fireDueGoLives(), fireDueGoLives(), fireDueGoLives()]);
    expect(fired.flat()).toEqual([article.slug]);
    const row = await db.selectFrom('articles').select(['status', 'version', 'published_at']).where('id', '=', article.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'published', version: article.version + 1, published_at: article.publishedAt });
    const [revisions, audit] = await goLives(db, article.id);
    expect(revisions).toEqual([{ note: 'go-live', user_id: null }]);
    expect(audit).toEqual([{ action: 'article.go-live', user_id: null }]);
    // The pages it belongs on are expired (this process's manifest: no shared cache here).
    for (const tag of [cacheTags.listings, cacheTags.article(article.slug), cacheTags.section('thoi-su')]) {
      expect(tagsManifest.get(tag)?.expired, tag).toBeGreaterThanOrEqual(before);
    }
    expect(tagsManifest.get(cacheTags.sideBlocks)?.stale).toBeGreaterThanOrEqual(before);
    // Nothing left to fire, and firing again does nothing.
    expect(await nextGoLiveAt()).toBeNull();
    expect(await fireDueGoLives()).toEqual([]);
  });

  it('a timer armed for the next go-live fires it on time, and follows a schedule moved or cancelled', async () => {
    const db = await freshDb(dialect);
    const timer = new GoLiveTimer(() => {});
    try {
      const at = new Date(Date.now() + 1_500);
      const { article } = await scheduled(db, at);
      await timer.arm();
      const seen = await untilPublished(db, article.id);
      // Within a second of its time (the bound of issue 12), not a poll's interval later.
      expect(seen - at.getTime()).toBeGreaterThanOrEqual(0);
      expect(seen - at.getTime()).toBeLessThan(1_000);

      // Armed for an hour away; moved to a second away and re-armed: it fires at the new time.
      const moved = await scheduled(db, new Date(Date.now() + 3600_000));
      await timer.arm();
      const soon = new Date(Date.now() + 1_000);
      const again = await scheduleArticle(moved.editor, { id: moved.article.id, version: moved.article.version, at: soon }, { now: new Date(soon.getTime() - 60_000) });
      if (!again.ok) throw new Error(again.message);
      await timer.arm();
      expect((await untilPublished(db, moved.article.id)) - soon.getTime()).toBeLessThan(1_000);

      // Cancelled before its time: the timer fires for nothing and the article stays down.
      const cancelled = await scheduled(db, new Date(Date.now() + 800));
      await timer.arm();
      const down = await unpublishArticle(cancelled.editor, { id: cancelled.article.id, version: cancelled.article.version, reason: 'Hoãn đăng bài.' });
      expect(down.ok).toBe(true);
      await timer.arm();
      await new Promise((r) => setTimeout(r, 1_200));
      expect((await db.selectFrom('articles').select('status').where('id', '=', cancelled.article.id).executeTakeFirstOrThrow()).status).toBe('unpublished');
      expect((await goLives(db, cancelled.article.id))[0]).toEqual([]);
    } finally {
      timer.stop();
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('the go-live leader (postgres)', () => {
  it('one instance leads; when it dies another takes over, and a schedule saved anywhere re-arms the leader', async () => {
    const db = await freshDb('postgres');
    const url = process.env.DATABASE_URL!;
    const a = new GoLiveLeader(url, () => {}, 200);
    const b = new GoLiveLeader(url, () => {}, 200);
    try {
      expect(await a.tryLead()).toBe(true);
      expect(await b.tryLead()).toBe(false);
      b.start();
      await new Promise((r) => setTimeout(r, 500));
      expect([a.isLeader, b.isLeader]).toEqual([true, false]);

      // A schedule saved after the leader armed (for nothing): NOTIFY re-arms it, and it fires on time.
      const at = new Date(Date.now() + 1_500);
      const { article } = await scheduled(db, at);
      await goLiveChanged();
      expect((await untilPublished(db, article.id)) - at.getTime()).toBeLessThan(1_000);

      // The leader's connection drops (the instance died): the lock goes with it, and B takes over.
      await a.stop();
      const until = Date.now() + 5_000;
      while (!b.isLeader && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(b.isLeader).toBe(true);
      const next = new Date(Date.now() + 1_000);
      const later = await scheduled(db, next);
      await goLiveChanged();
      expect((await untilPublished(db, later.article.id)) - next.getTime()).toBeLessThan(1_000);
      expect((await goLives(db, later.article.id))[0]).toHaveLength(1);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
