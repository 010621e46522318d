import { type Kysely, sql } from 'kysely';
import { mediaConfig, siteConfig } from '@/lib/config/site';
import type { Database, MediaRow } from '@/lib/db/schema';
import { mediaRef, variantUrl } from './media-ref';
import { foldVietnamese } from '@/lib/text/vietnamese';
import { type Paged, paginate } from '@/lib/db/paginate';
import type { MediaListItem, MediaRecord, MediaSummary, MediaVariant } from './types';

export function mediaRecordFromRow(row: MediaRow): MediaRecord {
  let variants: MediaVariant[] = [];
  try {
    variants = JSON.parse(row.variants) as MediaVariant[];
  } catch {
    variants = [];
  }
  return {
    id: row.id,
    ref: mediaRef(row.id),
    mime: row.mime,
    width: row.width,
    height: row.height,
    variants,
    blur: row.blur,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    uploaderId: row.uploader_id,
    origin: row.origin === 'content' ? 'content' : 'upload',
    bytes: row.bytes,
    createdAt: row.created_at,
  };
}

export async function queryMediaById(db: Kysely<Database>, id: string): Promise<MediaRecord | null> {
  const row = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? mediaRecordFromRow(row) : null;
}

/** Escape % and _ for a LIKE pattern (with `escape '\'`). */
function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The library, newest first: every photo with its uploader and the articles
 * that use it. `q` matches caption, credit and alt ignoring accents and case
 * ("tran cong" finds "Trần Công").
 */
export async function queryMediaLibrary(db: Kysely<Database>, opts: { q?: string; page?: number; pageSize?: number } = {}): Promise<Paged<MediaListItem>> {
  const pageSize = opts.pageSize ?? siteConfig.pageSize * 2;
  const words = foldVietnamese(opts.q ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8);
  let query = db.selectFrom('media').leftJoin('users', 'users.id', 'media.uploader_id');
  for (const w of words) {
    query = query.where(sql<boolean>`media.search_text like ${`%${likeEscape(w)}%`} escape '\\'`);
  }
  const { items: rows, ...pages } = await paginate({
    page: opts.page,
    pageSize,
    count: async () => (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n,
    rows: (limit, offset) => query.selectAll('media').select('users.name as uploader_name').orderBy('media.created_at', 'desc').orderBy('media.id').limit(limit).offset(offset).execute(),
  });
  const ids = rows.map((r) => r.id);
  const usage = ids.length
    ? await db
        .selectFrom('article_media')
        .innerJoin('articles', 'articles.id', 'article_media.article_id')
        .select(['article_media.media_id', 'articles.id', 'articles.slug', 'articles.title', 'articles.status'])
        .where('article_media.media_id', 'in', ids)
        .orderBy('articles.updated_at', 'desc')
        .execute()
    : [];
  const items = rows.map((r) => {
    const { uploader_name, ...row } = r;
    return {
      ...mediaRecordFromRow(row as MediaRow),
      uploaderName: uploader_name ?? null,
      usedIn: usage.filter((u) => u.media_id === r.id).map((u) => ({ id: u.id, slug: u.slug, title: u.title, status: u.status })),
    };
  });
  return { items, ...pages };
}

export function toMediaSummary(m: MediaRecord, uploaderName: string | null = null): MediaSummary {
  return {
    id: m.id,
    ref: m.ref,
    thumb: variantUrl(m.id, mediaConfig.widths[0], mediaConfig.fallbackFormat),
    width: m.width,
    height: m.height,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
    uploaderName,
    createdAt: m.createdAt,
  };
}
