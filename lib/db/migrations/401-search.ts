import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../engine';

/**
 * Full-text search over the article index, kept current by the database
 * itself: triggers on `articles` re-index a row whenever its `search_text`
 * (written by writeIndexRecord for both sources) changes, and drop it when the
 * row goes. No code that writes articles needs to know about search.
 *
 * Both engines index the same two fields of the folded `search_text`: its
 * first line (the title) and the whole text; and they split it into the same
 * tokens (SEARCH_TOKEN_CHARS below, equal to lib/text's by test).
 *
 * - SQLite: a contentless FTS5 table (the text stays in `articles`), with an
 *   integer-key map so that a VACUUM, which may renumber implicit rowids,
 *   cannot detach the index from its articles.
 * - PostgreSQL: a side table of tsvectors with GIN indexes, built from exact
 *   tokens (array_to_tsvector), not the default parser, which would read
 *   "27.11" or "baoquangnam.vn" as one word where SQLite sees two.
 *
 * Idempotent: every object is created if missing and the index is rebuilt
 * from `articles`.
 */

/** Same value as SEARCH_TOKEN_CHARS in lib/text/vietnamese.ts (checked by lib/search/search-index.test.ts). */
export const SEARCH_TOKEN_CHARS_401 =
  '0-9a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0386\\u0388-\\u03f5\\u0400-\\u0481\\u048a-\\u052f\\u3041-\\u3096\\u30a1-\\u30fa\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3';

// any: migrations do not depend on the current schema types
type AnyDb = Kysely<any>;

const sqliteTitle = (col: string) => `substr(${col}, 1, instr(${col} || char(10), char(10)) - 1)`;

async function upSqlite(db: AnyDb): Promise<void> {
  await sql`create table if not exists article_search_ids (rowid integer primary key, article_id text not null unique)`.execute(db);
  await sql
    .raw(
      `create virtual table if not exists article_search using fts5(title, doc, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0")`,
    )
    .execute(db);
  const index = (ref: string) => `
    insert or ignore into article_search_ids(article_id) values (${ref}.id);
    insert into article_search(rowid, title, doc)
      select rowid, ${sqliteTitle(`${ref}.search_text`)}, ${ref}.search_text from article_search_ids where article_id = ${ref}.id;`;
  const unindex = (ref: string) => `
    delete from article_search where rowid = (select rowid from article_search_ids where article_id = ${ref}.id);
    delete from article_search_ids where article_id = ${ref}.id;`;
  await sql.raw(`create trigger if not exists articles_search_ai after insert on articles begin ${index('new')} end`).execute(db);
  await sql.raw(`create trigger if not exists articles_search_au after update of id, search_text on articles begin ${unindex('old')} ${index('new')} end`).execute(db);
  await sql.raw(`create trigger if not exists articles_search_ad after delete on articles begin ${unindex('old')} end`).execute(db);
  // Rebuild from the articles already there.
  await sql.raw(`insert into article_search(article_search) values ('delete-all')`).execute(db);
  await sql`delete from article_search_ids`.execute(db);
  await sql`insert into article_search_ids(article_id) select id from articles`.execute(db);
  await sql
    .raw(`insert into article_search(rowid, title, doc) select m.rowid, ${sqliteTitle('a.search_text')}, a.search_text from articles a join article_search_ids m on m.article_id = a.id`)
    .execute(db);
}

async function upPostgres(db: AnyDb): Promise<void> {
  await sql`create table if not exists article_search (
    article_id text primary key references articles(id) on delete cascade on update cascade,
    title_vec tsvector not null,
    doc_vec tsvector not null
  )`.execute(db);
  await sql`create index if not exists article_search_title on article_search using gin (title_vec)`.execute(db);
  await sql`create index if not exists article_search_doc on article_search using gin (doc_vec)`.execute(db);
  await sql
    .raw(
      `create or replace function bantin_search_vector(t text) returns tsvector language sql immutable parallel safe as $f$
        select array_to_tsvector(array(
          select distinct w from regexp_split_to_table(coalesce(t, ''), '[^${SEARCH_TOKEN_CHARS_401}]+') as w
          where w <> '' and octet_length(w) <= 2046))
      $f$`,
    )
    .execute(db);
  await sql
    .raw(
      `create or replace function bantin_articles_search_sync() returns trigger language plpgsql as $f$
      begin
        insert into article_search(article_id, title_vec, doc_vec)
        values (new.id, bantin_search_vector(split_part(new.search_text, E'\\n', 1)), bantin_search_vector(new.search_text))
        on conflict (article_id) do update set title_vec = excluded.title_vec, doc_vec = excluded.doc_vec;
        return null;
      end
      $f$`,
    )
    .execute(db);
  await sql`drop trigger if exists articles_search_sync on articles`.execute(db);
  await sql`create trigger articles_search_sync after insert or update of search_text on articles for each row execute function bantin_articles_search_sync()`.execute(db);
  await sql`insert into article_search(article_id, title_vec, doc_vec)
    select id, bantin_search_vector(split_part(search_text, E'\n', 1)), bantin_search_vector(search_text) from articles
    on conflict (article_id) do update set title_vec = excluded.title_vec, doc_vec = excluded.doc_vec`.execute(db);
}

export async function up(db: AnyDb): Promise<void> {
  if (isPostgres(db)) await upPostgres(db);
  else await upSqlite(db);
  // Visibility, section and date filters, and newest-first order, answered
  // from the index alone. On SQLite this matters a lot: `status`,
  // `published_at` and `category` are stored after `body` in each row, so
  // reading them from the table walks the body's overflow pages.
  await sql`create index if not exists articles_visible on articles (status, published_at, category, id)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop index if exists articles_visible`.execute(db);
    await sql`drop trigger if exists articles_search_sync on articles`.execute(db);
    await sql`drop table if exists article_search`.execute(db);
    await sql`drop function if exists bantin_articles_search_sync()`.execute(db);
    await sql`drop function if exists bantin_search_vector(text)`.execute(db);
  } else {
    await sql`drop index if exists articles_visible`.execute(db);
    for (const t of ['articles_search_ai', 'articles_search_au', 'articles_search_ad']) await sql.raw(`drop trigger if exists ${t}`).execute(db);
    await sql`drop table if exists article_search`.execute(db);
    await sql`drop table if exists article_search_ids`.execute(db);
  }
}
