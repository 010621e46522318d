import type { MediaFormat, MediaSlot } from '@/lib/config/site';

export type MediaVariant = { slot: MediaSlot; format: MediaFormat; width: number; height: number; key: string; bytes: number };

/** A photo as the library and the renderer see it. */
export type MediaRecord = {
  id: string;
  /** How articles refer to it: `/media/<id>`. */
  ref: string;
  mime: string;
  width: number;
  height: number;
  variants: MediaVariant[];
  blur: string;
  alt: string;
  caption: string;
  credit: string;
  uploaderId: string | null;
  origin: 'upload' | 'content';
  bytes: number;
  createdAt: string;
};

/** A library entry: the photo, who uploaded it, and the articles that use it. */
export type MediaListItem = MediaRecord & { uploaderName: string | null; usedIn: { id: string; slug: string; title: string; status: string }[] };

/** What the editor's client components get for a photo (upload results, library search). */
export type MediaSummary = {
  id: string;
  ref: string;
  /** URL of the smallest WebP variant. */
  thumb: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  uploaderName: string | null;
  createdAt: string;
};

/** One file's outcome in an upload response. */
export type UploadResult = { name: string; ok: true; created: boolean; media: MediaSummary } | { name: string; ok: false; message: string };
