import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, type Db } from '@/lib/db';
import { createArticle } from '@/lib/articles/workflow';
import { articleFields, insertUser } from '@/test/editor-fixtures';
import { freshDb, testDialects } from '@/test/test-db';
import { getAuditLog, writeAudit } from './log';

afterAll(closeDb);

describe.each(testDialects)('the audit log page (%s)', (dialect) => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb(dialect);
  });

  it('names and links each target from the database: the article by its title now, the person by their name', async () => {
    const admin = await insertUser(db, 'admin', 'Quản Trị');
    const reporter = await insertUser(db, 'reporter', 'Minh Hải');
    const created = await createArticle(reporter, articleFields({ title: 'Quảng Nam ra quân' }));
    if (!created.ok) throw new Error(created.message);
    const id = created.article.id;
    await writeAudit({ userId: admin.id, action: 'article.publish', target: id, detail: { title: 'Tiêu đề lúc đăng', publishedAt: '2026-11-27T01:30:00.000Z' } });
    await writeAudit({ userId: admin.id, action: 'user.role-change', target: reporter.id, detail: { from: 'reporter', to: 'editor' } });
    await writeAudit({ userId: admin.id, action: 'media.upload', target: 'abc', detail: { name: 'anh.jpg' } });
    const log = await getAuditLog();
    const byAction = Object.fromEntries(log.entries.map((e) => [e.action, e.targetLink]));
    expect(byAction['article.publish']).toEqual({ label: 'Quảng Nam ra quân', href: `/editor/bai/${id}` });
    expect(byAction['user.role-change']).toEqual({ label: 'Minh Hải', href: `/editor/nguoi-dung/${reporter.id}` });
    expect(byAction['media.upload']).toEqual({ label: 'anh.jpg', href: '/editor/anh' });
  });
});
