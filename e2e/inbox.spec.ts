import { expect, test } from './test';
import { addTask, demo, openDemoProject, openTaskPage, signIn, uniqueName } from './fixtures';

test('Ana mentions @ben with the keyboard; Ben sees the unread count and the notification, opens it, marks it read', async ({
  page,
  browser,
}) => {
  const benContext = await browser.newContext();
  const ben = await benContext.newPage();
  await signIn(ben, demo.ben.email);
  // Ben starts from an inbox with nothing unread, whatever the demo's history told him before.
  await ben.goto('/inbox');
  await expect(ben.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  const markAll = ben.getByRole('button', { name: 'Mark all read' });
  if (await markAll.isVisible()) await markAll.click();
  await expect(ben.getByText('Nothing unread.')).toBeVisible();
  await expect(ben.getByRole('link', { name: 'Inbox', exact: true })).toBeVisible();

  await signIn(page, demo.ana.email);
  const key = await openDemoProject(page);
  const title = uniqueName('Review the copy');
  await addTask(page, 'Todo', title);
  await openTaskPage(page, page.getByRole('link', { name: title }));
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  const comment = page.getByLabel('Add a comment');
  const people = page.getByRole('listbox', { name: 'People to mention' });
  await comment.click();
  await comment.pressSequentially('Could you check this, @');
  await expect(people).toBeVisible();
  await comment.press('Escape');
  await expect(people).toBeHidden();
  await comment.pressSequentially('be');
  await expect(people).toBeHidden();
  await comment.press('Backspace');
  await comment.press('Backspace');
  await comment.press('Backspace');
  await comment.pressSequentially('@b');
  await expect(people).toBeVisible();
  const benOption = people.getByRole('option', { name: /Ben Carter/ });
  await expect(benOption).toBeVisible();
  // The first match is chosen; the arrows move through the list and come round again.
  const options = await people.getByRole('option').count();
  for (let i = 0; i < options; i++) {
    if ((await benOption.getAttribute('aria-selected')) === 'true') break;
    await comment.press('ArrowDown');
  }
  await expect(benOption).toHaveAttribute('aria-selected', 'true');
  await expect(comment).toHaveAttribute('aria-activedescendant', (await benOption.getAttribute('id'))!);
  await comment.press('Enter');
  await expect(people).toBeHidden();
  await expect(comment).toBeFocused();
  await comment.pressSequentially('thanks!');
  await expect(comment).toHaveValue('Could you check this, @ben thanks!');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Comments' })).toContainText('Could you check this, @ben thanks!');

  // The count comes by polling, once the asynchronous inbox has the comment.
  const inboxLink = ben.getByRole('link', { name: 'Inbox 1 unread' });
  await expect(inboxLink).toBeVisible({ timeout: 30_000 });
  await inboxLink.click();
  await expect(ben).toHaveURL('/inbox');
  const notification = ben.getByRole('listitem').filter({ hasText: title });
  await expect(notification).toContainText(`${demo.ana.name} mentioned you`);
  await expect(ben.getByText('1 unread.')).toBeVisible();

  // By the keyboard, as the whole inbox can be used.
  await notification.getByRole('link', { name: new RegExp(`^Unread: ${key}-\\d+ ${title}$`) }).focus();
  await ben.keyboard.press('Enter');
  await expect(ben).toHaveURL(new RegExp(`/projects/${key}/tasks/\\d+$`));
  await expect(ben.getByRole('list', { name: 'Comments' })).toContainText('@ben thanks!');

  await ben.goBack();
  const markRead = ben
    .getByRole('listitem')
    .filter({ hasText: title })
    .getByRole('button', { name: /^Mark read/ });
  await markRead.click();
  await expect(ben.getByText('Nothing unread.')).toBeVisible();
  await expect(ben.getByRole('link', { name: new RegExp(`^${key}-\\d+ ${title}$`) })).toBeFocused();
  await expect(ben.getByRole('link', { name: 'Inbox', exact: true })).toBeVisible();
  await benContext.close();
});
