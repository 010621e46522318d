import fs from 'node:fs';
import path from 'node:path';
import { sectionSlugs } from '@/lib/config/site';
import { type ContentDoc, parseContentDoc } from './sync-content';

/**
 * Build-time check of content/ beyond what contentlayer2 checks itself (it
 * does not enforce enums): the one article schema, the MDX allowlist, unique
 * slugs, and that every photo a file names exists under content/media.
 * Returns one message per problem, each naming the file and the field.
 */
export function checkContent(docs: ContentDoc[], mediaDir: string, warnings: string[] = []): string[] {
  const errors: string[] = [];
  const slugs = new Map<string, string>();
  for (const doc of docs) {
    const file = `content/${doc._raw.sourceFilePath}`;
    const parsed = parseContentDoc(doc);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    const a = parsed.article;
    // No database at build time: only the initial sections are known here, so this is a warning (docs/sections.md).
    if (!(sectionSlugs as readonly string[]).includes(a.category))
      warnings.push(`${file}: field "category": "${a.category}" is not one of the initial sections (${sectionSlugs.join(', ')}); the article still shows, named by its slug, unless an admin adds that section`);
    const other = slugs.get(a.slug);
    if (other) errors.push(`${file}: field "slug": "${a.slug}" is already used by ${other}`);
    slugs.set(a.slug, file);
    const photos = [...(a.cover ? [{ field: 'cover.src', src: a.cover.src }] : []), ...[...a.body.matchAll(/<Figure\b[^>]*\bsrc="([^"]+)"/g)].map((m) => ({ field: 'body <Figure src>', src: m[1]! }))];
    for (const p of photos) {
      if (/^(https?:)?\/\//.test(p.src) || p.src.startsWith('/media/')) continue;
      if (!fs.existsSync(path.join(mediaDir, path.basename(p.src)))) errors.push(`${file}: field "${p.field}": photo "${p.src}" not found in content/media/`);
    }
  }
  return errors;
}
