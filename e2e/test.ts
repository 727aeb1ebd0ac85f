import { expect, test as base, type Page } from '@playwright/test';

/**
 * A part of a page the server streamed in but could not finish rendering: React renders it again in the browser and
 * leaves the streamed copy in the document, hidden. Counted once the document has loaded, when every streamed part
 * has either been swapped in (and its holder removed) or given up.
 */
const leftOverStreamedParts = (page: Page) =>
  page
    .evaluate(() =>
      document.readyState === 'complete' ? document.querySelectorAll('div[hidden][id^="S:"]').length : 0,
    )
    .catch(() => 0);

/**
 * Playwright's test, with two more checks on every page a spec opens: a page whose server render and first browser
 * render disagree (React reports a hydration mismatch in the console; a production build as error #418, #423 or
 * #425), and a page with a streamed part the server failed to render, fail the test.
 */
export const test = base.extend({
  context: async ({ context }, provide) => {
    const mismatches: string[] = [];
    context.on('page', (page) => {
      page.on('console', (message) => {
        const text = message.text();
        if (/hydrat|react\.dev\/errors\/(418|423|425)\b/i.test(text)) mismatches.push(`${page.url()}: ${text}`);
      });
    });
    await provide(context);
    expect(mismatches, 'hydration mismatches').toEqual([]);
    for (const page of context.pages()) {
      expect(await leftOverStreamedParts(page), `${page.url()}: streamed parts the server failed to render`).toBe(0);
    }
  },
});

export { expect };
