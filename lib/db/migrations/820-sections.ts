import type { Kysely } from 'kysely';

/**
 * Sections (chuyên mục) become data an admin manages (lib/sections,
 * docs/sections.md). Seeded with the six sections that were fixed in code, in
 * their menu order. `parent_slug` names a top-level section (one level of
 * chuyên mục con, enforced by the writes). A renamed slug leaves a row in
 * `section_redirects` so old addresses answer 301.
 */
const seed = [
  { slug: 'thoi-su', name: 'Thời sự', description: 'Tin tức thời sự trong tỉnh và cả nước.' },
  { slug: 'quoc-phong-an-ninh', name: 'Quốc phòng – An ninh', description: 'Quốc phòng, an ninh, trật tự an toàn xã hội.' },
  { slug: 'kinh-te', name: 'Kinh tế', description: 'Kinh tế, đầu tư, nông nghiệp, du lịch.' },
  { slug: 'xa-hoi', name: 'Xã hội', description: 'Giáo dục, y tế, lao động, đời sống.' },
  { slug: 'van-hoa', name: 'Văn hóa', description: 'Văn hóa, văn nghệ, di sản, thể thao.' },
  { slug: 'dich-vu', name: 'Dịch vụ bạn đọc', description: 'Thông tin phục vụ bạn đọc: lịch làm việc, thời tiết, hướng dẫn.' },
];

// any: a migration must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sections')
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    // No foreign key: a rename rewrites the children in the same transaction.
    .addColumn('parent_slug', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('section_redirects')
    .addColumn('old_slug', 'text', (c) => c.primaryKey())
    .addColumn('new_slug', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  const now = new Date().toISOString();
  await db
    .insertInto('sections')
    .values(seed.map((s, i) => ({ ...s, position: i, parent_slug: null, created_at: now, updated_at: now })))
    .execute();
}

// any: a migration must not depend on the current schema types
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('section_redirects').ifExists().execute();
  await db.schema.dropTable('sections').ifExists().execute();
}
