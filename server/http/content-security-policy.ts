import 'server-only';

/** Sixteen random bytes, fresh for every page: a script injected into the page cannot know them. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/**
 * The policy of every page. Scripts run only if they carry the nonce (Next.js puts it on its own when it finds it in
 * the request's policy) or were loaded by one that does ('strict-dynamic'); there are no inline handlers, no eval
 * outside `next dev` (React's dev tooling needs it), nothing from other sites, and no site may frame a page.
 *
 * Styles: React writes `style` attributes (recharts' charts, dnd-kit's drag transforms, the board's columns), and a
 * nonce cannot cover an attribute, so attributes are allowed ('unsafe-inline' in `style-src-attr`). `<style>`
 * elements, the kind an injection would need to read the page with CSS selectors, must come from this site or carry
 * the nonce (`style-src-elem`). Browsers that predate those two directives fall back to `style-src`, which allows
 * inline styles rather than break the board.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  const directives = {
    // Anything not named below (plugins, frames, workers, media) is not loaded at all.
    'default-src': ["'none'"],
    // 'self' only for browsers without 'strict-dynamic', which then ignore it.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    // `next dev` adds `<style>` elements of its own, without the nonce.
    'style-src-elem': ["'self'", dev ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'"],
    // tRPC's HTTP and server-sent-events links; in `next dev` also its hot-reload socket (same host, so 'self').
    'connect-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
