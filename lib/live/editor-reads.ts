/** What the live-coverage editor page shows: the coverage, every entry's rights and history. */
import 'server-only';
import { type AccessArticle, type Actor, canView } from '@/lib/articles/access';
import { auditActionLabels } from '@/lib/audit/log';
import { db } from '@/lib/db';
import { parseJson } from '@/lib/db/json';
import { type LiveArticle, canAddEntry, canChangeEntry, canCloseLive, canStartLive } from './access';
import { queryCoverageRow, queryLiveCoverage } from './queries';
import type { LiveCoverage, LiveEntry } from './types';

export type LiveHistoryLine = { at: string; label: string; userName: string | null; body: string | null };
export type EditorLiveEntry = LiveEntry & { canChange: boolean; history: LiveHistoryLine[] };
export type EditorLive = {
  coverage: (Omit<LiveCoverage, 'entries'> & { entries: EditorLiveEntry[] }) | null;
  rights: { start: boolean; close: boolean; add: boolean };
};

export type LivePageArticle = AccessArticle & { id: string; slug: string; title: string };

/**
 * The article of a live-coverage page. A covered event is the whole desk's: any reporter may
 * open it to add entries, even when the article is not theirs (and so not otherwise visible
 * to them in the editor); an article without coverage is shown only to those who may view it.
 */
export async function getLivePageArticle(actor: Actor, id: string): Promise<LivePageArticle | null> {
  const d = await db();
  const row = await d.selectFrom('articles').select(['id', 'slug', 'title', 'source', 'status', 'author_id', 'published_at']).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const a: LivePageArticle = { id: row.id, slug: row.slug, title: row.title, source: row.source, status: row.status, authorId: row.author_id, publishedAt: row.published_at };
  if (!canView(actor, a) && !(await queryCoverageRow(d, a.id))) return null;
  return a;
}

export async function getEditorLive(actor: Actor, article: LiveArticle & { id: string }): Promise<EditorLive> {
  const d = await db();
  const cov = await queryLiveCoverage(d, article.id);
  const state = cov ? { endedAt: cov.endedAt } : null;
  const rights = { start: canStartLive(actor, article, state), close: canCloseLive(actor, article, state), add: canAddEntry(actor, state) };
  if (!cov) return { coverage: null, rights };
  const ids = cov.entries.map((e) => e.id);
  const lines = ids.length
    ? await d
        .selectFrom('audit_log as l')
        .leftJoin('users as u', 'u.id', 'l.user_id')
        .select(['l.at', 'l.action', 'l.target', 'l.detail', 'u.name'])
        .where('l.target', 'in', ids)
        .where('l.action', 'like', 'live.entry-%')
        .orderBy('l.at', 'asc')
        .orderBy('l.id', 'asc')
        .execute()
    : [];
  const history = new Map<string, LiveHistoryLine[]>();
  for (const l of lines) {
    const detail = parseJson<{ before?: { body?: string } }>(l.detail, {});
    const list = history.get(l.target!) ?? [];
    list.push({ at: l.at, label: auditActionLabels[l.action] ?? l.action, userName: l.name, body: detail.before?.body ?? null });
    history.set(l.target!, list);
  }
  return {
    rights,
    coverage: { ...cov, entries: cov.entries.map((e) => ({ ...e, canChange: canChangeEntry(actor, state, e), history: history.get(e.id) ?? [] })) },
  };
}
