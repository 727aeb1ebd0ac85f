import { is, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { PostgresJsSession } from 'drizzle-orm/postgres-js';
import type { Executor } from './types';

const dialect = new PgDialect();

/**
 * Runs one of the hot path's few fixed statements as a named prepared statement on a PostgreSQL server. Drizzle
 * sends `execute` unnamed, and postgres.js answers an unnamed statement with parameters in two round trips (it asks
 * the server to describe it first) and the server parses and plans it every time; a prepared one is parsed once per
 * connection and then costs one round trip. Only statements whose text comes from a bounded set may come here:
 * postgres.js keeps every prepared statement for the life of its connection. PGlite runs in process, so it gets the
 * statement as before.
 */
export function executePrepared(executor: Executor, query: SQL): Promise<unknown> {
  const session = executor._.session;
  if (!is(session, PostgresJsSession)) return executor.execute(query);
  const { sql, params } = dialect.sqlToQuery(query);
  return session.client.unsafe(sql, params as never[], { prepare: true });
}
