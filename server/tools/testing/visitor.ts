import { createCaller } from '../../api/root';
import { requestContext } from '../../api/request-context';
import type { Database } from '../../db/types';
import { postProcedure } from './post-procedure';

/** A signed-out visitor's request (no session cookie), from `address` as the socket or a proxy put it in X-Forwarded-For. */
const visitorContext = (db: Database, address: string | undefined, resHeaders?: Headers) =>
  requestContext(db, new Headers(address ? { 'x-forwarded-for': address } : {}), resHeaders);

/** A caller for a signed-out visitor, and the headers its procedures set on the answer. */
export function visitorCaller(db: Database, address?: string) {
  const resHeaders = new Headers();
  return { caller: createCaller(visitorContext(db, address, resHeaders)), resHeaders };
}

/** A mutation sent over HTTP by a signed-out visitor, through the same handler and error formatting as the app's. */
export async function postAsVisitor(db: Database, procedure: string, input: unknown, address?: string) {
  const response = await postProcedure(procedure, input, ({ resHeaders }) => visitorContext(db, address, resHeaders));
  const text = await response.text();
  const message = (JSON.parse(text) as { error?: { json: { message: string } } }).error?.json.message;
  return { status: response.status, retryAfter: response.headers.get('retry-after'), text, message };
}

let lastOctet = 0;
/** A client address no other test of the file uses. */
export const newAddress = () => `203.0.113.${(lastOctet = (lastOctet % 254) + 1)}`;
