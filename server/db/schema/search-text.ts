import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The text search documents of tasks, comments and events, each written once: PostgreSQL uses an expression index
 * only for a query that repeats its expression, so the indexes (schema) and the search (server/queries/search.ts)
 * both take them from here. The `simple` configuration lowercases without stemming or stop words, so a team's words
 * in any language, names and code identifiers are found as typed.
 */
export const SEARCH_CONFIG = sql.raw(`'simple'::regconfig`);

/**
 * A GIN index takes new rows into a pending list that every search reads whole, until a vacuum or an insert that
 * fills it merges the list into the index. At PostgreSQL's default of 4 MB, a log between two autovacuums holds about
 * 100,000 events there, and a search for a word nothing has took 20 ms reading them. At 256 kB a search reads at
 * most 32 pages, and an append merges the list about once every 5,000 events.
 */
export const SEARCH_INDEX_STORAGE = { gin_pending_list_limit: 256 };

/** A task: its title weighs most, then its labels, then its description. */
export const taskDocument = (t: { title: AnyPgColumn; labels: AnyPgColumn; description: AnyPgColumn }): SQL =>
  sql`(setweight(to_tsvector(${SEARCH_CONFIG}, ${t.title}), 'A') || setweight(jsonb_to_tsvector(${SEARCH_CONFIG}, ${t.labels}, '["string"]'), 'B') || setweight(to_tsvector(${SEARCH_CONFIG}, ${t.description}), 'C'))`;

/** A comment's body. */
export const commentDocument = (c: { body: AnyPgColumn }): SQL => sql`to_tsvector(${SEARCH_CONFIG}, ${c.body})`;

/** What people wrote into an event: titles, descriptions, comments, names and the labels it added. */
export const eventText = (e: { data: AnyPgColumn }): SQL =>
  sql`(coalesce(${e.data} ->> 'title', '') || ' ' || coalesce(${e.data} ->> 'description', '') || ' ' || coalesce(${e.data} ->> 'body', '') || ' ' || coalesce(${e.data} ->> 'name', '') || ' ' || coalesce(${e.data} ->> 'added', ''))`;
export const eventDocument = (e: { data: AnyPgColumn }): SQL => sql`to_tsvector(${SEARCH_CONFIG}, ${eventText(e)})`;

/**
 * The same text as people read it, for highlighting: the labels added as a list ("performance, design"), where the
 * indexed text has them as JSON. Highlighting is not indexed, so it may differ from the document in punctuation.
 */
export const eventShownText = (e: { data: AnyPgColumn }): SQL =>
  sql`(coalesce(${e.data} ->> 'title', '') || ' ' || coalesce(${e.data} ->> 'description', '') || ' ' || coalesce(${e.data} ->> 'body', '') || ' ' || coalesce(${e.data} ->> 'name', '') || ' ' || coalesce((select string_agg(l, ', ') from jsonb_array_elements_text(case when jsonb_typeof(${e.data} -> 'added') = 'array' then ${e.data} -> 'added' end) l), ''))`;
