/** Pages anyone may open; every other page needs a signed-in person. */
const PUBLIC_PATHS = ['/sign-in', '/sign-up'];

export const isPublicPath = (pathname: string) =>
  PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));

/**
 * The proxy's answer to the root layout: the address of a page it let through on the strength of a session cookie
 * alone, so that the layout can send the visitor to sign in if the session turns out to be over.
 */
export const PATH_HEADER = 'x-chronicle-path';

/** Better Auth's session cookie, named after the app's prefix (`__Secure-` when served over https). */
export const SESSION_COOKIES = ['chronicle.session_token', '__Secure-chronicle.session_token'];

const ORIGIN = 'http://chronicle.invalid';

/**
 * Where to go once signed in: a path of this site only, so that a crafted link cannot send a person elsewhere right
 * after they typed their password. The URL parser is the judge, as it is the browser's: it sees `/\evil.com` and
 * `/<tab>/evil.com` as other sites, and the path it normalises to is judged again.
 */
export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/';
  try {
    const url = new URL(value, ORIGIN);
    if (url.origin !== ORIGIN || isPublicPath(url.pathname)) return '/';
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Normalising can leave two slashes in front (`/.//evil.example`, `/a/..//evil.example`): a browser reads that
    // as another site's address, so the path must also stand on its own as one of this site.
    if (path.startsWith('//') || new URL(path, ORIGIN).origin !== ORIGIN) return '/';
    return path;
  } catch {
    return '/';
  }
}

const withNext = (page: string, next: string) => {
  const safe = safeNext(next);
  return safe === '/' ? page : `${page}?next=${encodeURIComponent(safe)}`;
};

export const signInHref = (next = '/') => withNext('/sign-in', next);
/** Where an invitation link leads: a visitor signed out is sent to sign in (or up) and comes back to it. */
export const isInvitationPath = (path: string) => /^\/invitations\/[^/]+$/.test(path);
export const signUpHref = (next = '/') => withNext('/sign-up', next);
