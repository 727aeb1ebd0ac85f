import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '../../api/root';
import type { TRPCContext } from '../../api/trpc';

/** A mutation sent over HTTP as the browser's client sends one unbatched, through the app's handler and formatting. */
export const postProcedure = (
  procedure: string,
  input: unknown,
  createContext: (opts: { resHeaders: Headers }) => TRPCContext,
) =>
  fetchRequestHandler({
    endpoint: '/api/trpc',
    req: new Request(`http://localhost/api/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: input }),
    }),
    router: appRouter,
    createContext,
  });
