import type { Page } from '@playwright/test';
import { expect, test } from './test';
import {
  acceptInvitation,
  addTask,
  callQuery,
  createProject,
  invite,
  randomKey,
  signUp,
  openTaskPage,
} from './fixtures';

const toast = (page: Page) => page.getByRole('status', { name: 'Last change' });

test('what can be undone acts at once with Undo; removing a member, which cannot, asks first in a dialog', async ({
  page,
  request,
}) => {
  await signUp(page.request, 'Olga');
  const sam = await signUp(request, 'Sam');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Destructive ${key}`, key);
  await addTask(page, 'Todo', 'Doomed');

  // Deleting a task asks nothing: it is gone at once, and the toast's Undo brings it back.
  await openTaskPage(page, page.getByRole('link', { name: 'Doomed' }));
  await page.getByRole('button', { name: 'Delete task' }).click();
  await expect(page.getByText('This task is deleted.')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(toast(page)).toContainText(`Deleted ${key}-1`);
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('This task is deleted.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete task' })).toBeVisible();

  const project = (await (await callQuery(page.request, 'project.getByKey', { key })).json()) as {
    result: { data: { json: { id: string } } };
  };
  await acceptInvitation(request, await invite(page.request, project.result.data.json.id, sam.email));
  await page.goto(`/projects/${key}/members`);
  const members = page.getByRole('table');
  await expect(members.getByRole('rowheader')).toHaveCount(2);

  // Focus goes into the dialog, to the safe choice; Escape and Cancel leave everything as it was, focus back.
  const remove = page.getByRole('button', { name: `Remove ${sam.name}` });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: `Remove ${sam.name}?` });
  await expect(dialog).toContainText('This cannot be undone');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(members.getByRole('rowheader')).toHaveCount(2);

  await remove.click();
  await dialog.getByRole('button', { name: `Remove ${sam.name}` }).click();
  await expect(members.getByRole('rowheader')).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(1);
});
