import { expect, test } from './test';
import { addTask, column, createProject, randomKey, signUp } from './fixtures';
import { blur, cardLink, keysReady, palette } from './keys';

test('the palette goes to tasks and projects, creates a task and moves the focused one, all by keyboard', async ({
  page,
}) => {
  await signUp(page.request, 'Pia');
  await page.goto('/');
  const other = randomKey();
  await createProject(page, `Elsewhere ${other}`, other);
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Palette ${key}`, key);
  await addTask(page, 'Todo', 'Write the launch post');
  await addTask(page, 'Todo', 'Fix the footer');
  await blur(page);
  await keysReady(page);

  // Each action shows its shortcut beside it.
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  await expect(palette(page).getByRole('combobox')).toBeFocused();
  await expect(palette(page).getByRole('option', { name: /Create task/ })).toContainText('C');
  await expect(palette(page).getByRole('option', { name: /Keyboard shortcuts/ })).toContainText('?');
  // Escape closes it and gives the focus back where it was.
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await cardLink(page, 'Fix the footer').focus();
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(cardLink(page, 'Fix the footer')).toBeFocused();

  // The focused card's actions come first: move it to a status.
  await page.keyboard.press('Meta+k');
  await expect(palette(page).getByRole('group', { name: `${key}-2` })).toBeVisible();
  await page.keyboard.type('move');
  await page.keyboard.press('Enter');
  await page.keyboard.type('done');
  await expect(palette(page).getByRole('option')).toHaveText(['Move to Done']);
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  await expect(column(page, 'Done').getByRole('link')).toHaveText(['Fix the footer']);

  // Create a task: it shows on the board with its number.
  await blur(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('create');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Plan the retro');
  await expect(palette(page).getByRole('option')).toHaveText([
    'Create “Plan the retro” in Backlog',
    'Create “Plan the retro” in Todo',
    'Create “Plan the retro” in In progress',
    'Create “Plan the retro” in Done',
  ]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  await expect(column(page, 'Todo').getByRole('link')).toHaveText(['Write the launch post', 'Plan the retro']);
  await expect(column(page, 'Todo')).toContainText(`${key}-3`);

  // Go to a task by its number: its panel opens at its address.
  await page.keyboard.press('Control+k');
  await page.keyboard.type(`${key}-1`);
  await expect(palette(page).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/projects/${key}/tasks/1`);
  await expect(page.getByRole('dialog', { name: `${key}-1: Write the launch post` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(`/projects/${key}`);

  // Go to another project.
  await blur(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type(`Elsewhere`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/projects/${other}`);
  await expect(page.getByRole('heading', { level: 1, name: `Elsewhere ${other}` })).toBeVisible();
});
