import { expect, test } from './test';
import { column, randomKey, send, signUp } from './fixtures';

test('a title sent again after its answer was lost adds the task once', async ({ page }) => {
  await signUp(page.request, 'Gus');
  const key = randomKey();
  await send(page.request, 'project.create', { name: `Add ${key}`, key });
  await page.goto(`/projects/${key}`);
  await expect(page.getByRole('button', { name: 'Replay', exact: true })).toBeEnabled();

  // The first create reaches the server, which adds the task; its answer never comes back.
  let answered = false;
  await page.route('**/api/trpc/task.create*', async (route) => {
    if (answered) return route.continue();
    answered = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
  const field = page.getByLabel('New task in Backlog');
  await field.fill('Only once');
  await field.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Could not add “Only once”' })).toBeVisible();
  await expect(field).toHaveValue('Only once');

  await field.press('Enter');
  const added = column(page, 'Backlog').getByRole('link', { name: 'Only once' });
  await expect(added).toHaveCount(1);
  await expect(field).toHaveValue('');
  await page.reload();
  await expect(added).toHaveCount(1);
});
