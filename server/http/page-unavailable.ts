import 'server-only';

/**
 * A page that cannot be served because the database cannot be opened: a 503 that says why, in a page of its own
 * (the app's layout needs the database), and when a browser may try again.
 */
export const pageUnavailable = (sentence: string) =>
  new Response(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Chronicle is unavailable</title>` +
      `<main><h1>Chronicle cannot open its database just now</h1><p>${escapeHtml(sentence)}</p></main></html>\n`,
    { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5' } },
  );

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
