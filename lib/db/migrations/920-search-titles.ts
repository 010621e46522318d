import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../engine';
import * as m901 from './901-search-by-date';

/**
 * A titles-only index beside 901's (docs/search.md, "Speed"), keyed by the
 * same search key, for the title window of the ranking and the suggestions
 * while typing. In 901's index a title match is a column filter over the
 * posting lists of the whole text (SQLite) or a fetch of the wide row that
 * carries `doc_vec` (PostgreSQL): a common word's title matches cost a walk of
 * all its matches. Here the lists hold titles only, and the rows are small.
 *
 * Kept current from `search_docs` itself (which 901's triggers maintain), so
 * the order in which triggers on `articles` fire does not matter:
 * - SQLite: FTS5 `search_titles` (rowid = key, prefix index of 3 letters for
 *   suggestions); triggers on insert/delete of `search_docs`, and on a change
 *   of `articles.search_text` (901 then rewrites the text under the same key).
 * - PostgreSQL: `search_titles(key, article_id, category, title_vec)`, copied
 *   from each `search_docs` row by a trigger (901 deletes and re-inserts rows;
 *   a truncate empties it too). 901's GIN index on `search_docs.title_vec` is
 *   no longer read and is dropped.
 */

// any: migrations do not depend on the current schema types
type AnyDb = Kysely<any>;

const sqliteTitle = (col: string) => `substr(${col}, 1, instr(${col} || char(10), char(10)) - 1)`;

async function upSqlite(db: AnyDb): Promise<void> {
  await sql
    .raw(
      `create virtual table if not exists search_titles using fts5(title, content='', contentless_delete=1, prefix='3', tokenize="unicode61 remove_diacritics 0")`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger if not exists search_titles_ai after insert on search_docs begin
         insert into search_titles(rowid, title) select new.rowid, ${sqliteTitle('a.search_text')} from articles a where a.id = new.article_id;
       end`,
    )
    .execute(db);
  await sql.raw(`create trigger if not exists search_titles_ad after delete on search_docs begin delete from search_titles where rowid = old.rowid; end`).execute(db);
  // The same key, a new text: 901 keeps the search_docs row. Either order with 901's trigger ends the same.
  await sql
    .raw(
      `create trigger if not exists search_titles_au after update of search_text on articles when old.search_text is not new.search_text begin
         delete from search_titles where rowid = (select rowid from search_docs where article_id = new.id);
         insert into search_titles(rowid, title) select rowid, ${sqliteTitle('new.search_text')} from search_docs where article_id = new.id;
       end`,
    )
    .execute(db);
  await fillSqlite(db);
}

async function fillSqlite(db: AnyDb): Promise<void> {
  await sql.raw(`insert into search_titles(search_titles) values ('delete-all')`).execute(db);
  await sql
    .raw(`insert into search_titles(rowid, title) select d.rowid, ${sqliteTitle('a.search_text')} from search_docs d join articles a on a.id = d.article_id`)
    .execute(db);
  await sql.raw(`insert into search_titles(search_titles) values ('optimize')`).execute(db);
}

async function upPostgres(db: AnyDb): Promise<void> {
  await sql`create table if not exists search_titles (
    key bigint primary key,
    article_id text not null,
    category text not null,
    title_vec tsvector not null
  )`.execute(db);
  await sql`create index if not exists search_titles_vec on search_titles using gin (title_vec)`.execute(db);
  await sql`create index if not exists search_titles_section on search_titles (category, key)`.execute(db);
  await sql
    .raw(
      `create or replace function bantin_search_titles_sync() returns trigger language plpgsql as $f$
      begin
        if tg_op = 'TRUNCATE' then
          truncate search_titles;
          return null;
        end if;
        if tg_op in ('DELETE', 'UPDATE') then
          delete from search_titles where key = old.key;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into search_titles(key, article_id, category, title_vec) values (new.key, new.article_id, new.category, new.title_vec)
          on conflict (key) do update set article_id = excluded.article_id, category = excluded.category, title_vec = excluded.title_vec;
        end if;
        return null;
      end
      $f$`,
    )
    .execute(db);
  await sql`drop trigger if exists search_titles_sync on search_docs`.execute(db);
  await sql`create trigger search_titles_sync after insert or update or delete on search_docs for each row execute function bantin_search_titles_sync()`.execute(db);
  await sql`drop trigger if exists search_titles_truncate on search_docs`.execute(db);
  await sql`create trigger search_titles_truncate after truncate on search_docs for each statement execute function bantin_search_titles_sync()`.execute(db);
  await sql`drop index if exists search_docs_title`.execute(db);
  // The planner walks the key index for a word it believes common and reads GIN for a rare one. With
  // the default statistics (1,000 most common words) an absent word ("khunglong") was believed common
  // enough to walk all 100,000 rows (70 ms); 10,000 words of statistics tell it otherwise.
  await sql`alter table search_titles alter column title_vec set statistics 1000`.execute(db);
  await sql`alter table search_docs alter column doc_vec set statistics 1000`.execute(db);
  await sql`truncate search_titles`.execute(db);
  await sql`insert into search_titles(key, article_id, category, title_vec) select key, article_id, category, title_vec from search_docs`.execute(db);
  await sql`analyze search_titles`.execute(db);
  await sql`analyze search_docs`.execute(db);
}

/**
 * PostgreSQL: the GIN indexes are built once over the full tables instead of
 * taking 100,000 inserts one by one, and the titles are copied in one
 * statement instead of a trigger per row (the rebuild took 5 × SQLite's).
 * TRUNCATE already locks the tables until commit, so dropping the indexes
 * inside the same transaction holds readers no longer.
 */
async function rebuildPostgres(db: AnyDb): Promise<void> {
  await sql`set local maintenance_work_mem = '256MB'`.execute(db);
  await sql`alter table search_docs disable trigger search_titles_sync`.execute(db);
  for (const index of ['search_docs_doc', 'search_docs_section', 'search_docs_title', 'search_titles_vec', 'search_titles_section']) {
    await sql`drop index if exists ${sql.ref(index)}`.execute(db);
  }
  await sql`truncate search_docs`.execute(db); // its truncate trigger empties search_titles
  await fillPostgresParallel(db);
  await sql`insert into search_titles(key, article_id, category, title_vec) select key, article_id, category, title_vec from search_docs`.execute(db);
  await sql`create index search_docs_doc on search_docs using gin (doc_vec)`.execute(db);
  await sql`create index search_docs_section on search_docs (category, key)`.execute(db);
  await sql`create index search_titles_vec on search_titles using gin (title_vec)`.execute(db);
  await sql`create index search_titles_section on search_titles (category, key)`.execute(db);
  await sql`alter table search_docs enable trigger search_titles_sync`.execute(db);
  await sql`analyze search_docs`.execute(db);
  await sql`analyze search_titles`.execute(db);
}

/**
 * 901's fill, with the vectors (the costly regexp split, per article) computed by a
 * parallel scan: CREATE TABLE AS may use workers, INSERT … SELECT may not. The same
 * function on the same text, so the same vectors; the keys as 901 numbers them. After
 * the truncate, no change to a readable article can commit before this transaction
 * (its trigger waits for the lock), so both statements read the same articles. Unlogged,
 * not temporary: the benchmark calls this on a pool, a statement per connection.
 */
async function fillPostgresParallel(db: AnyDb): Promise<void> {
  await sql`drop table if exists search_vectors_rebuild`.execute(db);
  await sql`create unlogged table search_vectors_rebuild as
    select id, bantin_search_vector(split_part(search_text, E'\n', 1)) as title_vec, bantin_search_vector(search_text) as doc_vec
    from articles where status in ('published', 'scheduled')`.execute(db);
  await sql`insert into search_docs(article_id, key, category, title_vec, doc_vec)
    select r.id, r.base + row_number() over (partition by r.base order by r.id) - 1, r.category, v.title_vec, v.doc_vec
    from (select a.id, a.category, bantin_search_base(a.published_at) as base from articles a where a.status in ('published', 'scheduled')) r
    join search_vectors_rebuild v on v.id = r.id
    where r.base is not null`.execute(db);
  await sql`drop table search_vectors_rebuild`.execute(db);
}

/** Rebuild the whole index (both tables) from `articles`: npm run search:reindex, the benchmark. */
export async function rebuildSearchIndex(db: AnyDb): Promise<void> {
  if (isPostgres(db)) await rebuildPostgres(db);
  else {
    await m901.rebuildSearchIndex(db);
    await sql.raw(`insert into search_titles(search_titles) values ('optimize')`).execute(db);
  }
}

export async function up(db: AnyDb): Promise<void> {
  if (isPostgres(db)) await upPostgres(db);
  else await upSqlite(db);
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger if exists search_titles_sync on search_docs`.execute(db);
    await sql`drop trigger if exists search_titles_truncate on search_docs`.execute(db);
    await sql`drop table if exists search_titles`.execute(db);
    await sql`drop function if exists bantin_search_titles_sync()`.execute(db);
    await sql`create index if not exists search_docs_title on search_docs using gin (title_vec)`.execute(db);
  } else {
    for (const t of ['search_titles_ai', 'search_titles_ad', 'search_titles_au']) await sql.raw(`drop trigger if exists ${t}`).execute(db);
    await sql`drop table if exists search_titles`.execute(db);
  }
}
