import { addTask, boardOf, column, createProject, randomKey, signUp, uniqueName } from './fixtures';
import { expect, test } from './test';

test('an owner gives a status its category, and removes a status with tasks by moving them to another', async ({
  page,
}) => {
  await signUp(page.request, 'Ana');
  await page.goto('/');
  await createProject(page, uniqueName('Workflow'), randomKey());
  await addTask(page, 'In progress', 'Alpha');
  await addTask(page, 'In progress', 'Beta');
  await addTask(page, 'Done', 'Gamma');

  await page.getByRole('button', { name: 'Project settings' }).click();
  const dialog = page.getByRole('dialog');

  // What a status counts as, chosen per status; the change is kept (the dialog reads it back from the project).
  const category = dialog.getByLabel('Category of In progress');
  await expect(category).toHaveValue('started');
  await category.selectOption({ label: 'Completed' });
  await expect(category).toHaveValue('completed');
  await expect(category).toBeEnabled();

  // An empty status goes at once, as before.
  await dialog.getByRole('button', { name: 'Remove Backlog' }).click();
  await expect(dialog.getByRole('button', { name: 'Remove Backlog' })).toHaveCount(0);

  // One with tasks asks where they go; Escape closes that question, not the dialog, and gives focus back.
  const remove = dialog.getByRole('button', { name: 'Remove In progress' });
  await remove.click();
  await expect(remove).toHaveAttribute('aria-expanded', 'true');
  const target = dialog.getByLabel('Move its tasks to');
  await expect(target).toBeFocused();
  await expect(dialog.getByRole('form', { name: 'Remove In progress' })).toContainText('holds 2 tasks');
  await page.keyboard.press('Escape');
  await expect(target).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(remove).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Enter');
  await expect(target).toBeFocused();
  await target.selectOption({ label: 'Done' });
  await dialog.getByRole('button', { name: 'Move tasks and remove' }).click();
  await expect(remove).toHaveCount(0);
  await expect(dialog.getByLabel(/^Name of status/)).toHaveCount(2);
  await page.keyboard.press('Escape');

  await expect(column(page, 'In progress')).toHaveCount(0);
  expect(await boardOf(page)).toEqual([
    ['Tasks in Todo', []],
    [
      'Tasks in Done',
      [expect.stringContaining('Gamma'), expect.stringContaining('Alpha'), expect.stringContaining('Beta')],
    ],
  ]);

  // After a reload too: it was written, not only shown.
  await page.reload();
  await expect(column(page, 'Done').getByRole('link')).toHaveCount(3);
  await expect(column(page, 'In progress')).toHaveCount(0);
});
