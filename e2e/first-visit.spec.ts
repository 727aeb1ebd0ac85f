import { expect, test } from './test';
import { addTask, column, createProject, DEMO_PASSWORD, demo, randomKey, signedInAs } from './fixtures';

test('a first visit: sign in through the form, create a project, add tasks in columns', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL('/sign-in');
  await expect(page.getByRole('region', { name: 'Trying Chronicle?' })).toContainText(DEMO_PASSWORD);
  // Enabled once the page's scripts run: typing before then could be lost.
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  await page.getByLabel('E-mail').fill(demo.ben.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL('/');
  await signedInAs(page, demo.ben.name);
  const projects = page.getByRole('list', { name: 'Projects' });
  await expect(projects.getByRole('link', { name: /Chronicle Website/ }).first()).toContainText('member');

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
  const listed = projects.getByRole('link', { name: new RegExp(`^${key}`) });
  await expect(listed).toContainText(`Launch ${key}`);
  await expect(listed).toContainText('owner');
  await expect(listed).toContainText('3 tasks');

  // A key already taken is refused, and the server's reason is shown beside the form.
  await page.getByLabel('Name', { exact: true }).fill('Another one');
  await page.getByLabel('Key').fill(key);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `The key ${key} is already used` })).toBeVisible();
  await expect(page).toHaveURL('/');
});
