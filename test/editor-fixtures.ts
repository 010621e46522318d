/**
 * People and articles for the editor workflow tests: users inserted straight
 * into the test database (the data layer is what is under test, not sign-in),
 * and valid article fields.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db';
import type { Role } from '@/lib/db/schema';
import type { Actor } from '@/lib/articles/access';
import type { ArticleFields } from '@/lib/validations/article';

export async function insertUser(db: Db, role: Role, name: string): Promise<Actor & { name: string }> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto('users')
    .values({ id, email: `${id.slice(0, 8)}@bantin.test`, name, password_hash: 'x', role, active: 1, session_version: 1, created_at: now, updated_at: now })
    .execute();
  return { id, role, name };
}

let counter = 0;

/** Valid fields with a unique slug; photos credited, so the article may be published. */
export function articleFields(over: Partial<ArticleFields> = {}): ArticleFields {
  counter++;
  return {
    slug: `bai-thu-nghiem-${counter}-${Math.random().toString(36).slice(2, 7)}`,
    title: `Bài thử nghiệm số ${counter} về đê biển`,
    summary: 'Sapo của bài thử nghiệm: đê biển được gia cố trước mùa mưa bão.',
    body: 'Đoạn mở đầu.\n\n<Figure src="/anh/de-bien.jpg" alt="Đê biển" caption="Đê biển" credit="T.C" />\n\nĐoạn kết.',
    category: 'thoi-su',
    tags: ['Đê biển', 'Mưa bão'],
    bylines: [{ name: 'Trần Công', role: 'reporter' }],
    cover: { src: '/anh/bia.jpg', alt: 'Ảnh bìa', caption: 'Chú thích', credit: 'T.C' },
    dateline: 'Quảng Nam',
    ...over,
  };
}
