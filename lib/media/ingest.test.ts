import fs from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDocs } from '@/lib/content/content-docs';
import { syncContent } from '@/lib/content/sync-content';
import { queryMediaLibrary } from './queries';
import { closeDb, type Db, dataDir, withWriteTransaction } from '@/lib/db';
import { initials } from '@/lib/text/vietnamese';
import { jpeg, jpegWithGps, png } from '@/test/images';
import { freshDb, testDialects } from '@/test/test-db';
import { extractImageRefs, syncArticleMedia } from './article-media';
import { ingestContentMedia, linkContentArticles } from './content-media';
import { contentMediaId } from './media-id';
import { imageUrl } from './image-url';
import { ingestImage, mediaSearchText } from './ingest';
import { originalKey } from './media-ref';
import { getStorage } from './storage';

afterAll(closeDb);

async function seedLinks(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('article_media')
    .innerJoin('articles', 'articles.id', 'article_media.article_id')
    .select('article_media.media_id')
    .where('articles.slug', 'like', 'tong-ket-phoi-hop%')
    .execute();
  return rows.map((r) => r.media_id).sort();
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.relative(dir, path.join(d.parentPath, d.name)));
}

describe.each(testDialects)('ingesting photos (%s)', (dialect) => {
  it('stores the same bytes once: one row, one set of files', async () => {
    const db = await freshDb(dialect);
    const bytes = await jpeg(1000, 700);
    const first = await ingestImage(db, bytes, { fallbackCredit: initials('Trần Công') });
    expect(first.created).toBe(true);
    expect(first.media.credit).toBe('T.C');
    expect(first.media.ref).toBe(`/media/${first.media.id}`);
    const root = path.join(dataDir(), 'media');
    const files = filesUnder(root).sort();
    expect(files).toContain(originalKey(first.media.id));
    expect(files.filter((f) => f.startsWith(`${first.media.id}/`))).toHaveLength(6);

    const again = await ingestImage(db, Buffer.from(bytes), { fallbackCredit: 'X.Y' });
    expect(again.created).toBe(false);
    expect(again.media.id).toBe(first.media.id);
    expect(again.media.credit).toBe('T.C');
    expect(filesUnder(root).sort()).toEqual(files);
    expect(await db.selectFrom('media').select('id').execute()).toHaveLength(1);
  });

  it('keeps the original privately (as uploaded, for re-processing) and prefills the credit from EXIF', async () => {
    const db = await freshDb(dialect);
    const bytes = await jpegWithGps('Tran Cong');
    const { media } = await ingestImage(db, bytes, { fallbackCredit: 'A.B' });
    expect(media.credit).toBe('Tran Cong');
    const original = await getStorage().get(originalKey(media.id));
    expect(Buffer.compare(Buffer.from(original!), bytes)).toBe(0);
    // The original still has its GPS; no variant does (see process-image.test.ts and the route test).
    expect((await exifr.gps(Buffer.from(original!)))?.latitude).toBeCloseTo(15.57, 1);
  });

  it('finds photos by caption or credit without accents, with uploader and "used in"', async () => {
    const db = await freshDb(dialect);
    const now = new Date().toISOString();
    await db.insertInto('users').values({ id: 'u1', email: 'pv@bantin.test', name: 'Trần Công', password_hash: 'x', role: 'reporter', active: 1, session_version: 1, created_at: now, updated_at: now }).execute();
    const a = (await ingestImage(db, await png(400, 300), { uploaderId: 'u1', fallbackCredit: 'T.C' })).media;
    const b = (await ingestImage(db, await png(410, 300), { uploaderId: 'u1', fallbackCredit: 'Lê Văn Dũng' })).media;
    await db.updateTable('media').set({ caption: 'Hội nghị tổng kết 100% đạt', search_text: mediaSearchText({ alt: '', caption: 'Hội nghị tổng kết 100% đạt', credit: 'T.C' }) }).where('id', '=', a.id).execute();

    expect((await queryMediaLibrary(db, { q: 'hoi nghi' })).items.map((m) => m.id)).toEqual([a.id]);
    expect((await queryMediaLibrary(db, { q: 'HỘI NGHỊ tổng' })).items.map((m) => m.id)).toEqual([a.id]);
    expect((await queryMediaLibrary(db, { q: 'dung' })).items.map((m) => m.id)).toEqual([b.id]);
    expect((await queryMediaLibrary(db, { q: '100%' })).items.map((m) => m.id)).toEqual([a.id]);
    expect((await queryMediaLibrary(db, { q: '%' })).items.map((m) => m.id)).toEqual([a.id]);
    expect((await queryMediaLibrary(db, { q: 'khong co' })).items).toEqual([]);
    const all = await queryMediaLibrary(db, {});
    expect(all.total).toBe(2);
    expect(all.items[0]!.uploaderName).toBe('Trần Công');

    // "used in": maintained when an article is saved.
    await syncContent(db, contentDocs());
    const article = await db.selectFrom('articles').select(['id', 'slug', 'body', 'cover']).limit(1).executeTakeFirstOrThrow();
    const body = `Mở đầu.\n\n<Figure src="${a.ref}" alt="Hội nghị" caption="Hội nghị" credit="T.C" />\n\n<Gallery>\n<Figure src="${b.ref}" alt="b" caption="b" credit="L.V.D" />\n</Gallery>\n`;
    expect(extractImageRefs({ body, cover: null })).toEqual([a.ref, b.ref]);
    const linked = await withWriteTransaction((tx) => syncArticleMedia(tx, article.id, { body, cover: { src: a.ref } }), db);
    expect(linked.sort()).toEqual([a.id, b.id].sort());
    const used = await queryMediaLibrary(db, {});
    expect(used.items.find((m) => m.id === b.id)!.usedIn.map((u) => u.slug)).toEqual([article.slug]);
    await withWriteTransaction((tx) => syncArticleMedia(tx, article.id, { body: 'Không còn ảnh.', cover: { src: `/media/${'0'.repeat(32)}` } }), db);
    expect((await queryMediaLibrary(db, {})).items.every((m) => m.usedIn.length === 0)).toBe(true);
  });

  it('puts the photos of content/ articles through the same pipeline, once, and links them', async () => {
    const db = await freshDb(dialect);
    const first = await ingestContentMedia(db);
    expect(first.errors).toEqual([]);
    expect(first.ingested).toEqual(['hoi-nghi-ky-ket-chuong-trinh.jpg', 'hoi-nghi-trao-bang-khen.jpg']);
    const again = await ingestContentMedia(db);
    expect(again).toEqual({ ingested: [], unchanged: 2, errors: [] });

    const id = contentMediaId('hoi-nghi-ky-ket-chuong-trinh.jpg')!;
    const row = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.origin).toBe('content');
    expect([row.width, row.height]).toEqual([1600, 1067]);
    expect(imageUrl('hoi-nghi-ky-ket-chuong-trinh.jpg', 1200)).toBe(`/media/${id}/1600.webp`);
    expect(imageUrl(`/media/${id}`, 400)).toBe(`/media/${id}/480.webp`);
    expect(imageUrl('https://example.org/a.jpg')).toBe('https://example.org/a.jpg');

    // The content sync writes through writeIndexRecord, which links each article to its photos.
    await syncContent(db, contentDocs());
    expect(await seedLinks(db)).toEqual([id, contentMediaId('hoi-nghi-trao-bang-khen.jpg')].sort());
  });

  it('links content articles to photos ingested after them', async () => {
    const db = await freshDb(dialect);
    await syncContent(db, contentDocs());
    expect(await seedLinks(db)).toEqual([]);
    await ingestContentMedia(db);
    await linkContentArticles(db);
    expect(await seedLinks(db)).toEqual([contentMediaId('hoi-nghi-ky-ket-chuong-trinh.jpg'), contentMediaId('hoi-nghi-trao-bang-khen.jpg')].sort());
  });
});
