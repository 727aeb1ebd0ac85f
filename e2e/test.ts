import { expect, test as base } from '@playwright/test';

/**
 * Playwright's test, with one more check on every page a spec opens: a page whose server render and first browser
 * render disagree (React reports a hydration mismatch in the console; a production build as error #418, #423 or
 * #425) fails the test.
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
  },
});

export { expect };
