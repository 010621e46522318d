/**
 * Live coverage in RSS: the item's description says it is live and how many entries it has,
 * and content:encoded carries the entries themselves (escaped text, newest first), so a feed
 * reader shows the coverage without visiting the page.
 */
import { formatPhotoCredit, formatVnDateTime, formatVnTime } from '@/lib/text/vietnamese';
import type { LiveCoverage } from './types';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function liveFeedNote(c: LiveCoverage): string {
  const state = c.endedAt ? `đã kết thúc lúc ${formatVnDateTime(c.endedAt)}` : 'đang diễn ra';
  return `Tường thuật trực tiếp (${state}, ${c.entries.length} cập nhật).`;
}

export function liveFeedHtml(c: LiveCoverage): string {
  const items = c.entries.map((e) => {
    const body = e.body ? `<p>${esc(e.body).replace(/\n/g, '<br/>')}</p>` : '';
    const quote = e.kind === 'quote' ? `<blockquote>${body}${e.quoteAuthor ? `<p>— ${esc(e.quoteAuthor)}</p>` : ''}</blockquote>` : body;
    const photo = e.photo ? `<p>${esc(e.photo.caption)}${e.photo.credit ? ` ${esc(formatPhotoCredit(e.photo.credit))}` : ''}</p>` : '';
    return `<li><p><strong>${formatVnTime(e.at)}</strong> · ${esc(e.authorName)}</p>${e.kind === 'quote' ? quote : body}${photo}</li>`;
  });
  return `<p>${esc(liveFeedNote(c))}</p><ol>${items.join('')}</ol>`;
}
