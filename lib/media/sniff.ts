import { MediaError } from './media-error';

/** The image families the pipeline accepts, from the bytes alone. */
export type SniffedFormat = 'jpeg' | 'png' | 'webp' | 'heif';

export const sniffedMime: Record<SniffedFormat, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', heif: 'image/heif' };

const HEIF_BRANDS = new Set(['avif', 'avis', 'heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

const ascii = (b: Uint8Array, start: number, end: number) => Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('latin1');

/**
 * The format by magic bytes, ignoring the file name and the Content-Type the
 * client sent. Null for anything else (SVG, GIF, HTML, PDF, TIFF, ...).
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const boxSize = Math.min(Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32BE(0), bytes.length, 256);
    const brands = [ascii(bytes, 8, 12)];
    for (let o = 16; o + 4 <= boxSize; o += 4) brands.push(ascii(bytes, o, o + 4));
    if (brands.some((b) => HEIF_BRANDS.has(b))) return 'heif';
  }
  return null;
}

/**
 * Markup that has no business inside a photo. A file that carries it is a
 * polyglot — bytes that are an image to one program and a web page or script
 * to another (a JPEG with HTML after its end, EXIF comments holding <script>,
 * a PHP payload) — and is refused, even though only re-encoded variants are
 * ever served. Compressed image data is high-entropy: these ASCII runs do not
 * occur in it by chance (XMP metadata is XML, but uses none of these tags).
 */
const POLYGLOT_MARKERS = ['<script', '<html', '<!doctype', '<svg', '<iframe', '<body', '<?php', '<object', '<embed', '<head', 'javascript:', '<%@'];

export function findPolyglotMarker(bytes: Uint8Array): string | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').toLowerCase();
  for (const marker of POLYGLOT_MARKERS) if (text.includes(marker)) return marker;
  return null;
}

/** Throws a MediaError unless the bytes are one of the accepted formats and nothing else. */
export function checkBytes(bytes: Uint8Array, maxBytes: number): SniffedFormat {
  if (bytes.length === 0) throw new MediaError('empty', 'Tệp rỗng, không có dữ liệu ảnh.');
  if (bytes.length > maxBytes) {
    throw new MediaError('too-large', `Ảnh quá lớn (${formatMb(bytes.length)}). Giới hạn là ${formatMb(maxBytes)} mỗi ảnh.`);
  }
  const format = sniffFormat(bytes);
  if (!format) throw new MediaError('unsupported', 'Tệp không phải ảnh JPEG, PNG, WebP hay AVIF/HEIF (đuôi tệp không quyết định định dạng). Hãy xuất ảnh sang JPEG rồi tải lại.');
  if (findPolyglotMarker(bytes)) {
    throw new MediaError('polyglot', 'Tệp ảnh có chứa mã HTML/script lẫn bên trong nên bị từ chối. Hãy mở ảnh bằng phần mềm chỉnh ảnh, lưu lại thành JPEG rồi tải lên.');
  }
  return format;
}

export function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
