import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { addTask, callMutation, callQuery, createProject, randomKey } from './fixtures';

/** Markup that would run if any view put it into the page as HTML instead of as text. */
const payload = (where: string) =>
  `<img src=x onerror="window.pwned='${where}'"><script>window.pwned='${where}'</script>`;

/** Nothing ran, no element came out of the text, and the text itself is shown as typed. */
async function expectInert(page: Page, texts: string[]) {
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], main script')).toHaveCount(0);
  for (const text of texts) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
}

test('markup in names, titles, descriptions and comments renders as text everywhere', async ({ page }) => {
  // Names are at most 60 characters: the short form of the same trap.
  const name = `<img src=x onerror="window.pwned='name'"> M`;
  const response = await callMutation(page.request, 'account.signUp', {
    name,
    email: `mallory.${randomKey().toLowerCase()}@e2e.test`,
    password: 'chronicle-demo',
  });
  expect(response.status(), await response.text()).toBe(200);
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `<b>Bold</b> ${key}`, key);
  const title = payload('title');
  await addTask(page, 'Todo', title);

  const task = (await (await callQuery(page.request, 'task.getByNumber', { key, number: 1 })).json()) as {
    result: { data: { json: { task: { id: string } } } };
  };
  const taskId = task.result.data.json.task.id;
  for (const [procedure, input] of [
    ['task.describe', { taskId, description: payload('description') }],
    ['task.comment', { taskId, body: payload('comment') }],
    ['task.rename', { taskId, title: `${title} v2` }],
  ] as const) {
    const answer = await callMutation(page.request, procedure, { commandId: randomUUID(), ...input });
    expect(answer.status(), await answer.text()).toBe(200);
  }

  const shown = '<img src=x onerror=';
  await page.goto(`/projects/${key}`);
  await expectInert(page, [shown, '<b>Bold</b>']);
  await page.goto(`/projects/${key}/tasks/1`);
  await expectInert(page, [shown, "window.pwned='description'", "window.pwned='comment'"]);
  await page.goto(`/projects/${key}/activity`);
  await expectInert(page, [shown]);
  await page.goto(`/projects/${key}/history`);
  await expectInert(page, [shown]);
  // The newest entry is the rename, whose diff shows both titles.
  await page.getByRole('link', { name: 'Inspect event' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/projects/${key}/history/\\d+`));
  await expectInert(page, [shown]);
  await page.goto(`/projects/${key}/history/compare`);
  await expectInert(page, [shown]);
});
