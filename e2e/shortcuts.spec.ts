import { expect, test } from './test';
import { addTask, column, createProject, randomKey, signUp } from './fixtures';
import { blur, cardLink, keysReady, palette } from './keys';

test('J and K walk the cards in reading order; the letters act on the focused card and never while typing', async ({
  page,
}) => {
  await signUp(page.request, 'Kim');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Keys ${key}`, key);
  await addTask(page, 'Todo', 'First');
  await addTask(page, 'Todo', 'Second');
  await addTask(page, 'In progress', 'Third');
  await blur(page);
  await keysReady(page);

  // The help sheet lists the shortcuts, undo included, and gives the focus back on close.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const shortcuts = help.getByRole('list', { name: 'Shortcuts' });
  await expect(shortcuts.getByRole('listitem').filter({ hasText: 'Focus the next task' })).toContainText('J');
  await expect(shortcuts.getByRole('listitem').filter({ hasText: 'Undo your last change' })).toContainText('Z');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('j');
  await expect(cardLink(page, 'First')).toBeFocused();
  await page.keyboard.press('j');
  await expect(cardLink(page, 'Second')).toBeFocused();
  // From the end of a column to the top of the next one: reading order.
  await page.keyboard.press('j');
  await expect(cardLink(page, 'Third')).toBeFocused();
  await page.keyboard.press('j');
  await expect(cardLink(page, 'Third')).toBeFocused();
  await page.keyboard.press('k');
  await expect(cardLink(page, 'Second')).toBeFocused();
  // A modifier the shortcut does not use leaves the key alone.
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Alt+j');
  await expect(cardLink(page, 'Second')).toBeFocused();

  // P opens the priority picker for the focused card; the focus comes back to it afterwards.
  await page.keyboard.press('p');
  await expect(palette(page)).toBeVisible();
  await expect(palette(page)).toContainText(`${key}-2`);
  await page.keyboard.type('urgent');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  const second = column(page, 'Todo').getByRole('listitem').filter({ hasText: 'Second' });
  await expect(second).toContainText('Urgent');
  await expect(cardLink(page, 'Second')).toBeFocused();

  // Ctrl+Z, listed on the sheet, takes the change back.
  await page.keyboard.press('Control+z');
  await expect(second).not.toContainText('Urgent');

  // X selects the focused card; Escape clears the selection.
  await page.keyboard.press('x');
  await expect(second.getByRole('button', { name: `Select ${key}-2` })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: '1 selected' })).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(second.getByRole('button', { name: `Select ${key}-2` })).toHaveAttribute('aria-pressed', 'false');

  // C goes to the first column's new task field (Backlog's); typing there types, and no shortcut fires.
  await page.keyboard.press('c');
  const field = page.getByLabel('New task in Backlog');
  await expect(field).toBeFocused();
  await page.keyboard.type('jkxsc?');
  await expect(field).toHaveValue('jkxsc?');
  await expect(field).toBeFocused();
  await expect(palette(page)).toBeHidden();
  await expect(help).toBeHidden();
});
