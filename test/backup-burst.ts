/**
 * A second process saving articles as fast as it can, for lib/backup/backup.test.ts:
 * a backup must be safe while another process writes (SQLite's VACUUM INTO blocks
 * its own process, so writes from the test's own process would never overlap it).
 * Uses DATA_DIR / DATABASE_URL like the portal. Prints one JSON line per
 * acknowledged (committed) write: {"id","version"}. (Photos are added by the
 * test itself: the upload pipeline is server-only code that tsx cannot load.)
 * Env: BURST_ACTOR (an editor's id), BURST_SAVES, BURST_COVER (a photo reference).
 */
import { createArticle, saveArticle } from '@/lib/articles/workflow';
import { closeDb } from '@/lib/db';
import { articleFields } from '@/test/editor-fixtures';

async function main() {
  const actor = { id: process.env.BURST_ACTOR!, role: 'editor' as const };
  const saves = Number(process.env.BURST_SAVES ?? 40);
  const cover = { src: process.env.BURST_COVER!, alt: 'Ảnh bìa', caption: 'Đê biển mùa lũ', credit: 'T.C' };
  const ack = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);
  const live: { id: string; version: number; slug: string }[] = [];
  for (let i = 0; i < saves; i++) {
    if (i % 3 === 0 || live.length === 0) {
      const r = await createArticle(actor, articleFields({ cover }));
      if (!r.ok) throw new Error(r.message);
      live.push({ id: r.article.id, version: r.article.version, slug: r.article.slug });
      ack({ id: r.article.id, version: r.article.version });
    } else {
      const a = live[i % live.length]!;
      const r = await saveArticle(actor, { id: a.id, version: a.version, fields: { ...articleFields({ slug: a.slug, cover }), title: `Bản sửa số ${i} về đê biển` } });
      if (!r.ok) throw new Error(r.message);
      a.version = r.article.version;
      ack({ id: a.id, version: a.version });
    }
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
