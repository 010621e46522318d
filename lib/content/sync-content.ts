import { createHash } from 'node:crypto';
import type { Article } from 'contentlayer/generated';
import type { Kysely } from 'kysely';
import { writeIndexRecord } from '@/lib/articles/index-writer';
import { withWriteTransaction } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { queryRedirects, querySections } from '@/lib/sections/queries';
import { formatMdxIssues, validateMdx } from '@/lib/mdx/validate-mdx';
import { type ContentArticle, contentArticleSchema } from '@/lib/validations/article';

/** A content/ document as contentlayer2 generates it from contentFrontmatterSchema: its fields, raw body and file. */
export type ContentDoc = Omit<Article, '_id' | 'type' | '_raw' | 'body'> & { body: { raw: string }; _raw: { sourceFilePath: string } };

/** `warnings`: files kept in the index whose category is not a stored section (they show under the slug as the name). */
export type SyncReport = { inserted: string[]; updated: string[]; removed: string[]; unchanged: number; errors: string[]; warnings: string[] };

/** Stable id of a content/ article: its file, so a slug change moves the same article. */
export function contentId(sourceFilePath: string): string {
  return `c_${createHash('sha1').update(sourceFilePath).digest('hex').slice(0, 20)}`;
}

/**
 * Check one content/ document against the one article schema and the MDX
 * allowlist. Errors name the file and the field (or the body line).
 */
export function parseContentDoc(doc: ContentDoc): { ok: true; article: ContentArticle } | { ok: false; errors: string[] } {
  const file = `content/${doc._raw.sourceFilePath}`;
  const { body, _raw, ...frontmatter } = doc;
  const parsed = contentArticleSchema.safeParse({ ...frontmatter, body: body.raw });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${file}: field "${i.path.join('.')}": ${i.message}`) };
  }
  const checked = validateMdx(parsed.data.body);
  if (!checked.ok) return { ok: false, errors: formatMdxIssues(checked.issues).map((m) => `${file}: body: ${m}`) };
  return { ok: true, article: parsed.data };
}

/**
 * Upsert the content/ articles into the one article index, keyed by content
 * hash (unchanged files are skipped), and remove index rows whose file is gone.
 * Idempotent and safe when several instances start at once.
 */
export async function syncContent(db: Kysely<Database>, docs: ContentDoc[]): Promise<SyncReport> {
  const report: SyncReport = { inserted: [], updated: [], removed: [], unchanged: 0, errors: [], warnings: [] };
  const seen = new Set<string>();
  // A renamed section's old slug in a file follows the rename; an unknown one still shows (docs/sections.md).
  const redirects = await queryRedirects(db);
  const stored = new Set((await querySections(db)).map((s) => s.slug));

  for (const doc of docs) {
    const file = `content/${doc._raw.sourceFilePath}`;
    const id = contentId(doc._raw.sourceFilePath);
    seen.add(id);
    const parsed = parseContentDoc(doc);
    if (!parsed.ok) {
      report.errors.push(...parsed.errors);
      continue;
    }
    const a = { ...parsed.article, category: redirects.get(parsed.article.category) ?? parsed.article.category };
    if (!stored.has(a.category))
      report.warnings.push(`${file}: field "category": "${a.category}" không phải chuyên mục đang có; bài vẫn hiện, tên chuyên mục hiện bằng đường dẫn cho tới khi quản trị viên tạo chuyên mục này.`);
    const hash = createHash('sha256').update(JSON.stringify(a)).digest('hex');

    await withWriteTransaction(async (tx) => {
      const existing = await tx.selectFrom('articles').select(['id', 'content_hash']).where('id', '=', id).executeTakeFirst();
      if (existing?.content_hash === hash) {
        report.unchanged++;
        return;
      }
      const clash = await tx.selectFrom('articles').select(['id', 'source']).where('slug', '=', a.slug).where('id', '!=', id).executeTakeFirst();
      if (clash) {
        report.errors.push(`${file}: slug "${a.slug}" đã được dùng bởi một bài khác (${clash.source === 'db' ? 'trong cơ sở dữ liệu' : 'trong content/'}).`);
        return;
      }
      const publishedAt = new Date(a.publishedAt).toISOString();
      await writeIndexRecord(tx, {
        ...a,
        id,
        source: 'content',
        contentHash: hash,
        status: 'published',
        publishedAt,
        updatedAt: a.updatedAt ? new Date(a.updatedAt).toISOString() : publishedAt,
        createdAt: publishedAt,
        authorId: null,
        version: 1,
        sample: a.sample,
      });
      (existing ? report.updated : report.inserted).push(a.slug);
    }, db);
  }

  const stale = await db.selectFrom('articles').select(['id', 'slug']).where('source', '=', 'content').execute();
  for (const row of stale) {
    if (seen.has(row.id)) continue;
    await db.deleteFrom('articles').where('id', '=', row.id).execute();
    report.removed.push(row.slug);
  }
  return report;
}
