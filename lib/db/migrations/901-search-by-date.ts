import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../engine';
import * as m401 from './401-search';

const { SEARCH_TOKEN_CHARS_401 } = m401;

/**
 * The search index, ordered by date inside the engine (docs/search.md, "Speed").
 * Replaces 401's tables and triggers.
 *
 * Every readable article (status published or scheduled, with a time) gets a
 * search key: (SEARCH_KEY_EPOCH_MS − publication ms) × 1024 + a slot for
 * articles of the same millisecond. Ascending key = newest first, so "the
 * newest N matches" is a walk of the index that stops after N, and
 * "published ≤ now" and the date filters are key ranges. Drafts and taken-down
 * articles are not in the index at all.
 *
 * - SQLite: the key is the FTS5 rowid (FTS5 walks its posting lists in rowid
 *   order, so `order by rowid limit N` never reads every match);
 *   `search_docs` maps it to the article and its section.
 * - PostgreSQL: `search_docs` holds the key (btree), the section and the two
 *   tsvectors (GIN): the planner walks the key index checking each row, or
 *   reads a rare word's few matches from GIN and sorts them.
 *
 * Both engines give the same keys for the same history: a rebuild numbers
 * same-millisecond articles by id; a later one takes the next free slot; an
 * article keeps its key while its publication time stays the same.
 */

/** 2100-01-01T00:00:00Z: keys stay positive and below 2^53 (JavaScript numbers). */
export const SEARCH_KEY_EPOCH_MS = 4_102_444_800_000;
export const SEARCH_KEY_SLOTS = 1024;

/** The first key of the millisecond `ms`; its slots follow it. */
export const searchKeyOf = (ms: number) => (SEARCH_KEY_EPOCH_MS - ms) * SEARCH_KEY_SLOTS;

// any: migrations do not depend on the current schema types
type AnyDb = Kysely<any>;

const E = SEARCH_KEY_EPOCH_MS;
const S = SEARCH_KEY_SLOTS;
const sqliteTitle = (col: string) => `substr(${col}, 1, instr(${col} || char(10), char(10)) - 1)`;
const sqliteBase = (r: string) => `((${E} - cast(round(unixepoch(${r}.published_at, 'subsec') * 1000) as integer)) * ${S})`;
const sqliteReadable = (r: string) => `(${r}.status in ('published', 'scheduled') and unixepoch(${r}.published_at) is not null)`;
const sqliteFreeSlot = (r: string) =>
  `${sqliteBase(r)} + coalesce((select max(rowid) + 1 from search_docs where rowid between ${sqliteBase(r)} and ${sqliteBase(r)} + ${S - 1}) - ${sqliteBase(r)}, 0)`;

async function upSqlite(db: AnyDb): Promise<void> {
  for (const t of ['articles_search_ai', 'articles_search_au', 'articles_search_ad']) await sql.raw(`drop trigger if exists ${t}`).execute(db);
  await sql`drop table if exists article_search`.execute(db);
  await sql`drop table if exists article_search_ids`.execute(db);

  await sql`create table if not exists search_docs (rowid integer primary key, article_id text not null unique, category text not null)`.execute(db);
  await sql
    .raw(`create virtual table if not exists search_fts using fts5(title, doc, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0")`)
    .execute(db);
  const index = (r: string) => `
    insert into search_docs(rowid, article_id, category) select ${sqliteFreeSlot(r)}, ${r}.id, ${r}.category
      where ${sqliteReadable(r)} and not exists (select 1 from search_docs where article_id = ${r}.id);
    insert into search_fts(rowid, title, doc) select rowid, ${sqliteTitle(`${r}.search_text`)}, ${r}.search_text from search_docs where article_id = ${r}.id;`;
  await sql.raw(`create trigger if not exists search_ai after insert on articles begin ${index('new')} end`).execute(db);
  // Only a change of what is searched, who may see it, or where it sorts re-indexes.
  await sql
    .raw(
      `create trigger if not exists search_au after update of id, status, published_at, category, search_text on articles
       when old.id is not new.id or old.status is not new.status or old.published_at is not new.published_at
         or old.category is not new.category or old.search_text is not new.search_text
       begin
         delete from search_fts where rowid = (select rowid from search_docs where article_id = old.id);
         delete from search_docs where article_id = old.id and (old.id is not new.id or not ${sqliteReadable('new')}
           or ${sqliteBase('old')} is not ${sqliteBase('new')});
         update search_docs set category = new.category where article_id = new.id;
         ${index('new')}
       end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger if not exists search_ad after delete on articles begin
         delete from search_fts where rowid = (select rowid from search_docs where article_id = old.id);
         delete from search_docs where article_id = old.id;
       end`,
    )
    .execute(db);
  await rebuildSqlite(db);
}

async function rebuildSqlite(db: AnyDb): Promise<void> {
  await sql.raw(`insert into search_fts(search_fts) values ('delete-all')`).execute(db);
  await sql`delete from search_docs`.execute(db);
  await sql
    .raw(
      `insert into search_docs(rowid, article_id, category)
       select base + row_number() over (partition by base order by id) - 1, id, category
       from (select ${sqliteBase('a')} as base, a.id, a.category from articles a where ${sqliteReadable('a')})`,
    )
    .execute(db);
  await sql
    .raw(`insert into search_fts(rowid, title, doc) select d.rowid, ${sqliteTitle('a.search_text')}, a.search_text from search_docs d join articles a on a.id = d.article_id`)
    .execute(db);
  await sql.raw(`insert into search_fts(search_fts) values ('optimize')`).execute(db);
}

async function upPostgres(db: AnyDb): Promise<void> {
  await sql`drop trigger if exists articles_search_sync on articles`.execute(db);
  await sql`drop table if exists article_search`.execute(db);
  await sql`drop function if exists bantin_articles_search_sync()`.execute(db);
  // The same function as 401's (created again here so this migration stands alone).
  await sql
    .raw(
      `create or replace function bantin_search_vector(t text) returns tsvector language sql immutable parallel safe as $f$
        select array_to_tsvector(array(
          select distinct w from regexp_split_to_table(coalesce(t, ''), '[^${SEARCH_TOKEN_CHARS_401}]+') as w
          where w <> '' and octet_length(w) <= 2046))
      $f$`,
    )
    .execute(db);

  await sql`create table if not exists search_docs (
    article_id text primary key,
    key bigint not null unique,
    category text not null,
    title_vec tsvector not null,
    doc_vec tsvector not null
  )`.execute(db);
  // A walk of the key index checks each row's doc_vec: kept in the row (not
  // TOASTed out of line, as a tsvector over 2 kB would be) it reads about twice as fast.
  await sql`alter table search_docs set (toast_tuple_target = 8160)`.execute(db);
  await sql`alter table search_docs alter column doc_vec set storage main`.execute(db);
  await sql`create index if not exists search_docs_title on search_docs using gin (title_vec)`.execute(db);
  await sql`create index if not exists search_docs_doc on search_docs using gin (doc_vec)`.execute(db);
  await sql`create index if not exists search_docs_section on search_docs (category, key)`.execute(db);
  // null for a time PostgreSQL cannot read: the article is then left out of the index, never a failed write.
  await sql
    .raw(
      `create or replace function bantin_search_base(t text) returns bigint language plpgsql immutable parallel safe as $f$
       begin
         return (${E} - round(extract(epoch from t::timestamptz) * 1000)::bigint) * ${S};
       exception when others then return null;
       end $f$`,
    )
    .execute(db);
  await sql
    .raw(
      `create or replace function bantin_search_sync() returns trigger language plpgsql as $f$
      declare
        base bigint;
        k bigint;
      begin
        if tg_op = 'DELETE' then
          delete from search_docs where article_id = old.id;
          return null;
        end if;
        if tg_op = 'UPDATE' then
          if old.id is not distinct from new.id and old.status is not distinct from new.status
             and old.published_at is not distinct from new.published_at and old.category is not distinct from new.category
             and old.search_text is not distinct from new.search_text then
            return null;
          end if;
          select d.key into k from search_docs d where d.article_id = old.id;
          delete from search_docs where article_id = old.id;
          if old.id is distinct from new.id or bantin_search_base(old.published_at) is distinct from bantin_search_base(new.published_at) then
            k := null;
          end if;
        end if;
        base := bantin_search_base(new.published_at);
        if new.status not in ('published', 'scheduled') or base is null then
          return null;
        end if;
        if k is null then
          select coalesce(max(d.key) + 1, base) into k from search_docs d where d.key between base and base + ${S - 1};
        end if;
        insert into search_docs(article_id, key, category, title_vec, doc_vec)
        values (new.id, k, new.category, bantin_search_vector(split_part(new.search_text, E'\\n', 1)), bantin_search_vector(new.search_text));
        return null;
      end
      $f$`,
    )
    .execute(db);
  await sql`drop trigger if exists search_sync on articles`.execute(db);
  await sql`create trigger search_sync after insert or delete or update of id, status, published_at, category, search_text on articles
    for each row execute function bantin_search_sync()`.execute(db);
  await rebuildPostgres(db);
}

async function rebuildPostgres(db: AnyDb): Promise<void> {
  await sql`truncate search_docs`.execute(db);
  await fillPostgres(db);
  await sql`analyze search_docs`.execute(db);
}

/** Insert every readable article into an empty search_docs (920's rebuild reuses it). */
export async function fillPostgres(db: AnyDb): Promise<void> {
  await sql`insert into search_docs(article_id, key, category, title_vec, doc_vec)
    select id, base + row_number() over (partition by base order by id) - 1, category,
      bantin_search_vector(split_part(search_text, E'\n', 1)), bantin_search_vector(search_text)
    from (select a.*, bantin_search_base(a.published_at) as base from articles a where a.status in ('published', 'scheduled')) r
    where base is not null`.execute(db);
}

/** Rebuild the whole index from `articles` (npm run search:reindex, the benchmark). */
export async function rebuildSearchIndex(db: AnyDb): Promise<void> {
  if (isPostgres(db)) await rebuildPostgres(db);
  else await rebuildSqlite(db);
}

export async function up(db: AnyDb): Promise<void> {
  if (isPostgres(db)) await upPostgres(db);
  else await upSqlite(db);
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger if exists search_sync on articles`.execute(db);
    await sql`drop table if exists search_docs`.execute(db);
    await sql`drop function if exists bantin_search_sync()`.execute(db);
    await sql`drop function if exists bantin_search_base(text)`.execute(db);
  } else {
    for (const t of ['search_ai', 'search_au', 'search_ad']) await sql.raw(`drop trigger if exists ${t}`).execute(db);
    await sql`drop table if exists search_fts`.execute(db);
    await sql`drop table if exists search_docs`.execute(db);
  }
  await m401.up(db);
}
