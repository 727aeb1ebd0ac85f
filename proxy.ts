import { NextResponse, type NextRequest } from 'next/server';
import { isPublicPath, PATH_HEADER, SESSION_COOKIES, signInHref } from './app/_lib/auth-paths';
import { contentSecurityPolicy, createNonce } from './server/http/content-security-policy';
import { databaseRefusal } from './server/runtime/availability';
import { isPageMethod, methodNotAllowed } from './server/http/page-methods';
import { pageUnavailable } from './server/http/page-unavailable';
import { strictTransportSecurity } from './server/http/transport-security';

/** Every answer for a page carries its Content-Security-Policy (and, over https, HSTS), whichever check gave it. */
export async function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), { dev: process.env.NODE_ENV === 'development' });
  const response = await answer(request, policy);
  response.headers.set('content-security-policy', policy);
  if (strictTransportSecurity) response.headers.set('strict-transport-security', strictTransportSecurity);
  return response;
}

/**
 * The checks a page request passes, in order; the first that answers wins. The session check is optimistic and costs
 * no database read: without a session cookie a page is not even rendered, the visitor goes to sign in. Whether the
 * session is valid is decided by the tRPC procedures (and the root layout, for pages).
 */
async function answer(request: NextRequest, policy: string): Promise<Response> {
  if (!isPageMethod(request.method)) return methodNotAllowed();
  // While another process holds the embedded database, no page can render: say so (503) instead of failing (500).
  const refusal = await databaseRefusal();
  if (refusal) return pageUnavailable(refusal);

  const headers = new Headers(request.headers);
  headers.delete(PATH_HEADER);
  // Next.js finds the nonce in the request's policy and puts it on the scripts it renders.
  headers.set('content-security-policy', policy);
  const url = request.nextUrl.clone();
  if (isPublicPath(url.pathname)) return NextResponse.next({ request: { headers } });

  // Next.js marks its own navigation requests with `_rsc`; it is no part of the page's address.
  url.searchParams.delete('_rsc');
  const path = `${url.pathname}${url.search}`;
  if (!SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    return NextResponse.redirect(new URL(signInHref(path), request.url));
  }
  headers.set(PATH_HEADER, path);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // The API answers for itself (UNAUTHORIZED, its own body limit), and static files need no session; both get their
  // headers from next.config.mjs.
  matcher: ['/((?!api/|_next/|icon\\.svg$|robots\\.txt$|favicon\\.ico$).*)'],
};
