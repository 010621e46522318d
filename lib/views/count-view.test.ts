import { afterAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/xem/route';
import { queryMostRead } from '@/lib/articles/queries';
import { closeDb } from '@/lib/db';
import { insertFixtures } from '@/test/search-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { isBotUserAgent, recordView, ViewDeduper } from './count-view';

afterAll(closeDb);

const CHROME = 'Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0';
const A = 'khoi-cong-duong-cao-toc-quang-nam-kon-tum';
const B = 'gia-sau-rieng-tang-manh';

it('recognises bots and programs by user agent, and people as people', () => {
  for (const ua of [
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0)',
    'facebookexternalhit/1.1',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0 Safari/537.36',
    'curl/8.5.0',
    'python-requests/2.31',
    'Zalo link preview',
    '',
    null,
  ]) {
    expect(isBotUserAgent(ua), String(ua)).toBe(true);
  }
  for (const ua of [CHROME, FIREFOX, 'Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36']) {
    expect(isBotUserAgent(ua), ua).toBe(false);
  }
});

describe.each(testDialects)('view counting (%s)', (dialect) => {
  it('counts a reader once per article per day; not bots, not reloads, not hidden articles', async () => {
    const db = await freshDb(dialect);
    await insertFixtures(db);
    const dedupe = new ViewDeduper();
    const t = new Date('2026-11-28T03:00:00.000Z'); // 10:00 in Vietnam
    const reader = { ip: '203.0.113.7', ua: CHROME };

    expect(await recordView(db, { slug: A, ...reader }, t, dedupe)).toBe('counted');
    expect(await recordView(db, { slug: A, ...reader }, new Date(t.getTime() + 5_000), dedupe)).toBe('repeat');
    expect(await recordView(db, { slug: A, ...reader }, new Date(t.getTime() + 3 * 3_600_000), dedupe)).toBe('repeat');
    expect(await recordView(db, { slug: A, ip: reader.ip, ua: 'Googlebot/2.1 (+http://www.google.com/bot.html)' }, t, dedupe)).toBe('bot');
    expect(await recordView(db, { slug: A, ...reader, prefetch: true }, t, dedupe)).toBe('bot');
    expect(await recordView(db, { slug: A, ip: '198.51.100.2', ua: FIREFOX }, t, dedupe)).toBe('counted');
    expect(await recordView(db, { slug: B, ...reader }, t, dedupe)).toBe('counted');
    expect(await recordView(db, { slug: 'ban-nhap-chua-dang', ...reader }, t, dedupe)).toBe('not-found');
    expect(await recordView(db, { slug: 'khong-co-bai-nay', ...reader }, t, dedupe)).toBe('not-found');
    // Next day in Vietnam (17:00 UTC is midnight GMT+7): counted again.
    expect(await recordView(db, { slug: A, ...reader }, new Date('2026-11-28T17:30:00.000Z'), dedupe)).toBe('counted');

    const rows = await db.selectFrom('page_views').select(['hour', 'views']).orderBy('hour').execute();
    expect(rows.reduce((s, r) => s + Number(r.views), 0)).toBe(4);
    // No address, no user agent stored anywhere: page_views has only article, hour, count.
    expect(Object.keys(rows[0]!).sort()).toEqual(['hour', 'views']);

    const day = await queryMostRead(db, '2026-11-28T18:00:00.000Z', 24);
    expect(day.map((a) => [a.slug, a.views])).toEqual([
      [A, 3],
      [B, 1],
    ]);
    // Outside the window: nothing.
    expect(await queryMostRead(db, '2026-12-10T00:00:00.000Z', 24)).toEqual([]);
    expect((await queryMostRead(db, '2026-12-03T00:00:00.000Z', 24 * 7)).map((a) => a.slug)).toEqual([A, B]);
  });

  it('the beacon endpoint counts same-origin views only and never stores who', async () => {
    const db = await freshDb(dialect);
    await insertFixtures(db);
    const post = (headers: Record<string, string>, body: string) => POST(new Request('http://localhost:3500/api/xem', { method: 'POST', headers, body }));
    const ok = { host: 'localhost:3500', origin: 'http://localhost:3500', 'user-agent': FIREFOX, 'x-forwarded-for': '192.0.2.50' };
    expect((await post(ok, JSON.stringify({ slug: B }))).status).toBe(204);
    expect((await post(ok, JSON.stringify({ slug: B }))).status).toBe(204); // reload
    expect((await post({ ...ok, origin: 'https://evil.example' }, JSON.stringify({ slug: B }))).status).toBe(403);
    expect((await post({ ...ok, origin: '' }, JSON.stringify({ slug: B }))).status).toBe(403);
    expect((await post(ok, 'not json')).status).toBe(400);
    expect((await post(ok, JSON.stringify({ slug: '../../etc' }))).status).toBe(400);
    expect((await post({ ...ok, 'user-agent': 'HeadlessChrome/124' }, JSON.stringify({ slug: A }))).status).toBe(204);
    const rows = await db.selectFrom('page_views').innerJoin('articles', 'articles.id', 'page_views.article_id').select(['articles.slug', 'page_views.views']).execute();
    expect(rows.map((r) => [r.slug, Number(r.views)])).toEqual([[B, 1]]);
  });

  it('two instances count one reader once: who was counted is in the database, not in a process', async () => {
    const db = await freshDb(dialect);
    await insertFixtures(db);
    // Each instance has its own deduper (its own memory), as two `next start` processes do.
    const instanceA = new ViewDeduper();
    const instanceB = new ViewDeduper();
    const t = new Date('2026-11-28T03:00:00.000Z');
    const reader = { ip: '203.0.113.7', ua: CHROME };
    expect(await recordView(db, { slug: A, ...reader }, t, instanceA)).toBe('counted');
    expect(await recordView(db, { slug: A, ...reader }, new Date(t.getTime() + 1_000), instanceB)).toBe('repeat');
    // At the same moment on both: still one.
    const other = { ip: '198.51.100.9', ua: FIREFOX };
    const both = await Promise.all([recordView(db, { slug: A, ...other }, t, instanceA), recordView(db, { slug: A, ...other }, t, instanceB)]);
    expect(both.sort()).toEqual(['counted', 'repeat']);
    const views = await db.selectFrom('page_views').select('views').execute();
    expect(views.reduce((s, r) => s + Number(r.views), 0)).toBe(2);
    // One salt for the day, shared; no address or user agent stored.
    const salts = await db.selectFrom('view_salts').selectAll().execute();
    expect(salts.map((s) => s.day)).toEqual(['2026-11-28']);
    const readers = await db.selectFrom('view_readers').selectAll().execute();
    expect(readers).toHaveLength(2);
    for (const r of readers) expect(JSON.stringify(r)).not.toMatch(/203\.0\.113|198\.51\.100|Mozilla/);

    // The next day (GMT+7), on a third instance: counted again, and yesterday's hashes and salt are gone.
    const nextDay = new Date('2026-11-28T17:30:00.000Z');
    expect(await recordView(db, { slug: A, ...reader }, nextDay, new ViewDeduper())).toBe('counted');
    expect((await db.selectFrom('view_salts').select('day').execute()).map((s) => s.day)).toEqual(['2026-11-29']);
    expect((await db.selectFrom('view_readers').select('day').execute()).map((r) => r.day)).toEqual(['2026-11-29']);
  });
});
