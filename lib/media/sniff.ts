import { fileTypeFromBuffer } from 'file-type';
import { MediaError } from './media-error';

/** The image families the pipeline accepts, from the bytes alone. */
export type SniffedFormat = 'jpeg' | 'png' | 'webp' | 'heif';

export const sniffedMime: Record<SniffedFormat, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', heif: 'image/heif' };

const ascii = (b: Uint8Array, start: number, end: number) => Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('latin1');

/** file-type's answer (by magic bytes) → the pipeline's format families. */
const FAMILY_OF_MIME: Record<string, SniffedFormat> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heif',
  'image/heic-sequence': 'heif',
  'image/heif': 'heif',
  'image/heif-sequence': 'heif',
  'image/avif': 'heif',
};

/**
 * The format by magic bytes (file-type), ignoring the file name and the
 * Content-Type the client sent. Null for anything else (SVG, GIF, HTML, PDF, TIFF, ...).
 */
export async function sniffFormat(bytes: Uint8Array): Promise<SniffedFormat | null> {
  if (bytes.length < 12) return null;
  const found = await fileTypeFromBuffer(bytes);
  return (found && FAMILY_OF_MIME[found.mime]) ?? null;
}

/**
 * Markup that has no business inside a photo. A file that carries it is a
 * polyglot — bytes that are an image to one program and a web page or script
 * to another (a JPEG with HTML after its end, an EXIF comment holding
 * <script>, a PNG text chunk with PHP) — and is refused, even though only
 * re-encoded variants are ever served.
 *
 * Only the parts of the file that are not compressed pixel data are scanned
 * (metadata segments and chunks, and anything after the image's end):
 * entropy-coded data is random-looking, and a short ASCII run such as "<svg"
 * turns up in a few megabytes of it by chance.
 */
const POLYGLOT_MARKERS = ['<script', '<html', '<!doctype', '<svg', '<iframe', '<body', '<?php', '<object', '<embed', '<head', 'javascript:'];

const u32be = (b: Uint8Array, o: number) => ((b[o]! << 24) >>> 0) + (b[o + 1]! << 16) + (b[o + 2]! << 8) + b[o + 3]!;
const u32le = (b: Uint8Array, o: number) => b[o]! + (b[o + 1]! << 8) + (b[o + 2]! << 16) + ((b[o + 3]! << 24) >>> 0);
const u16be = (b: Uint8Array, o: number) => (b[o]! << 8) + b[o + 1]!;

/** JPEG: every marker segment's payload and whatever follows EOI; not the scan data. */
function jpegRegions(b: Uint8Array): Uint8Array[] | null {
  const regions: Uint8Array[] = [];
  let o = 2;
  while (o + 4 <= b.length) {
    if (b[o] !== 0xff) return null;
    const m = b[o + 1]!;
    if (m === 0xff) {
      o++; // fill byte
      continue;
    }
    if (m === 0xd9) {
      regions.push(b.subarray(o + 2));
      return regions;
    }
    if ((m >= 0xd0 && m <= 0xd7) || m === 0x01) {
      o += 2;
      continue;
    }
    const len = u16be(b, o + 2);
    if (len < 2 || o + 2 + len > b.length) return null;
    regions.push(b.subarray(o + 4, o + 2 + len));
    o += 2 + len;
    if (m === 0xda) {
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
      while (o + 1 < b.length && !(b[o] === 0xff && b[o + 1] !== 0x00 && !(b[o + 1]! >= 0xd0 && b[o + 1]! <= 0xd7))) o++;
    }
  }
  // Ran out of bytes without EOI: a truncated file (the decoder decides); the tail was scan data.
  return regions;
}

/** PNG: every chunk but the compressed pixels (IDAT, fdAT), and whatever follows IEND. */
function pngRegions(b: Uint8Array): Uint8Array[] | null {
  const regions: Uint8Array[] = [];
  let o = 8;
  while (o + 12 <= b.length) {
    const len = u32be(b, o);
    const type = Buffer.from(b.buffer, b.byteOffset + o + 4, 4).toString('latin1');
    if (o + 12 + len > b.length) return null;
    if (type !== 'IDAT' && type !== 'fdAT') regions.push(b.subarray(o + 8, o + 8 + len));
    o += 12 + len;
    if (type === 'IEND') break;
  }
  regions.push(b.subarray(o));
  return regions;
}

/** WebP: every RIFF chunk but the coded frames (VP8, VP8L, ALPH, ANMF), and anything after the RIFF. */
function webpRegions(b: Uint8Array): Uint8Array[] | null {
  const regions: Uint8Array[] = [];
  const end = Math.min(b.length, 8 + u32le(b, 4));
  let o = 12;
  while (o + 8 <= end) {
    const type = Buffer.from(b.buffer, b.byteOffset + o, 4).toString('latin1');
    const len = u32le(b, o + 4);
    if (o + 8 + len > end) return null;
    if (!['VP8 ', 'VP8L', 'ALPH', 'ANMF'].includes(type)) regions.push(b.subarray(o + 8, o + 8 + len));
    o += 8 + len + (len % 2);
  }
  regions.push(b.subarray(8 + u32le(b, 4)));
  return regions;
}

/** HEIF/AVIF: every top-level box but the coded data (mdat), and anything after the last box. */
function heifRegions(b: Uint8Array): Uint8Array[] | null {
  const regions: Uint8Array[] = [];
  let o = 0;
  while (o + 8 <= b.length) {
    let size = u32be(b, o);
    const type = Buffer.from(b.buffer, b.byteOffset + o + 4, 4).toString('latin1');
    let header = 8;
    if (size === 1) {
      if (o + 16 > b.length) return null;
      size = u32be(b, o + 8) * 2 ** 32 + u32be(b, o + 12);
      header = 16;
    } else if (size === 0) {
      size = b.length - o;
    }
    if (size < header || o + size > b.length) return null;
    if (type !== 'mdat') regions.push(b.subarray(o + header, o + size));
    o += size;
  }
  regions.push(b.subarray(o));
  return regions;
}

/** The first markup marker found in the parts of the file that are not pixel data, or null. */
export function findPolyglotMarker(bytes: Uint8Array, format: SniffedFormat | null): string | null {
  const parse = format === 'jpeg' ? jpegRegions : format === 'png' ? pngRegions : format === 'webp' ? webpRegions : format === 'heif' ? heifRegions : null;
  // A structure that does not parse is scanned whole (the decoder will refuse it anyway).
  const regions = (parse && parse(bytes)) ?? [bytes];
  for (const region of regions) {
    if (region.length < 4) continue;
    const text = Buffer.from(region.buffer, region.byteOffset, region.byteLength).toString('latin1').toLowerCase();
    for (const marker of POLYGLOT_MARKERS) if (text.includes(marker)) return marker;
  }
  return null;
}

/** Throws a MediaError unless the bytes are one of the accepted formats and nothing else. */
export async function checkBytes(bytes: Uint8Array, maxBytes: number): Promise<SniffedFormat> {
  if (bytes.length === 0) throw new MediaError('empty', 'Tệp rỗng, không có dữ liệu ảnh.');
  if (bytes.length > maxBytes) {
    throw new MediaError('too-large', `Ảnh quá lớn (${formatMb(bytes.length)}). Giới hạn là ${formatMb(maxBytes)} mỗi ảnh.`);
  }
  const format = await sniffFormat(bytes);
  if (!format) throw new MediaError('unsupported', 'Tệp không phải ảnh JPEG, PNG, WebP hay AVIF/HEIF (đuôi tệp không quyết định định dạng). Hãy xuất ảnh sang JPEG rồi tải lại.');
  if (findPolyglotMarker(bytes, format)) {
    throw new MediaError('polyglot', 'Tệp ảnh có chứa mã HTML/script lẫn bên trong nên bị từ chối. Hãy mở ảnh bằng phần mềm chỉnh ảnh, lưu lại thành JPEG rồi tải lên.');
  }
  return format;
}

export function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
