import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { guardRequest, MAX_BATCH_SIZE } from '@/server/api/http-guard';
import { createRequestContext } from '@/server/api/request-context';
import { appRouter } from '@/server/api/root';

async function handler(request: Request) {
  const req = await guardRequest(request);
  if (req instanceof Response) return req;
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: ({ resHeaders }) => createRequestContext(req.headers, resHeaders),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
