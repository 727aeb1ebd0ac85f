/**
 * Failures of the connection rather than of the statement: the server restarting, a connection terminated, the
 * network gone. What was sent may or may not have committed, and sending it again later is the remedy.
 */
const DRIVER_CODES = new Set([
  // postgres.js
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
  // Node's sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  // PostgreSQL: shutting down, crashed, still starting up
  '57P01',
  '57P02',
  '57P03',
]);

/** SQLSTATE class 08 is "connection exception". */
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;

/** True when the error, or any error it was caused by (Drizzle wraps the driver's), says the database is out of reach. */
export function isDatabaseUnreachable(error: unknown): boolean {
  return codesOf(error).some((code) => DRIVER_CODES.has(code) || CONNECTION_EXCEPTION.test(code));
}

/**
 * A statement cancelled by the server, in practice by `statement_timeout`: the transaction was rolled back, so
 * nothing of it was written, and the database was too busy (or a lock held too long) to answer in time.
 */
export function isStatementCancelled(error: unknown): boolean {
  return codesOf(error).includes('57014');
}

/** The role may not do what the statement asked (SQLSTATE 42501): a role kept from changing the schema, say. */
export function isPermissionDenied(error: unknown): boolean {
  return codesOf(error).includes('42501');
}

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 10; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = current.cause;
  }
  return codes;
}
