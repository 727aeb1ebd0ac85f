import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './test';
import { callMutation, randomKey, signUp } from './fixtures';

async function send<T>(request: APIRequestContext, procedure: string, input: object): Promise<T> {
  const response = await callMutation(request, procedure, { commandId: randomUUID(), ...input });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

test('search from the header: / focuses it, matches are marked, Enter opens the task, a history hit the inspector', async ({
  page,
}) => {
  await signUp(page.request, 'Seeker');
  const key = randomKey();
  const { projectId } = await send<{ projectId: string }>(page.request, 'project.create', { name: 'Searched', key });
  const word = `zephyr${randomKey().toLowerCase()}`;
  const { taskId } = await send<{ taskId: string }>(page.request, 'task.create', {
    projectId,
    title: `<img src=x onerror="document.title='owned'"> ${word} checkout`,
  });
  const old = `quokka${randomKey().toLowerCase()}`;
  const draft = await send<{ taskId: string }>(page.request, 'task.create', { projectId, title: `${old} draft` });
  await send(page.request, 'task.rename', { taskId: draft.taskId, title: 'Renamed draft' });
  await send(page.request, 'task.comment', { taskId, body: `Seen again in ${word}` });

  await page.goto('/');
  const howBuilt = page.getByRole('link', { name: 'How it is built' });
  await howBuilt.focus();
  const box = page.getByRole('combobox', { name: 'Search tasks and history' });
  // The shortcut works once the page has hydrated: pressed until it does.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 1_000 });
  }).toPass();
  await expect(box).toHaveValue('');

  await page.keyboard.type(word.slice(0, -2));
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const tasks = results.getByRole('group', { name: 'Tasks' });
  const hit = tasks.getByRole('option').filter({ hasText: `${key}-1` });
  await expect(hit.locator('mark', { hasText: word }).first()).toBeVisible();
  await expect(hit).toContainText('<img src=x onerror=');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.title()).not.toBe('owned');
  await expect(results.getByRole('group', { name: 'History' }).getByRole('option')).not.toHaveCount(0);

  // Escape closes the popup and keeps focus in the box; a second gives focus back to where it was.
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(howBuilt).toBeFocused();

  await page.keyboard.press('/');
  await page.keyboard.type(word);
  await expect(hit).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await hit.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/projects/${key}/tasks/1$`));

  // The first title of a renamed task is in its history only: the hit opens the event in the inspector.
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type(old);
  const past = results.getByRole('group', { name: 'History' }).getByRole('option').filter({ hasText: 'Task created' });
  await expect(past.locator('mark', { hasText: old })).toBeVisible();
  await expect(results.getByRole('group', { name: 'Tasks' })).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(past).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/projects/${key}/history/\\d+$`));
  await expect(
    page.getByRole('heading', { level: 2, name: /^Step \d+ of \d+ in this project: TaskCreated/ }),
  ).toBeVisible();

  // Enter with no result chosen shows them all on the search page.
  await page.keyboard.press('/');
  await page.keyboard.type(word);
  await expect(hit).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Search results for “${word}”` })).toBeVisible();
  const listed = page.getByRole('region', { name: 'Tasks' }).getByRole('link').first();
  await expect(listed.locator('mark').first()).toHaveText(word);
});

test('a history hit of a deleted task says the task is deleted', async ({ page }) => {
  await signUp(page.request, 'Finder');
  const key = randomKey();
  const { projectId } = await send<{ projectId: string }>(page.request, 'project.create', { name: 'Gone', key });
  const word = `wombat${randomKey().toLowerCase()}`;
  const { taskId } = await send<{ taskId: string }>(page.request, 'task.create', { projectId, title: `${word} one` });
  await send(page.request, 'task.create', { projectId, title: `${word} two` });
  await send(page.request, 'task.delete', { taskId });

  await page.goto(`/search?q=${word}`);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').filter({ hasText: `${key}-1` })).toContainText('(deleted)');
  await expect(history.getByRole('listitem').filter({ hasText: `${key}-2` })).not.toContainText('(deleted)');
});
