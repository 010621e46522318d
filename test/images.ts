/**
 * Photos made on the fly for tests and benchmarks (nothing binary in git):
 * each accepted format, photos with EXIF GPS and orientation, hostile files.
 */
import zlib from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

/**
 * A photo-like image: a gradient with noise at several scales, so detail
 * survives downscaling and the encoders have real work (plain full-size
 * noise averages out to a flat gradient at 1600 pixels).
 */
export async function photo(width: number, height: number): Promise<Sharp> {
  const octave = async (div: number, sigma: number) => {
    const w = Math.max(1, Math.round(width / div));
    const h = Math.max(1, Math.round(height / div));
    const n = sharp({ create: { width: w, height: h, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma } } });
    return (div === 1 ? n : sharp(await n.png().toBuffer()).resize(width, height, { kernel: 'cubic' })).png({ compressionLevel: 1 }).toBuffer();
  };
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#2563eb"/><stop offset="1" stop-color="#f59e0b"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  const base = await sharp(gradient).png().toBuffer();
  const layers = [await octave(12, 60), await octave(3, 40), await octave(1, 25)];
  let img = base;
  for (const layer of layers) img = await sharp(img).composite([{ input: layer, blend: 'soft-light' }]).png({ compressionLevel: 1 }).toBuffer();
  return sharp(img);
}

export async function jpeg(width = 2000, height = 1333): Promise<Buffer> {
  return (await photo(width, height)).jpeg({ quality: 85 }).toBuffer();
}

export async function png(width = 1200, height = 800): Promise<Buffer> {
  return (await photo(width, height)).png().toBuffer();
}

export async function webp(width = 1800, height = 1200): Promise<Buffer> {
  return (await photo(width, height)).webp({ quality: 80 }).toBuffer();
}

export async function avif(width = 1700, height = 1000): Promise<Buffer> {
  return (await photo(width, height)).avif({ quality: 50, effort: 0 }).toBuffer();
}

/** A JPEG carrying a reporter's GPS position, camera details and a photographer's name. */
export async function jpegWithGps(artist = 'T.C'): Promise<Buffer> {
  return (await photo(1200, 800))
    .withExif({
      IFD0: { Artist: artist, Copyright: `Copyright ${artist}`, Make: 'Canon', Model: 'EOS R6', ImageDescription: 'Anh hoi nghi' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '15/1 34/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '108/1 28/1 30/1' },
    })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/**
 * 300 × 200 as stored, left half red and right half blue, with EXIF
 * orientation 6 ("rotate 90° clockwise to display"): shown upright it is
 * 200 × 300 with red on top.
 */
export async function jpegOrientation6(): Promise<Buffer> {
  const left = await sharp({ create: { width: 150, height: 200, channels: 3, background: '#ff0000' } }).png().toBuffer();
  return sharp({ create: { width: 300, height: 200, channels: 3, background: '#0000ff' } })
    .composite([{ input: left, left: 0, top: 0 }])
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 95 })
    .toBuffer();
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

/**
 * A real, valid PNG of side × side black pixels (1-bit grayscale): a few
 * kilobytes on disk, side² pixels once decoded (20 000² = 400 megapixels).
 */
export function pngBomb(side = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // grayscale
  // Every row: filter byte 0, then zero bits. Compresses about 1000:1.
  const raw = Buffer.alloc((1 + Math.ceil(side / 8)) * side);
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), pngChunk('IHDR', ihdr), pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0))]);
}

export const svgWithScript = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><script>fetch("/api/x",{method:"POST"})</script><rect width="800" height="600" fill="red"/></svg>',
);

/** GIF89a header, then HTML: a GIF to an image viewer, a page to a browser that sniffs. */
export const gifHtmlPolyglot = Buffer.concat([
  Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;', 'latin1'),
  Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>'),
]);
