import { expect, test } from '@playwright/test';
import { addTask, chooseName, column, createProject, randomKey, uniqueName } from './fixtures';

test('a first visit: choose a name, create a project, add tasks in columns', async ({ page }) => {
  const name = uniqueName('Ana');
  await chooseName(page, name);

  const key = randomKey();
  await createProject(page, `Launch ${key}`, key);
  await expect(page.getByRole('region', { name: 'Todo' })).toBeVisible();

  await addTask(page, 'Todo', 'Write the brief');
  await addTask(page, 'Todo', 'Sketch the layout');
  await addTask(page, 'In progress', 'Collect feedback');

  await expect(column(page, 'Todo').getByRole('link')).toHaveText(['Write the brief', 'Sketch the layout']);
  await expect(column(page, 'In progress').getByRole('link')).toHaveText(['Collect feedback']);
  await expect(column(page, 'Todo').getByText(`${key}-2`)).toBeVisible();

  await page.reload();
  await expect(column(page, 'Todo').getByRole('link')).toHaveText(['Write the brief', 'Sketch the layout']);
  await expect(column(page, 'In progress').getByRole('link')).toHaveText(['Collect feedback']);

  await page.getByRole('link', { name: 'Projects' }).click();
  const listed = page.getByRole('list', { name: 'Projects' }).getByRole('link', { name: new RegExp(`^${key}`) });
  await expect(listed).toContainText(`Launch ${key}`);
  await expect(listed).toContainText('3 tasks');

  // A key already taken is refused, and the server's reason is shown beside the form.
  await page.getByLabel('Name', { exact: true }).fill('Another one');
  await page.getByLabel('Key').fill(key);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `The key ${key} is already used` })).toBeVisible();
  await expect(page).toHaveURL('/');
});
