/**
 * What an audit entry was done to, as a link to it: an article → its editor page, live coverage →
 * its live page, a photo → the library, a person → their page, a section → the sections page.
 * Names come from the database when the thing still exists, else from the entry's own detail.
 */
import type { Kysely } from 'kysely';
import { authPaths, editorPaths } from '@/lib/config/site';
import type { Database } from '@/lib/db/schema';
import { type AuditTargetKind, auditActions, isAuditAction } from './actions';

export type AuditTargetLink = { label: string; href: string | null };
export type AuditNames = { articles: Map<string, string>; users: Map<string, string> };
type Entry = { action: string; target: string | null; detail: unknown };

const kindOf = (action: string): AuditTargetKind => (isAuditAction(action) ? auditActions[action].target : 'typed');

function detailText(detail: unknown, key: string): string | null {
  if (!detail || typeof detail !== 'object') return null;
  const v = (detail as Record<string, unknown>)[key];
  return typeof v === 'string' && v ? v : null;
}

/** The article an entry is about, if any (live updates name theirs in the detail). */
export function auditArticleId(e: Entry): string | null {
  const kind = kindOf(e.action);
  if (kind === 'live-entry') return detailText(e.detail, 'articleId');
  return kind === 'article' || kind === 'live' ? e.target : null;
}

/** The person an entry is about, if any. */
export function auditUserId(e: Entry): string | null {
  return kindOf(e.action) === 'user' ? e.target : null;
}

export function auditTargetLink(e: Entry, names: AuditNames): AuditTargetLink | null {
  const kind = kindOf(e.action);
  const articleId = auditArticleId(e);
  switch (kind) {
    case 'article':
    case 'live':
    case 'live-entry': {
      if (!articleId) return null;
      const label = names.articles.get(articleId) ?? detailText(e.detail, 'title') ?? detailText(e.detail, 'slug') ?? `Bài ${articleId}`;
      const href = kind === 'article' ? editorPaths.article(articleId) : editorPaths.live(articleId);
      return { label: kind === 'live-entry' ? `Tường thuật: ${label}` : label, href };
    }
    case 'media':
      return e.target ? { label: detailText(e.detail, 'name') ?? 'Ảnh trong thư viện', href: authPaths.media } : null;
    case 'user':
      if (!e.target) return null;
      return { label: names.users.get(e.target) ?? detailText(e.detail, 'email') ?? e.target, href: `${authPaths.users}/${encodeURIComponent(e.target)}` };
    case 'section':
      return e.target ? { label: `Chuyên mục ${e.target}`, href: authPaths.sections } : null;
    case 'frontpage':
      return { label: 'Trang nhất', href: authPaths.frontPage };
    case 'typed':
      return e.target ? { label: e.target, href: null } : null;
    case 'none':
      return null;
  }
}

/** Titles and names of what a page of entries is about, in two reads. */
export async function auditNames(conn: Kysely<Database>, entries: Entry[]): Promise<AuditNames> {
  const articleIds = [...new Set(entries.map(auditArticleId).filter((id): id is string => id !== null))];
  const userIds = [...new Set(entries.map(auditUserId).filter((id): id is string => id !== null))];
  const [articles, users] = await Promise.all([
    articleIds.length ? conn.selectFrom('articles').select(['id', 'title']).where('id', 'in', articleIds).execute() : [],
    userIds.length ? conn.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute() : [],
  ]);
  return { articles: new Map(articles.map((a) => [a.id, a.title])), users: new Map(users.map((u) => [u.id, u.name])) };
}
