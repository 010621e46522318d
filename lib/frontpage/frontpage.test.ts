/**
 * The front page on SQLite and (with TEST_DATABASE_URL) PostgreSQL: pins in
 * their order, unpinned slots filled with the newest, no story twice, expiry,
 * takedown, only public articles pinnable, the rights of each write, audit.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeIndexRecord } from '@/lib/articles/index-writer';
import { getAuditLog } from '@/lib/audit/log';
import { siteConfig } from '@/lib/config/site';
import { closeDb, type Db, withWriteTransaction } from '@/lib/db';
import type { Role } from '@/lib/db/schema';
import { insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { type FrontPage, queryBanner, queryFrontPage, queryPins, querySectionPin } from './queries';
import { saveSection } from '@/lib/sections/writes';
import { lowerBanner, raiseBanner, saveFrontPage } from './writes';

afterAll(closeDb);

const NOW = new Date().toISOString();
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

async function add(db: Db, slug: string, o: { category?: string; hoursAgo: number; status?: 'published' | 'draft'; cover?: boolean }) {
  const id = randomUUID();
  const at = hoursAgo(o.hoursAgo);
  await withWriteTransaction(
    (tx) =>
      writeIndexRecord(tx, {
        id, slug, source: 'db', contentHash: null, title: `Bài ${slug}`, summary: `Tóm tắt ${slug}.`, body: `Nội dung ${slug}.`,
        category: (o.category ?? 'thoi-su') as 'thoi-su', tags: [], bylines: [{ name: 'Nguyễn Văn Á', role: 'reporter' }],
        cover: o.cover ? { src: 'a.jpg', alt: 'ảnh', caption: '', credit: 'T.C' } : null, dateline: null,
        status: o.status ?? 'published', publishedAt: at, updatedAt: at, createdAt: at, authorId: null, version: 1, sample: false,
      }),
    db,
  );
  return id;
}

/** Every story the home page places, in page order. */
const placed = (f: FrontPage) => [f.lead, ...f.featured, ...f.latest, ...f.sections.flatMap((s) => s.items)].filter((a) => a !== null).map((a) => a.id);

describe.each(testDialects)('front page (%s)', (dialect) => {
  let db: Db;
  const ids: Record<string, string> = {};
  let people: Record<Role, { id: string; role: Role }>;

  beforeAll(async () => {
    db = await freshDb(dialect);
    people = { reporter: await insertUser(db, 'reporter', 'PV'), editor: await insertUser(db, 'editor', 'BTV'), admin: await insertUser(db, 'admin', 'QT') };
    // 24 stories over three sections, the newest has a photo; enough that every block fills.
    for (let i = 0; i < 24; i++) ids[`b${i}`] = await add(db, `b${i}`, { hoursAgo: i + 1, category: ['thoi-su', 'kinh-te', 'xa-hoi'][i % 3], cover: i === 0 || i === 23 });
    ids.draft = await add(db, 'nhap', { hoursAgo: 1, status: 'draft' });
  });

  beforeEach(async () => {
    await db.deleteFrom('front_pins').execute();
    await db.deleteFrom('breaking_banner').execute();
  });

  it('with no pins: the newest photo story leads, featured and latest are the next newest, and no story is placed twice', async () => {
    const f = await queryFrontPage(db, NOW);
    expect(f.lead?.id).toBe(ids.b0);
    expect(f.featured.map((a) => a.id)).toEqual([ids.b1, ids.b2, ids.b3, ids.b4]);
    expect(f.latest).toHaveLength(siteConfig.homeLatest);
    const all = placed(f);
    expect(new Set(all).size).toBe(all.length);
    // The old home page repeated the lead in its own section block.
    expect(f.sections.find((s) => s.slug === 'thoi-su')!.items.map((a) => a.id)).not.toContain(ids.b0);
  });

  it('shows the pinned lead and featured stories in the order saved, and fills the rest with the newest', async () => {
    const r = await saveFrontPage(people.editor, { lead: { articleId: ids.b20, expiresAt: null }, featured: [{ articleId: ids.b15, expiresAt: null }, { articleId: ids.b0, expiresAt: null }], sections: {} });
    expect(r.ok).toBe(true);
    const f = await queryFrontPage(db, NOW);
    expect(f.lead?.id).toBe(ids.b20);
    expect(f.featured.map((a) => a.id)).toEqual([ids.b15, ids.b0, ids.b1, ids.b2]);
    const all = placed(f);
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((id) => id === ids.b20)).toHaveLength(1);
  });

  it("puts a section's pinned story first in its block and nowhere else", async () => {
    await saveFrontPage(people.editor, { lead: null, featured: [], sections: { 'kinh-te': { articleId: ids.b22, expiresAt: null } } });
    const f = await queryFrontPage(db, NOW);
    expect(f.sections.find((s) => s.slug === 'kinh-te')!.items[0].id).toBe(ids.b22);
    expect(placed(f).filter((id) => id === ids.b22)).toHaveLength(1);
    expect(f.lead?.id).toBe(ids.b0);
    // The section page leads with it too; other sections have none.
    expect((await querySectionPin(db, 'kinh-te', NOW))?.id).toBe(ids.b22);
    expect(await querySectionPin(db, 'thoi-su', NOW)).toBeNull();
  });

  it('pins the top story of a section an admin added (sections are data), and refuses one that is not stored', async () => {
    const made = await saveSection(people.admin, { original: '', name: 'Nông nghiệp', slug: 'nong-nghiep', description: '', parent: 'kinh-te' });
    expect(made.ok).toBe(true);
    const farm = await add(db, 'lua-dong-xuan', { category: 'nong-nghiep', hoursAgo: 1 });
    expect(await saveFrontPage(people.editor, { lead: null, featured: [], sections: { 'nong-nghiep': { articleId: farm, expiresAt: null } } })).toMatchObject({ ok: true });
    expect((await querySectionPin(db, 'nong-nghiep', NOW))?.id).toBe(farm);
    const unknown = await saveFrontPage(people.editor, { lead: null, featured: [], sections: { 'khong-co': { articleId: ids.b22, expiresAt: null } } });
    expect(unknown).toMatchObject({ ok: false, code: 'section' });
    expect(unknown.ok ? '' : unknown.message).toMatch(/Chuyên mục "khong-co" không còn/);
    // The refused save changed nothing.
    expect((await querySectionPin(db, 'nong-nghiep', NOW))?.id).toBe(farm);
    await saveFrontPage(people.editor, { lead: null, featured: [], sections: {} });
  });

  it('drops a pin once its expiry has passed', async () => {
    await saveFrontPage(people.editor, { lead: { articleId: ids.b20, expiresAt: inHours(2) }, featured: [], sections: {} });
    expect((await queryFrontPage(db, NOW)).lead?.id).toBe(ids.b20);
    expect((await queryFrontPage(db, inHours(3))).lead?.id).toBe(ids.b0);
    await saveFrontPage(people.editor, { lead: null, featured: [], sections: { 'xa-hoi': { articleId: ids.b2, expiresAt: inHours(2) } } });
    expect((await querySectionPin(db, 'xa-hoi', NOW))?.id).toBe(ids.b2);
    expect(await querySectionPin(db, 'xa-hoi', inHours(3))).toBeNull();
  });

  it('drops the pin and the banner of an article taken down', async () => {
    const id = await add(db, `go-${randomUUID().slice(0, 6)}`, { hoursAgo: 30 });
    await saveFrontPage(people.editor, { lead: { articleId: id, expiresAt: null }, featured: [], sections: {} });
    await raiseBanner(people.editor, { text: 'Bão số 9 đổ bộ', articleId: id, expiresAt: null });
    expect((await queryFrontPage(db, NOW)).lead?.id).toBe(id);
    expect((await queryBanner(db, NOW))?.articleId).toBe(id);
    await db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', id).execute();
    const f = await queryFrontPage(db, NOW);
    expect(placed(f)).not.toContain(id);
    expect(f.lead?.id).toBe(ids.b0);
    expect(await queryBanner(db, NOW)).toBeNull();
  });

  it('refuses to pin or link an article readers cannot see, changing nothing', async () => {
    await saveFrontPage(people.editor, { lead: { articleId: ids.b5, expiresAt: null }, featured: [], sections: {} });
    const r = await saveFrontPage(people.editor, { lead: null, featured: [{ articleId: ids.draft, expiresAt: null }], sections: {} });
    expect(r).toMatchObject({ ok: false, code: 'not-public' });
    expect((await queryPins(db)).map((p) => p.articleId)).toEqual([ids.b5]);
    expect(await raiseBanner(people.editor, { text: 'Tin nháp', articleId: ids.draft, expiresAt: null })).toMatchObject({ ok: false, code: 'not-public' });
    expect(await queryBanner(db, NOW)).toBeNull();
  });

  it.each([
    ['reporter', false],
    ['editor', true],
    ['admin', true],
  ] as const)('rights: %s may pin and raise/lower the banner: %s', async (role, allowed) => {
    const actor = people[role];
    const pin = await saveFrontPage(actor, { lead: { articleId: ids.b7, expiresAt: null }, featured: [], sections: {} });
    expect(pin.ok).toBe(allowed);
    expect((await queryPins(db)).length).toBe(allowed ? 1 : 0);
    const up = await raiseBanner(actor, { text: 'Mưa lớn ở miền núi', articleId: ids.b7, expiresAt: null });
    expect(up.ok).toBe(allowed);
    if (!allowed) {
      expect(up).toMatchObject({ code: 'forbidden' });
      await raiseBanner(people.editor, { text: 'Mưa lớn ở miền núi', articleId: ids.b7, expiresAt: null });
    }
    expect((await lowerBanner(actor)).ok).toBe(allowed);
    expect(await queryBanner(db, NOW)).toEqual(allowed ? null : expect.objectContaining({ text: 'Mưa lớn ở miền núi' }));
  });

  it('shows the banner until lowered or expired, and audits every change with who did it', async () => {
    const r = await raiseBanner(people.editor, { text: 'Sạt lở trên quốc lộ 40B', articleId: ids.b3, expiresAt: inHours(1) }, '203.0.113.9');
    expect(r).toEqual({ ok: true, revalidate: ['breaking'] });
    expect(await queryBanner(db, NOW)).toMatchObject({ text: 'Sạt lở trên quốc lộ 40B', slug: 'b3' });
    expect(await queryBanner(db, inHours(2))).toBeNull();
    expect((await lowerBanner(people.admin)).ok).toBe(true);
    expect(await queryBanner(db, NOW)).toBeNull();
    expect(await lowerBanner(people.admin)).toMatchObject({ ok: false, code: 'not-raised' });
    await saveFrontPage(people.editor, { lead: { articleId: ids.b9, expiresAt: null }, featured: [], sections: {} });
    const log = (await getAuditLog({}, db)).entries;
    expect(log.find((e) => e.action === 'breaking.raise')).toMatchObject({ user: { id: people.editor.id }, target: ids.b3, ip: '203.0.113.9' });
    expect(log.find((e) => e.action === 'breaking.lower')).toMatchObject({ user: { id: people.admin.id } });
    expect(log.find((e) => e.action === 'frontpage.update')?.detail).toMatchObject({ after: [{ slot: 'lead', article_id: ids.b9 }] });
  });
});
