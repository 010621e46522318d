import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { ingestImage } from '@/lib/media/ingest';
import { jpegWithGps } from '@/test/images';
import { freshDb } from '@/test/test-db';
import { GET } from './route';

afterAll(closeDb);

const get = (key: string[]) => GET(new Request(`http://localhost/media/${key.join('/')}`), { params: Promise.resolve({ key }) });

describe('GET /media/[...key]', () => {
  it('serves variants with immutable caching, the right type, nosniff, and no EXIF', async () => {
    const db = await freshDb('sqlite');
    const { media } = await ingestImage(db, await jpegWithGps());
    for (const [file, type, format] of [
      ['480.webp', 'image/webp', 'webp'],
      ['960.avif', 'image/avif', 'heif'],
      ['1600.webp', 'image/webp', 'webp'],
    ] as const) {
      const res = await get([media.id, file]);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe(format);
      expect(meta.exif).toBeUndefined();
      expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
    }
    // A reference redirects to the largest variant.
    const ref = await get([media.id]);
    expect(ref.status).toBe(308);
    expect(ref.headers.get('location')).toBe(`/media/${media.id}/1600.webp`);
  });

  it('never serves originals and never leaves the media root', async () => {
    const db = await freshDb('sqlite');
    const { media } = await ingestImage(db, await jpegWithGps());
    const attempts: string[][] = [
      ['originals', media.id],
      [media.id, '..', '..', 'bantin.sqlite'],
      ['..', 'bantin.sqlite'],
      ['..', '..', '..', 'etc', 'passwd'],
      ['%2e%2e', '%2e%2e', 'bantin.sqlite'],
      ['%2E%2E%2Fbantin.sqlite'],
      ['..%2fbantin.sqlite'],
      ['/etc/passwd'],
      ['', 'etc', 'passwd'],
      [media.id, '/etc/passwd'],
      [media.id, '..\\..\\bantin.sqlite'],
      [media.id, '480.webp/../../../bantin.sqlite'],
      [media.id, '480.webp', '..'],
      [media.id, '480.jpg'],
      [media.id, '481.webp'],
      [media.id.toUpperCase(), '480.webp'],
      [`${media.id}x`, '480.webp'],
      ['content', '../../package.json'],
      ['content', 'hoi-nghi-ky-ket-chuong-trinh.jpg%00.webp'],
    ];
    for (const key of attempts) {
      const res = await get(key);
      expect(res.status, key.join('/')).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await res.text()).toBe('Không tìm thấy ảnh.');
    }
    // An id that is not in the library.
    expect((await get(['0'.repeat(32), '480.webp'])).status).toBe(404);
  });

  it('redirects the foundation\'s /media/content/<file> to the re-encoded photo', async () => {
    await freshDb('sqlite');
    const res = await get(['content', 'hoi-nghi-ky-ket-chuong-trinh.jpg']);
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toMatch(/^\/media\/[0-9a-f]{32}\/1600\.webp$/);
  });
});
