import 'server-only';
import type { Kysely } from 'kysely';
import { mediaRecordFromRow } from './queries';
import type { MediaRecord, MediaVariant } from './types';
import { withWriteTransaction } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { mediaConfig } from '@/lib/config/site';
import { foldVietnamese } from '@/lib/text/vietnamese';
import { formatMime, originalKey, variantKey } from './media-ref';
import { mediaIdOf } from './media-id';
import { processImage } from './process-image';
import { getStorage, type MediaStorage } from './storage';

export type IngestOptions = {
  uploaderId?: string | null;
  origin?: 'upload' | 'content';
  /** Credit when the photo names no photographer (the uploader's byline initials). */
  fallbackCredit?: string;
  storage?: MediaStorage;
};

export type IngestResult = {
  media: MediaRecord;
  /** False when the same bytes were already in the library (stored once). */
  created: boolean;
};

const slots = globalThis as unknown as { __bantinMediaSlots?: { busy: number; waiting: (() => void)[] } };

/** Run `fn` when fewer than mediaConfig.maxConcurrentProcessing photos are being processed in this process. */
async function withProcessingSlot<T>(fn: () => Promise<T>): Promise<T> {
  const s = (slots.__bantinMediaSlots ??= { busy: 0, waiting: [] });
  while (s.busy >= mediaConfig.maxConcurrentProcessing) await new Promise<void>((resolve) => s.waiting.push(resolve));
  s.busy++;
  try {
    return await fn();
  } finally {
    s.busy--;
    s.waiting.shift()?.();
  }
}

export function mediaSearchText(m: { alt: string; caption: string; credit: string }): string {
  return foldVietnamese([m.caption, m.credit, m.alt].join(' ')).replace(/\s+/g, ' ').trim();
}

/**
 * Put one photo into the library: check and re-encode it (process-image.ts),
 * store the original privately and the variants publicly, record it. The same
 * bytes uploaded again return the existing record without any work.
 */
export async function ingestImage(db: Kysely<Database>, bytes: Uint8Array, opts: IngestOptions = {}): Promise<IngestResult> {
  const storage = opts.storage ?? getStorage();
  const id = mediaIdOf(bytes);
  const existing = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
  if (existing) return { media: mediaRecordFromRow(existing), created: false };

  const image = await withProcessingSlot(() => processImage(bytes));
  await storage.put(originalKey(id), bytes, image.mime);
  const variants: MediaVariant[] = [];
  for (const v of image.variants) {
    const key = variantKey(id, v.slot, v.format);
    await storage.put(key, v.data, formatMime[v.format]);
    variants.push({ slot: v.slot, format: v.format, width: v.width, height: v.height, key, bytes: v.data.byteLength });
  }

  const credit = image.embedded.credit ?? opts.fallbackCredit ?? '';
  const caption = image.embedded.caption ?? '';
  const row = {
    id,
    original_key: originalKey(id),
    mime: image.mime,
    width: image.width,
    height: image.height,
    variants: JSON.stringify(variants),
    blur: image.blur,
    alt: '',
    caption,
    credit,
    search_text: mediaSearchText({ alt: '', caption, credit }),
    uploader_id: opts.uploaderId ?? null,
    origin: opts.origin ?? 'upload',
    bytes: bytes.byteLength,
    created_at: new Date().toISOString(),
  };
  // Two uploads of the same photo at once: both wrote the same bytes under the
  // same keys; the first row wins.
  const inserted = await withWriteTransaction(async (tx) => {
    const r = await tx.insertInto('media').values(row).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }, db);
  const stored = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { media: mediaRecordFromRow(stored), created: inserted };
}
