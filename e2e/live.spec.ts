import type { Browser, Page } from '@playwright/test';
import { expect, test } from './test';
import {
  acceptInvitation,
  addTask,
  callQuery,
  column,
  createProject,
  invite,
  moveByKeyboard,
  randomKey,
  signUp,
} from './fixtures';

/** Set by playwright.config.ts when a second `next start` serves the same PostgreSQL database. */
const secondInstance = process.env.E2E_SECOND_URL;

/**
 * Ana and Ben on one new project, each in a browser of their own (Ben's possibly on another instance of the app).
 * Ana makes changes through the page; Ben's page, never reloaded, must show them.
 */
async function workTogether(browser: Browser, benBaseURL: string | undefined) {
  const anaContext = await browser.newContext();
  const benContext = await browser.newContext(benBaseURL ? { baseURL: benBaseURL } : {});
  const ana = await anaContext.newPage();
  const ben = await benContext.newPage();
  try {
    await signUp(ana.request, 'Ana');
    const benAccount = await signUp(ben.request, 'Ben');
    await ana.goto('/');
    const key = randomKey();
    await createProject(ana, `Live ${key}`, key);
    const project = (await (await callQuery(ana.request, 'project.getByKey', { key })).json()) as {
      result: { data: { json: { id: string } } };
    };
    await acceptInvitation(ben.request, await invite(ana.request, project.result.data.json.id, benAccount.email));

    await ben.goto(`/projects/${key}`);
    await expect(column(ben, 'Todo')).toBeVisible();
    await expect(ben.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
    await markPage(ben);

    await addTask(ana, 'Todo', 'Made by Ana');
    await expect(column(ben, 'Todo').getByRole('link', { name: 'Made by Ana' })).toBeVisible({ timeout: 5_000 });

    await moveByKeyboard(ana, `${key}-1`, 'In progress');
    await expect(column(ben, 'In progress').getByRole('link', { name: 'Made by Ana' })).toBeVisible({
      timeout: 5_000,
    });
    await expect(column(ben, 'Todo').getByRole('link')).toHaveCount(0);
    expect(await stillTheSamePage(ben), "Ben's page was not reloaded").toBe(true);
  } finally {
    await anaContext.close();
    await benContext.close();
  }
}

/** A mark on the window object: a reload would wipe it. */
const markPage = (page: Page) => page.evaluate(() => Object.assign(window, { chronicleMark: 'unchanged' }));
const stillTheSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { chronicleMark?: string }).chronicleMark === 'unchanged');

test("two people on one board see each other's changes without reloading", async ({ browser }) => {
  await workTogether(browser, undefined);
});

// Registered only where a second instance exists: an embedded database belongs to one process, so the PGlite pass
// has no second app to reach (the PostgreSQL pass of `npm test` runs it).
if (secondInstance) {
  const benInstance = secondInstance;
  test('a change made through one app instance appears live on a page served by another', async ({ browser }) => {
    await workTogether(browser, benInstance);
  });
}
