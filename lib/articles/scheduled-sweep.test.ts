import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { articleFields, insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { articleTagSet } from '@/lib/cache/tags';
import { createArticle, publishArticle, saveArticle, scheduleArticle, unpublishArticle } from './workflow';
import { changedFootprints, dueScheduled, hasChangedPublic, hasDueScheduled, isSweepSecret, nextScheduledAt, parseSweepRequest, sweepSecret } from './scheduled-sweep';

afterAll(closeDb);

describe.each(testDialects)('scheduled sweep (%s)', (dialect) => {
  it('finds the scheduled articles whose time came in a window, for each instance that asks', async () => {
    const db = await freshDb(dialect);
    const editor = await insertUser(db, 'editor', 'Biên tập viên');
    const t0 = new Date();
    const created = await createArticle(editor, articleFields());
    if (!created.ok) throw new Error(created.message);
    const at = new Date(t0.getTime() + 60_000);
    const s = await scheduleArticle(editor, { id: created.article.id, version: created.article.version, at });
    expect(s.ok).toBe(true);
    const win = (from: number, to: number) => ({ since: new Date(at.getTime() + from).toISOString(), until: new Date(at.getTime() + to).toISOString() });

    // Not yet: the window ends before its time. Then: the window holds its time (until is inclusive).
    expect(await hasDueScheduled(win(-20_000, -1000))).toBe(false);
    expect(await hasDueScheduled(win(-1000, 0))).toBe(true);
    expect(await hasDueScheduled(win(0, 15_000))).toBe(false);
    // Two instances asking for the same window both get it: each refreshes its own cache.
    const [a, b] = await Promise.all([dueScheduled(win(-15_000, 1000)), dueScheduled(win(-15_000, 1000))]);
    expect(a.slugs).toEqual([created.article.slug]);
    expect(b.slugs).toEqual([created.article.slug]);
    expect(a.due[0]).toMatchObject({ slug: created.article.slug, category: 'thoi-su' });

    // The timer's look-ahead: the first go-live in the coming interval, to the second, or none.
    const later = await createArticle(editor, articleFields());
    if (!later.ok) throw new Error(later.message);
    expect((await scheduleArticle(editor, { id: later.article.id, version: later.article.version, at: new Date(at.getTime() + 5000) })).ok).toBe(true);
    expect(await nextScheduledAt(win(-16_000, 10_000))).toBe(at.getTime());
    expect(await nextScheduledAt(win(0, 10_000))).toBe(at.getTime() + 5000);
    expect(await nextScheduledAt(win(-20_000, -1000))).toBeNull();
  });

  it('finds what readers could see that changed in a window, with the pages it was on before', async () => {
    const db = await freshDb(dialect);
    const editor = await insertUser(db, 'editor', 'Biên tập viên');
    const t0 = Date.parse('2026-11-29T01:00:00.000Z');
    const at = (s: number) => new Date(t0 + s * 1000);
    const iso = (s: number) => at(s).toISOString();

    // A draft is nobody's page: no change a reader could see.
    const created = await createArticle(editor, articleFields({ tags: ['Đê biển', 'Mưa bão'] }), { now: at(0) });
    if (!created.ok) throw new Error(created.message);
    const { id, slug } = created.article;
    const win = (from: number, to: number) => ({ since: iso(from), until: iso(to) });
    expect(await hasChangedPublic(win(-1, 1))).toBe(false);
    expect((await changedFootprints(win(-1, 1))).slugs).toEqual([]);

    // Published at +10 s: in the window (5, 15], not in (15, 25].
    const published = await publishArticle(editor, { id, version: created.article.version }, { now: at(10) });
    if (!published.ok) throw new Error(published.message);
    expect(await hasChangedPublic(win(5, 15))).toBe(true);
    expect(await hasChangedPublic(win(15, 25))).toBe(false);
    const afterPublish = await changedFootprints(win(5, 15));
    expect(afterPublish.slugs).toEqual([slug]);
    expect(articleTagSet(...afterPublish.due)).toEqual(expect.arrayContaining(['listings', `article:${slug}`, 'section:thoi-su', 'tag:de-bien', 'tag:mua-bao']));

    // Moved to another section with a tag dropped at +30 s: the old section and tag pages are refreshed too.
    const moved = await saveArticle(editor, { id, version: published.article.version, fields: { ...published.article, category: 'kinh-te', tags: ['Đê biển'] } }, { now: at(30) });
    if (!moved.ok) throw new Error(moved.message);
    const afterMove = articleTagSet(...(await changedFootprints(win(20, 40))).due);
    expect(afterMove).toEqual(expect.arrayContaining(['section:kinh-te', 'section:thoi-su', 'tag:de-bien', 'tag:mua-bao', `article:${slug}`]));

    // Taken down at +50 s: still a change readers see (the article leaves every page).
    const down = await unpublishArticle(editor, { id, version: moved.article.version, reason: 'Gỡ để kiểm tra lại số liệu' }, { now: at(50) });
    if (!down.ok) throw new Error(down.message);
    expect((await changedFootprints(win(45, 55))).slugs).toEqual([slug]);
  });

  it('the internal route takes only sane windows', () => {
    const ok = { since: '2026-11-29T01:00:00Z', until: '2026-11-29T01:00:15Z' };
    expect(parseSweepRequest({ scheduled: ok, changed: ok })).toEqual({
      scheduled: { since: '2026-11-29T01:00:00.000Z', until: '2026-11-29T01:00:15.000Z' },
      changed: { since: '2026-11-29T01:00:00.000Z', until: '2026-11-29T01:00:15.000Z' },
    });
    expect(parseSweepRequest(null)).toEqual({});
    expect(parseSweepRequest({ changed: ok })).toEqual({ scheduled: undefined, changed: { since: '2026-11-29T01:00:00.000Z', until: '2026-11-29T01:00:15.000Z' } });
    for (const bad of [
      {},
      { since: 'hôm qua', until: ok.until },
      { since: ok.until, until: ok.since },
      { since: '2026-11-01T00:00:00Z', until: '2026-11-29T00:00:00Z' },
      { since: 1, until: 2 },
    ]) {
      expect(parseSweepRequest({ scheduled: bad, changed: bad })).toEqual({ scheduled: undefined, changed: undefined });
    }
  });

  it('accepts only the shared secret on the internal route', () => {
    process.env.NEXTAUTH_SECRET = 'bí-mật-thử-nghiệm';
    delete process.env.INTERNAL_SECRET;
    const secret = sweepSecret()!;
    expect(secret).not.toContain('bí-mật');
    expect(isSweepSecret(secret)).toBe(true);
    expect(isSweepSecret(`${secret}x`)).toBe(false);
    expect(isSweepSecret(null)).toBe(false);
    expect(isSweepSecret('')).toBe(false);
  });
});
