import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { editorConfig } from '@/lib/config/site';
import { articleFields, insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { type WorkflowResult, createArticle, submitForReview } from './workflow';
import { beat, currentHolder, release, takeOver } from './presence';

afterAll(closeDb);

function ok(r: WorkflowResult) {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r;
}

const t0 = new Date('2026-12-04T01:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const tabA = 'tab-aaaa-1111';
const tabB = 'tab-bbbb-2222';

describe.each(testDialects)('who is editing an article (%s)', (dialect) => {
  it('the first tab holds it, the second is told who, a take-over tells the first once, and a closed tab frees it at once', async () => {
    const db = await freshDb(dialect);
    const hai = await insertUser(db, 'editor', 'Minh Hải');
    const trang = await insertUser(db, 'editor', 'Thu Trang');
    const article = ok(await createArticle(hai, articleFields())).article;

    expect(await beat(hai, article.id, tabA, t0)).toEqual({ ok: true, answer: { state: 'holding', version: article.version } });
    expect(await beat(trang, article.id, tabB, later(1000))).toEqual({ ok: true, answer: { state: 'other', name: 'Minh Hải', self: false, since: t0.toISOString() } });
    // The same person in a second tab is told it is themself.
    expect(await beat(hai, article.id, 'tab-cccc-3333', later(2000))).toMatchObject({ answer: { state: 'other', self: true } });
    expect(await currentHolder(article.id, later(2000))).toEqual({ userId: hai.id, name: 'Minh Hải' });

    // "Tôi sẽ sửa tiếp": Trang holds it; Hải's next beat is told who took over, once, and does not take it back.
    expect(await takeOver(trang, article.id, tabB, later(3000))).toEqual({ ok: true, answer: { state: 'holding', version: article.version } });
    expect(await currentHolder(article.id, later(3000))).toEqual({ userId: trang.id, name: 'Thu Trang' });
    expect(await beat(hai, article.id, tabA, later(4000))).toEqual({ ok: true, answer: { state: 'taken', name: 'Thu Trang', at: later(3000).toISOString() } });
    expect(await beat(hai, article.id, tabA, later(5000))).toMatchObject({ answer: { state: 'other', name: 'Thu Trang' } });
    expect(await beat(trang, article.id, tabB, later(6000))).toMatchObject({ answer: { state: 'holding' } });

    // Trang closes the tab: released at once, Hải's next arrival holds it with no wait.
    await release(hai, article.id, tabB, later(7000)); // someone else's tab: no effect
    expect(await currentHolder(article.id, later(7000))).toMatchObject({ userId: trang.id });
    await release(trang, article.id, tabB, later(7000));
    expect(await currentHolder(article.id, later(7000))).toBeNull();
    expect(await beat(hai, article.id, 'tab-dddd-4444', later(8000))).toMatchObject({ answer: { state: 'holding' } });
  });

  it('a holder silent for the stale window holds nothing; a displaced tab is told even after the one who took over left', async () => {
    const db = await freshDb(dialect);
    const hai = await insertUser(db, 'editor', 'Minh Hải');
    const trang = await insertUser(db, 'editor', 'Thu Trang');
    const article = ok(await createArticle(hai, articleFields())).article;

    await beat(hai, article.id, tabA, t0);
    // Just inside the window it still counts; just past it (a closed laptop, a killed browser) it does not.
    const edge = editorConfig.presenceStaleMs;
    expect(await beat(trang, article.id, tabB, later(edge - 1))).toMatchObject({ answer: { state: 'other' } });
    expect(await currentHolder(article.id, later(edge + 1))).toBeNull();
    expect(await beat(trang, article.id, tabB, later(edge + 1))).toMatchObject({ answer: { state: 'holding' } });
    // Hải's tab wakes up: it is told Trang has it (not "taken over": it fell silent, nobody displaced it).
    expect(await beat(hai, article.id, tabA, later(edge + 2))).toMatchObject({ answer: { state: 'other', name: 'Thu Trang' } });

    // Hải takes it back while Trang's tab is open, then leaves at once: Trang's open tab is still told first,
    // so it does not quietly resume saving what it had on screen.
    await takeOver(hai, article.id, tabA, later(edge + 3));
    await release(hai, article.id, tabA, later(edge + 4));
    expect(await beat(trang, article.id, tabB, later(edge + 5))).toMatchObject({ answer: { state: 'taken', name: 'Minh Hải' } });
    expect(await beat(trang, article.id, tabB, later(edge + 6))).toMatchObject({ answer: { state: 'holding' } });

    // A page just opened (or reloaded) shows the stored article: it holds it, with nothing to be told.
    await takeOver(hai, article.id, tabA, later(edge + 7));
    await release(hai, article.id, tabA, later(edge + 8));
    expect(await beat(trang, article.id, tabB, later(edge + 9), { arriving: true })).toMatchObject({ answer: { state: 'holding' } });
  });

  it('two tabs arriving at the same moment: exactly one holds the article', async () => {
    const db = await freshDb(dialect);
    const people = await Promise.all(['Minh Hải', 'Thu Trang', 'Quốc Bảo', 'Lan Anh', 'Đức Huy', 'Ngọc Mai'].map((n) => insertUser(db, 'editor', n)));
    for (let round = 0; round < 5; round++) {
      const article = ok(await createArticle(people[0]!, articleFields())).article;
      const answers = await Promise.all(people.map((p, i) => beat(p, article.id, `tab-race-${round}-000${i}`, t0, { arriving: true })));
      expect(answers.filter((a) => a.ok && a.answer.state === 'holding')).toHaveLength(1);
      expect(answers.filter((a) => a.ok && a.answer.state === 'other')).toHaveLength(people.length - 1);
    }
  });

  it('only people who may edit the article take part', async () => {
    const db = await freshDb(dialect);
    const hai = await insertUser(db, 'editor', 'Minh Hải');
    const reporter = await insertUser(db, 'reporter', 'Nguyễn Phóng Viên');
    const other = await insertUser(db, 'reporter', 'Lê Phóng Viên');
    const draft = ok(await createArticle(reporter, articleFields())).article;

    expect(await beat(reporter, draft.id, tabA, t0)).toMatchObject({ ok: true, answer: { state: 'holding' } });
    // Another reporter may not even learn that the article exists, nor who has it open.
    expect(await beat(other, draft.id, tabB, t0)).toEqual({ ok: false, code: 'not-found' });
    expect(await takeOver(other, draft.id, tabB, t0)).toEqual({ ok: false, code: 'not-found' });
    expect(await beat(hai, 'khong-co-bai-nay', tabB, t0)).toEqual({ ok: false, code: 'not-found' });
    expect(await currentHolder(draft.id, t0)).toMatchObject({ userId: reporter.id });

    // Submitted for review, it is no longer the reporter's to edit: refused, and their open tab
    // (still beating a moment ago) no longer holds it: the editor opens it with no one in the way.
    ok(await submitForReview(reporter, { id: draft.id, version: draft.version }));
    expect(await beat(reporter, draft.id, tabA, later(1000))).toEqual({ ok: false, code: 'forbidden' });
    expect(await takeOver(reporter, draft.id, tabA, later(1000))).toEqual({ ok: false, code: 'forbidden' });
    expect(await currentHolder(draft.id, later(1000))).toBeNull();
    expect(await beat(hai, draft.id, tabB, later(2000))).toMatchObject({ ok: true, answer: { state: 'holding' } });
  });
});
