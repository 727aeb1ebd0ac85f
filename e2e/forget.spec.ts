import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { acceptInvitation, invite, randomKey, send, signUp, uniqueName } from './fixtures';

/**
 * A member deletes their account from Settings, after confirming; to the owner, their comment then reads "comment
 * removed" and their name "a former member", while the task and its history are as they were.
 */
test('a person deletes their account; the others see "a former member" and "comment removed"', async ({
  page,
  browser,
}) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signUp(owner.request, 'Olga');
  const key = randomKey();
  const { projectId } = await send<{ projectId: string }>(owner.request, 'project.create', {
    name: uniqueName('Forgetting'),
    key,
  });
  const title = uniqueName('Plan the launch');
  const { taskId } = await send<{ taskId: string }>(owner.request, 'task.create', { projectId, title });

  const person = await signUp(page.request, 'Quentin');
  await acceptInvitation(page.request, await invite(owner.request, projectId, person.email));
  const secret = uniqueName('The launch code is zebra');
  await send(page.request, 'task.comment', { taskId, body: secret });

  const comments = owner.getByRole('list', { name: 'Comments' });
  await owner.goto(`/projects/${key}/tasks/1`);
  await expect(comments.getByRole('article', { name: `Comment by ${person.name}` })).toContainText(secret);

  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText(person.email)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  const remove = page.getByRole('button', { name: 'Delete account' });
  // Asked first: Cancel keeps everything.
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account for good?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await remove.click();
  await dialog.getByRole('button', { name: 'Yes, delete my account' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The session went with the account: the old cookie opens nothing.
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/sign-in/);

  await owner.reload();
  const theirs = comments.getByRole('article', { name: 'Comment by a former member' });
  await expect(theirs).toContainText('comment removed');
  await expect(comments).not.toContainText(secret);
  await expect(owner.getByRole('heading', { name: title })).toBeVisible();
  await ownerContext.close();
});
