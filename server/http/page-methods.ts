import 'server-only';

/**
 * Pages are only read: the app has no server actions and its forms send their data through tRPC. Anything else is
 * refused before the body is looked at, so a large upload to a page costs the server nothing but reading it off the
 * socket (Next.js copies at most `experimental.proxyClientMaxBodySize` of it, see next.config.mjs).
 */
const PAGE_METHODS = ['GET', 'HEAD'];

export const isPageMethod = (method: string) => PAGE_METHODS.includes(method);

export const methodNotAllowed = () =>
  new Response('Pages take GET and HEAD only.\n', {
    status: 405,
    headers: { allow: PAGE_METHODS.join(', '), 'content-type': 'text/plain; charset=utf-8' },
  });
