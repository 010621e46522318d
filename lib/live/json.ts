/**
 * Live coverage as the public JSON shows it (the poll endpoint, the article API's `live`
 * field, the feed): UTC and GMT+7 times, absolute photo URLs, the credit line as printed.
 */
import { absoluteUrl } from '@/lib/config/site-url';
import { formatPhotoCredit, formatVnTime, toVnIso } from '@/lib/text/vietnamese';
import type { LiveCoverage, LiveEntry } from './types';

export type LiveEntryJson = ReturnType<typeof liveEntryJson>;
export type LiveCoverageJson = ReturnType<typeof liveCoverageJson>;

export function liveEntryJson(e: LiveEntry) {
  return {
    id: e.id,
    kind: e.kind,
    /** UTC instant. */
    at: e.at,
    atVn: toVnIso(e.at),
    /** "14:05", GMT+7, as the page prints it. */
    timeVn: formatVnTime(e.at),
    author: e.authorName,
    body: e.body,
    photo: e.photo
      ? { url: absoluteUrl(e.photo.url), width: e.photo.width, height: e.photo.height, alt: e.photo.alt, caption: e.photo.caption, credit: e.photo.credit, creditLine: e.photo.credit ? formatPhotoCredit(e.photo.credit) : '' }
      : null,
    quoteAuthor: e.quoteAuthor,
    editedAt: e.editedAt,
  };
}

export function liveCoverageJson(c: LiveCoverage, jsonPath: string) {
  return {
    status: c.endedAt ? ('closed' as const) : ('open' as const),
    coverageStartTime: c.startedAt,
    coverageEndTime: c.endedAt,
    url: absoluteUrl(jsonPath),
    /** Newest first. */
    entries: c.entries.map(liveEntryJson),
  };
}
