import exifr from 'exifr';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { type MediaFormat, type MediaSlot, mediaConfig } from '@/lib/config/site';
import { MediaError } from './media-error';
import { mediaIdOf } from './media-id';
import { checkBytes, type SniffedFormat, sniffedMime } from './sniff';

export type ProcessedVariant = { slot: MediaSlot; format: MediaFormat; width: number; height: number; data: Buffer };

export type ProcessedImage = {
  /** First 32 hex digits of the sha256 of the bytes as uploaded. */
  id: string;
  format: SniffedFormat;
  /** MIME type of the original (from its bytes, not from the client). */
  mime: string;
  /** Size of the photo with its orientation applied. */
  width: number;
  height: number;
  variants: ProcessedVariant[];
  /** data: URL of a tiny placeholder. */
  blur: string;
  /** Credit and caption found in the photo's EXIF/IPTC/XMP, if any. */
  embedded: { credit: string | null; caption: string | null };
};


const sharpOptions = { limitInputPixels: mediaConfig.maxPixels, failOn: 'error' as const, sequentialRead: true };

const SHARP_FORMAT: Record<SniffedFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', heif: 'heif' };

/**
 * Check and re-encode one photo: the bytes are sniffed (never trusted from the
 * client), the header's pixel count is checked before any decoding (a 20 kB
 * PNG can claim 100 000 × 100 000 pixels), then the photo is decoded once,
 * its EXIF orientation applied, and written as every slot × format with no
 * metadata at all (no GPS, no camera serial, no ICC: sRGB is assumed).
 */
export async function processImage(input: Uint8Array): Promise<ProcessedImage> {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const format = await checkBytes(bytes, mediaConfig.maxBytes);

  let meta: Metadata;
  try {
    // Header only (no pixel is decoded), so the pixel count can be reported
    // before the limited decode below would refuse it anyway.
    meta = await sharp(bytes, { ...sharpOptions, limitInputPixels: false }).metadata();
  } catch {
    throw new MediaError('corrupt', 'Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng.');
  }
  if (meta.format !== SHARP_FORMAT[format]) {
    throw new MediaError('unsupported', 'Nội dung tệp không khớp với định dạng ảnh ở phần đầu tệp, nên bị từ chối.');
  }
  const rawWidth = meta.width ?? 0;
  const rawHeight = meta.height ?? 0;
  if (!rawWidth || !rawHeight) throw new MediaError('corrupt', 'Không đọc được kích thước ảnh: tệp bị hỏng.');
  if (rawWidth * rawHeight > mediaConfig.maxPixels) {
    throw new MediaError(
      'too-many-pixels',
      `Ảnh có quá nhiều điểm ảnh (${rawWidth} × ${rawHeight} ≈ ${Math.round((rawWidth * rawHeight) / 1e6)} megapixel). Giới hạn là ${mediaConfig.maxPixels / 1e6} megapixel; hãy thu nhỏ ảnh rồi tải lại.`,
    );
  }
  const swap = (meta.orientation ?? 1) >= 5;
  const width = swap ? rawHeight : rawWidth;
  const height = swap ? rawWidth : rawHeight;

  // Decode once, oriented and at most as wide as the largest slot, into raw
  // pixels; every variant is made from those (JPEG shrink-on-load makes the
  // decode of a 24 MP photo cheap).
  const largest = mediaConfig.widths[mediaConfig.widths.length - 1]!;
  let master: { data: Buffer; info: OutputInfo };
  try {
    master = await sharp(bytes, sharpOptions)
      .rotate()
      .resize({ width: Math.min(largest, width), withoutEnlargement: true })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    const msg = String((error as Error).message ?? '');
    if (format === 'heif' && /hevc|codec|decod|plugin|unsupported/i.test(msg)) {
      throw new MediaError('heic', 'Ảnh HEIC (chụp bằng iPhone) chưa đọc được. Hãy chọn "Xuất dạng JPEG" (hoặc đặt Camera ở chế độ "Tương thích nhất") rồi tải lại.');
    }
    if (/pixel limit/i.test(msg)) throw new MediaError('too-many-pixels', `Ảnh có quá nhiều điểm ảnh. Giới hạn là ${mediaConfig.maxPixels / 1e6} megapixel.`);
    throw new MediaError('corrupt', 'Không giải mã được ảnh: tệp bị hỏng hoặc bị cắt cụt.');
  }
  const { channels } = master.info;
  const raw = () => sharp(master.data, { raw: { width: master.info.width, height: master.info.height, channels } });

  const variants: ProcessedVariant[] = [];
  const encoded = new Map<number, ProcessedVariant[]>();
  for (const slot of mediaConfig.widths) {
    const w = Math.min(slot, master.info.width);
    const same = encoded.get(w);
    if (same) {
      // Never upscale: a narrower photo is stored at its own width in the larger slots too.
      variants.push(...same.map((v) => ({ ...v, slot })));
      continue;
    }
    const made = await Promise.all(
      mediaConfig.formats.map(async (f) => {
        const pipeline = raw().resize({ width: w });
        const out = await (f === 'avif'
          ? pipeline.avif({ quality: mediaConfig.quality.avif, effort: mediaConfig.effort.avif })
          : pipeline.webp({ quality: mediaConfig.quality.webp, effort: mediaConfig.effort.webp })
        ).toBuffer({ resolveWithObject: true });
        return { slot, format: f, width: out.info.width, height: out.info.height, data: out.data } satisfies ProcessedVariant;
      }),
    );
    encoded.set(w, made);
    variants.push(...made);
  }
  const tiny = await raw().resize({ width: mediaConfig.blurWidth }).webp({ quality: 40 }).toBuffer();

  return {
    id: mediaIdOf(bytes),
    format,
    mime: sniffedMime[format],
    width,
    height,
    variants,
    blur: `data:image/webp;base64,${tiny.toString('base64')}`,
    embedded: await readEmbeddedText(bytes),
  };
}

type Tags = Record<string, unknown>;

function text(v: unknown): string | null {
  if (v == null) return null;
  if (Array.isArray(v)) return text(v.find((x) => text(x)));
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return text(o.value ?? o['x-default'] ?? Object.values(o)[0]);
  }
  const s = (v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : String(v)).replace(/\0/g, '').replace(/\s+/g, ' ').trim();
  return s || null;
}

/** "© 2020 Trần Công" / "Copyright: T.C" → the name. */
function cleanCredit(s: string): string {
  return s
    .replace(/^(?:copyright|\(c\)|©)\s*[:.-]?\s*/i, '')
    .replace(/^\d{4}\s*[,.-]?\s*/, '')
    .trim()
    .slice(0, 120);
}

/**
 * The photographer as the photo names them: IPTC By-line, XMP dc:creator,
 * EXIF Artist, then IPTC/XMP Credit, then Copyright. Read from the original
 * only to prefill the form; none of it is written into a variant.
 */
export async function readEmbeddedText(bytes: Buffer): Promise<ProcessedImage['embedded']> {
  let tags: Tags | undefined;
  try {
    tags = (await exifr.parse(bytes, { tiff: true, exif: false, gps: false, interop: false, ifd1: false, iptc: true, xmp: true, icc: false, jfif: false, ihdr: false, mergeOutput: true, translateValues: false })) as Tags | undefined;
  } catch {
    return { credit: null, caption: null };
  }
  if (!tags) return { credit: null, caption: null };
  const credit = [tags.Byline, tags.creator, tags.Artist, tags.Credit, tags.CopyrightNotice, tags.Copyright, tags.rights].map(text).find(Boolean);
  const caption = [tags.Caption, tags.description, tags.ImageDescription].map(text).find(Boolean);
  return { credit: credit ? cleanCredit(credit) || null : null, caption: caption ? caption.slice(0, 600) : null };
}
