import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, type Db } from '@/lib/db';
import { insertFixtures } from '@/test/search-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { type ReindexStep, reindexSearch } from './reindex';
import { querySearch } from './search-query';

const NOW = '2026-11-28T12:00:00.000Z';
afterAll(closeDb);

// Queries that touch every part of the index: title, body, accents, a section filter, a date range.
const QUERIES = [
  { q: 'phối hợp' },
  { q: 'phoi hop' },
  { q: 'duong' },
  { q: 'cầu cửa đại' },
  { q: 'hội an' },
  { q: 'quang nam', section: 'thoi-su' },
  { q: 'tinh', from: '2020-01-01', to: '2026-12-31' },
];

async function results(db: Db) {
  const out = [];
  for (const input of QUERIES) {
    const r = await querySearch(db, { page: 1, ...input } as Parameters<typeof querySearch>[1], NOW, 20);
    out.push({ q: input.q, total: r.total, slugs: r.items.map((h) => h.article.slug) });
  }
  return out;
}

/** Damage the index as a crash, a bad restore or a hand edit could: rows gone, a stray row left. */
async function corrupt(db: Db, dialect: string) {
  if (dialect === 'postgres') {
    await sql`delete from search_docs where key % 2 = 0`.execute(db);
    await sql`update search_docs set doc_vec = to_tsvector('simple', 'rac'), title_vec = to_tsvector('simple', 'rac')`.execute(db);
  } else {
    await sql.raw(`insert into search_fts(search_fts) values ('delete-all')`).execute(db);
    await sql`delete from search_docs where rowid % 2 = 0`.execute(db);
  }
}

describe.each(testDialects)('search:reindex (%s)', (dialect) => {
  it('rebuilds a damaged index: the same searches give the same results, every readable article is indexed', async () => {
    const db = await freshDb(dialect);
    await insertFixtures(db);
    const before = await results(db);
    expect(before.some((r) => r.slugs.length > 0)).toBe(true);

    await corrupt(db, dialect);
    expect(await results(db)).not.toEqual(before); // the damage is real, so the check below means something

    const steps: ReindexStep['step'][] = [];
    const { readable, indexed } = await reindexSearch(db, (s) => steps.push(s.step));
    expect(steps).toEqual(['counted', 'rebuilt', 'checked']);
    expect(indexed).toBe(readable);
    expect(readable).toBeGreaterThan(0);
    expect(await results(db)).toEqual(before);

    // The triggers still follow writes after a rebuild.
    await db.updateTable('articles').set({ search_text: 'tu khoa moi sau khi lap lai' }).where('slug', '=', before[0]!.slugs[0]!).execute();
    expect((await querySearch(db, { q: 'tu khoa moi sau khi lap lai', page: 1 }, NOW, 20)).items).toHaveLength(1);
  });
});
