import { DrizzleQueryError } from 'drizzle-orm';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { closedPort } from '../tools/testing/closed-port';
import { isDatabaseUnreachable, isPermissionDenied, isStatementCancelled } from './failures';

const serverError = (code: string) => new postgres.PostgresError({ code, message: `error ${code}` } as never);

describe('telling a database out of reach, or too slow, from a failed statement', () => {
  it('recognises a refused connection as postgres.js reports it, also when Drizzle wraps it', async () => {
    const sql = postgres({ host: '127.0.0.1', port: await closedPort(), max: 1, connect_timeout: 2 });
    const refused = await sql`select 1`.then(
      () => undefined,
      (error: unknown) => error,
    );
    await sql.end({ timeout: 0 });
    expect(isDatabaseUnreachable(refused)).toBe(true);
    expect(isDatabaseUnreachable(new DrizzleQueryError('select 1', [], refused as Error))).toBe(true);
  });

  it('recognises a server shutting down, starting up, or a broken connection', () => {
    for (const code of ['57P01', '57P02', '57P03', '08006', '08003']) {
      expect(isDatabaseUnreachable(serverError(code)), code).toBe(true);
    }
    const closed = Object.assign(new Error('write CONNECTION_CLOSED 127.0.0.1:5432'), { code: 'CONNECTION_CLOSED' });
    expect(isDatabaseUnreachable(new DrizzleQueryError('commit', [], closed))).toBe(true);
  });

  it('leaves failures of the statement itself alone', () => {
    // A unique violation, a statement timeout, a serialization failure: the database answered.
    for (const code of ['23505', '57014', '40001']) {
      expect(isDatabaseUnreachable(serverError(code)), code).toBe(false);
      expect(isDatabaseUnreachable(new DrizzleQueryError('insert', [], serverError(code))), code).toBe(false);
    }
    expect(isDatabaseUnreachable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnreachable('CONNECTION_CLOSED')).toBe(false);
    expect(isDatabaseUnreachable(undefined)).toBe(false);
  });

  it('recognises a statement the server cancelled (statement_timeout), and nothing else, as cancelled', () => {
    expect(isStatementCancelled(new DrizzleQueryError('select', [], serverError('57014')))).toBe(true);
    for (const code of ['23505', '57P01', '40001']) expect(isStatementCancelled(serverError(code)), code).toBe(false);
    expect(isStatementCancelled(new Error('canceling statement due to statement timeout'))).toBe(false);
  });

  it('recognises a statement refused for want of a privilege, also when Drizzle wraps it', () => {
    expect(isPermissionDenied(new DrizzleQueryError('create schema', [], serverError('42501')))).toBe(true);
    for (const code of ['42P01', '57P01', '28000']) expect(isPermissionDenied(serverError(code)), code).toBe(false);
  });
});
