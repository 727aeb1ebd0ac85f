import 'server-only';
import { getDatabase } from '../db';
import { PERSON_COOKIE } from './person-cookie';
import type { TRPCContext } from './trpc';

/** The context of one request, from its headers: the HTTP handler and the server-side caller both build it here. */
export async function createRequestContext(headers: Headers, resHeaders?: Headers): Promise<TRPCContext> {
  const { db } = await getDatabase();
  return { db, personId: readCookie(headers.get('cookie'), PERSON_COOKIE), resHeaders };
}

function readCookie(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
