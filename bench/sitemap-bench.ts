// Median time of the split sitemap's reads (counts, the index's lastmods, one part's slice) and the
// single file's read it replaces, over a generated database. Usage:
//   npx tsx bench/generate-articles.ts --fast --count 100000 --sqlite bench/out/sqlite-100000
//   DATA_DIR=bench/out/sqlite-100000 npx tsx bench/sitemap-bench.ts
// 2026-12-04, 100,000 articles (202,505 tags: 7 parts), shared 2 cores: counts 0.3–0.45 s (the distinct
// tags), index lastmods 0.34–0.40 s, a part's articles 0.23–0.34 s, tags slice 0.31–0.44 s; the single
// file's read it replaces 1.0–1.1 s (then a ~55 M-character string, over the 50 MB cache's ceiling).
import { closeDb, getDb } from '@/lib/db';
import { querySitemap } from '@/lib/articles/queries';
import { querySitemapArticles, querySitemapCounts, querySitemapLastmods, querySitemapSlugs } from '@/lib/articles/sitemap-queries';
import { siteConfig } from '@/lib/config/site';
import { printMedians } from './stats';

const now = new Date().toISOString();
const runs = Number(process.env.RUNS || 5);
const limit = siteConfig.sitemapMaxUrls;

async function main() {
  const db = getDb();
  const counts = await querySitemapCounts(db, now);
  console.log(`${JSON.stringify(counts)}, ${runs} runs each`);
  const cases: [string, () => Promise<unknown>][] = [
    ['counts (every answer)', () => querySitemapCounts(db, now)],
    ['index lastmods', () => querySitemapLastmods(db, now, limit)],
    ['part 1 articles', () => querySitemapArticles(db, now, 0, limit)],
    ['part 2 articles', () => querySitemapArticles(db, now, limit, limit)],
    ['tags slice', () => querySitemapSlugs(db, now, 'tags', 0, limit)],
    ['single file (before)', () => querySitemap(db, now)],
  ];
  await printMedians(cases, runs);
  await closeDb();
}

void main();
