import type { Route } from '@playwright/test';
import { expect, test } from './test';
import { addTask, column, createProject, randomKey, signUp } from './fixtures';
import { blur, cardLink, keysReady, palette } from './keys';

test('select cards by Shift and Ctrl click and by X, move them in one command, and undo it in one', async ({
  page,
}) => {
  await signUp(page.request, 'Bo');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Bulk ${key}`, key);
  for (const title of ['Alpha', 'Beta', 'Gamma', 'Delta']) await addTask(page, 'Todo', title);
  await blur(page);
  await keysReady(page);

  await cardLink(page, 'Alpha').click({ modifiers: ['Shift'] });
  await cardLink(page, 'Gamma').click({ modifiers: ['Control'] });
  await cardLink(page, 'Delta').focus();
  await page.keyboard.press('x');
  // Nothing opened: the clicks selected.
  await expect(page).toHaveURL(`/projects/${key}`);
  for (const [n, pressed] of [
    [1, 'true'],
    [2, 'false'],
    [3, 'true'],
    [4, 'true'],
  ] as const) {
    await expect(page.getByRole('button', { name: `Select ${key}-${n}` })).toHaveAttribute('aria-pressed', pressed);
  }
  const toolbar = page.getByRole('toolbar', { name: 'Selected tasks' });
  await expect(toolbar).toContainText('3 selected');
  await expect(page.getByRole('status').filter({ hasText: '3 selected' })).toBeAttached();

  const moved = page.waitForResponse((r) => r.url().includes('task.bulk'));
  await toolbar.getByRole('button', { name: 'Move…' }).click();
  await expect(palette(page)).toContainText('3 selected tasks');
  await palette(page).getByRole('option', { name: 'Move to Done' }).click();
  expect((await moved).ok()).toBe(true);
  await expect(column(page, 'Done').getByRole('link')).toHaveText(['Alpha', 'Gamma', 'Delta']);
  await expect(column(page, 'Todo').getByRole('link')).toHaveText(['Beta']);

  // One command: one Ctrl+Z puts all three back (the toast may still show an earlier change's Undo).
  await page.keyboard.press('Control+z');
  await expect(column(page, 'Todo').getByRole('link')).toHaveText(['Alpha', 'Beta', 'Gamma', 'Delta']);

  // Still selected: delete them in one go.
  await toolbar.getByRole('button', { name: 'Delete' }).click();
  await expect(column(page, 'Todo').getByRole('link')).toHaveText(['Beta']);
  await expect(toolbar).toBeHidden();
});

test('a new task shows before the server answers, gets its number, and goes again with the reason if refused', async ({
  page,
}) => {
  await signUp(page.request, 'Oz');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Adding ${key}`, key);
  await addTask(page, 'Todo', 'Already there');

  // The answer is held back until the card has been seen without it.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const hold = async (route: Route) => {
    await held;
    await route.continue();
  };
  await page.route('**/api/trpc/*task.create*', hold);
  const field = page.getByLabel('New task in Todo');
  await field.fill('Shown at once');
  await field.press('Enter');
  const todo = column(page, 'Todo');
  const pending = todo.getByRole('listitem').filter({ hasText: 'Shown at once' });
  await expect(pending).toBeVisible();
  await expect(pending).toContainText(`${key}-…`);
  await expect(field).toHaveValue('');
  release();
  await expect(todo.getByRole('link', { name: 'Shown at once' })).toBeVisible();
  await expect(pending).toContainText(`${key}-2`);
  await page.unroute('**/api/trpc/*task.create*', hold);

  // A title the server refuses (the NUL character cannot be stored): the card goes, the reason shows, the title
  // comes back to the field.
  await field.fill('Broken \u0000 title');
  await field.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Could not add' })).toContainText('NUL');
  await expect(todo.getByRole('listitem')).toHaveCount(2);
  await expect(field).toHaveValue('Broken \u0000 title');
});
