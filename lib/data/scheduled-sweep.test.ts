import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { articleFields, insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { createArticle, scheduleArticle } from './article-workflow';
import { SWEEP_WATERMARK_KEY, claimDueScheduled, hasDueScheduled, isSweepSecret, sweepSecret } from './scheduled-sweep';

afterAll(closeDb);

describe.each(testDialects)('scheduled sweep (%s)', (dialect) => {
  it('claims each passed scheduled time once, even with several instances sweeping at once', async () => {
    const db = await freshDb(dialect);
    const editor = await insertUser(db, 'editor', 'Biên tập viên');
    const t0 = new Date();
    const created = await createArticle(editor, articleFields());
    if (!created.ok) throw new Error(created.message);
    const at = new Date(t0.getTime() + 60_000);
    const s = await scheduleArticle(editor, { id: created.article.id, version: created.article.version, at });
    expect(s.ok).toBe(true);

    // First sweep sets the watermark; nothing is due yet.
    const first = await claimDueScheduled(t0);
    expect(first.due).toEqual([]);
    expect(await hasDueScheduled(new Date(at.getTime() - 1000))).toBe(false);
    expect(await hasDueScheduled(new Date(at.getTime() + 1000))).toBe(true);

    // Two instances sweep the same moment: one gets the article, the other nothing.
    const when = new Date(at.getTime() + 1000);
    const claims = await Promise.all([claimDueScheduled(when), claimDueScheduled(when)]);
    const slugs = claims.flatMap((c) => c.slugs);
    expect(slugs).toEqual([created.article.slug]);
    expect(claims.find((c) => c.slugs.length)!.due[0]).toMatchObject({ slug: created.article.slug, category: 'thoi-su' });
    const mark = await db.selectFrom('app_state').select('value').where('key', '=', SWEEP_WATERMARK_KEY).executeTakeFirstOrThrow();
    expect(mark.value).toBe(when.toISOString());

    // Later sweeps do not claim it again.
    expect((await claimDueScheduled(new Date(at.getTime() + 20_000))).slugs).toEqual([]);
    expect(await hasDueScheduled(new Date(at.getTime() + 20_000))).toBe(false);
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
