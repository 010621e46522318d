import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, type Db, withWriteTransaction } from '@/lib/db';
import type { ArticleStatus } from '@/lib/db/schema';
import { insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import type { Actor } from './access';
import { countEditorArticles, listEditorArticles, titleSearchWords } from './dashboard';
import { writeIndexRecord } from './index-writer';

afterAll(closeDb);

const NOW = '2026-11-28T09:00:00.000Z';

async function add(db: Db, title: string, o: { status?: ArticleStatus; at?: string; author: Actor; category?: string }) {
  const id = randomUUID();
  const at = o.at ?? '2026-11-01T00:00:00.000Z';
  await withWriteTransaction(
    (tx) =>
      writeIndexRecord(tx, {
        id,
        slug: `bai-${id.slice(0, 8)}`,
        source: 'db',
        contentHash: null,
        title,
        summary: 'Tóm tắt có chữ Quảng Nam nhưng không phải tiêu đề.',
        body: 'Nội dung.',
        category: (o.category ?? 'thoi-su') as 'thoi-su',
        tags: [],
        bylines: [{ name: 'Nguyễn Văn Á', role: 'reporter' }],
        cover: null,
        dateline: null,
        status: o.status ?? 'draft',
        publishedAt: o.status === 'draft' || !o.status ? null : at,
        updatedAt: at,
        createdAt: at,
        authorId: o.author.id,
        version: 1,
        sample: false,
      }),
    db,
  );
  return id;
}

describe.each(testDialects)('the editor dashboard (%s)', (dialect) => {
  let reporter: Actor;
  let other: Actor;
  let editor: Actor;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const db = await freshDb(dialect);
    reporter = await insertUser(db, 'reporter', 'Phóng viên A');
    other = await insertUser(db, 'reporter', 'Phóng viên B');
    editor = await insertUser(db, 'editor', 'Biên tập viên');
    ids.qn = await add(db, 'Quảng Nam: ĐƯỜNG ven biển sạt lở', { author: reporter });
    ids.hoian = await add(db, 'Hội An đón khách', { author: reporter, status: 'published' });
    ids.due = await add(db, 'Phường Tân Thạnh họp dân', { author: reporter, status: 'scheduled', at: '2026-11-28T08:00:00.000Z' });
    ids.later = await add(db, 'Quang cảnh mùa lũ', { author: reporter, status: 'scheduled', at: '2026-11-29T08:00:00.000Z' });
    ids.review = await add(db, 'Giảm 50% phí cầu đường', { author: reporter, status: 'review' });
    ids.others = await add(db, 'Quảng Nam của người khác', { author: other });
  });

  it('finds titles without accents or case, every word, never by the sapo', async () => {
    const found = async (q: string) => (await listEditorArticles(editor, { q }, NOW)).items.map((i) => i.id).sort();
    expect(await found('quang nam')).toEqual([ids.qn, ids.others].sort());
    expect(await found('QUẢNG   nam')).toEqual([ids.qn, ids.others].sort());
    expect(await found('duong ven')).toEqual([ids.qn]);
    expect(await found('nam quang')).toEqual([ids.qn, ids.others].sort());
    expect(await found('phuong')).toEqual([ids.due]);
    expect(await found('tom tat')).toEqual([]);
    // LIKE's wildcards are plain characters.
    expect(await found('50%')).toEqual([ids.review]);
    expect(await found('%')).toEqual([ids.review]);
    expect(await found('_')).toEqual([]);
    // A reporter's search stays inside what they may see.
    expect((await listEditorArticles(reporter, { q: 'quang nam' }, NOW)).items.map((i) => i.id)).toEqual([ids.qn]);
  });

  it('counts each status as shown, with the other filters; a scheduled article whose time has come counts as published', async () => {
    expect(await countEditorArticles(editor, {}, NOW)).toEqual({ draft: 2, review: 1, scheduled: 1, published: 2, unpublished: 0 });
    expect(await countEditorArticles(reporter, {}, NOW)).toEqual({ draft: 1, review: 1, scheduled: 1, published: 2, unpublished: 0 });
    expect(await countEditorArticles(editor, { q: 'quang', status: 'draft' }, NOW)).toEqual({ draft: 2, review: 0, scheduled: 1, published: 0, unpublished: 0 });
    expect(await countEditorArticles(editor, { author: other.id }, NOW)).toEqual({ draft: 1, review: 0, scheduled: 0, published: 0, unpublished: 0 });

    const published = (await listEditorArticles(editor, { status: 'published' }, NOW)).items.map((i) => i.id).sort();
    expect(published).toEqual([ids.hoian, ids.due].sort());
    expect((await listEditorArticles(editor, { status: 'scheduled' }, NOW)).items.map((i) => i.id)).toEqual([ids.later]);
  });

  it('folds a search as lib/text does and drops what is past the word limit', () => {
    expect(titleSearchWords(' Quảng  NAM ')).toEqual(['quang', 'nam']);
    expect(titleSearchWords('a b c d e f g h i j')).toHaveLength(8);
    expect(titleSearchWords('50%_\\')).toEqual(['50\\%\\_\\\\']);
  });
});
