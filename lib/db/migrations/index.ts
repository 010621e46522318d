import type { Migration } from 'kysely';
import * as m001 from './001-core';
import * as m201 from './201-editor';
import * as m401 from './401-search';
import * as m601 from './601-pending-edits';
import * as m701 from './701-sessions';
import * as m702 from './702-two-step';
import * as m800 from './800-frontpage';
import * as m810 from './810-live';
import * as m820 from './820-sections';
import * as m901 from './901-search-by-date';
import * as m902 from './902-article-presence';
import * as m910 from './910-view-readers';
import * as m920 from './920-search-titles';
import * as m930 from './930-article-read-indexes';

/**
 * Every migration, by name, in order. A static map (not a folder scan) so the
 * bundled server and the CLI run exactly the same list. Add new files here.
 */
export const migrations: Record<string, Migration> = {
  '001-core': m001,
  '201-editor': m201,
  '401-search': m401,
  '601-pending-edits': m601,
  '701-sessions': m701,
  '702-two-step': m702,
  '800-frontpage': m800,
  '810-live': m810,
  '820-sections': m820,
  '901-search-by-date': m901,
  '902-article-presence': m902,
  '910-view-readers': m910,
  '920-search-titles': m920,
  '930-article-read-indexes': m930,
};
