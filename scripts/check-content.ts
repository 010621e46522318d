// Runs after `contentlayer2 build` (npm prebuild): fails the build naming the
// file and the field when a content/ article breaks the article schema.
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '@/lib/content/check-content';
import type { ContentDoc } from '@/lib/content/sync-content';

const root = process.cwd();
// Read the generated JSON directly: the .mjs index needs ESM import attributes.
const docs = JSON.parse(fs.readFileSync(path.join(root, '.contentlayer/generated/Article/_index.json'), 'utf8')) as ContentDoc[];
const warnings: string[] = [];
const errors = checkContent(docs, path.join(root, 'content', 'media'), warnings);
for (const w of warnings) console.warn(`  ! ${w}`);
if (errors.length) {
  console.error(`content/ has ${errors.length} problem(s):`);
  for (const e of errors) console.error(`  • ${e}`);
  process.exit(1);
}
console.log(`content/: ${docs.length} articles checked`);
