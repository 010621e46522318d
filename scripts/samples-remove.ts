// Removes every sample article (frontmatter `sample: true`) from content/articles.
// The index drops them on the next start after a rebuild (content sync removes
// rows whose file is gone). Usage: npm run samples:remove [-- --dry-run]
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(process.cwd(), 'content', 'articles');
const dryRun = process.argv.includes('--dry-run');
const removed: string[] = [];
for (const name of fs.readdirSync(dir)) {
  if (!name.endsWith('.mdx')) continue;
  const file = path.join(dir, name);
  const text = fs.readFileSync(file, 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  if (!/^sample:\s*true\s*$/m.test(frontmatter)) continue;
  if (!dryRun) fs.unlinkSync(file);
  removed.push(`content/articles/${name}`);
}
console.log(removed.length ? `${dryRun ? 'Would remove' : 'Removed'} ${removed.length} sample article(s):\n  ${removed.join('\n  ')}` : 'No sample articles found.');
if (removed.length && !dryRun) console.log('Rebuild and restart (npm run build && npm start) to drop them from the site.');
