import { addTask, column, createProject, randomKey, signUp, uniqueName } from './fixtures';
import { expect, test } from './test';

test('an owner keeps a list of coloured labels; tasks pick from it, and a rename or deletion reaches every task', async ({
  page,
}) => {
  await signUp(page.request, 'Ana');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, uniqueName('Labels'), key);
  await addTask(page, 'Todo', 'Alpha');
  const card = column(page, 'Todo').getByRole('listitem').filter({ hasText: 'Alpha' });

  // A label typed freely, before the list has it: shown in the default colour.
  await card.getByRole('link', { name: 'Alpha' }).click();
  await page.getByLabel('Add label').fill('legacy');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove label legacy' })).toBeVisible();
  await page.goBack();

  const settings = page.getByRole('dialog');
  await page.getByRole('button', { name: 'Project settings' }).click();
  const newLabel = settings.getByRole('form', { name: 'New label' });
  await newLabel.getByLabel('New label').fill('Bug');
  // The palette is radio buttons drawn as their swatches: a click on the swatch picks it.
  await newLabel.getByText('Red', { exact: true }).click();
  await expect(newLabel.getByRole('radio', { name: 'Red' })).toBeChecked();
  await newLabel.getByRole('button', { name: 'Create label' }).click();
  await expect(settings.getByLabel('Name of label bug')).toHaveValue('bug');
  // A list label of the name a task already carries adopts it.
  await newLabel.getByLabel('New label').fill('legacy');
  await newLabel.getByRole('radio', { name: 'Red' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(newLabel.getByRole('radio', { name: 'Amber' })).toBeChecked();
  await newLabel.getByText('Teal', { exact: true }).click();
  await expect(newLabel.getByRole('radio', { name: 'Teal' })).toBeChecked();
  await newLabel.getByRole('button', { name: 'Create label' }).click();
  await expect(settings.getByLabel('Colour of legacy')).toHaveValue('teal');
  await page.keyboard.press('Escape');
  await expect(card.getByText('legacy', { exact: true })).toHaveClass(/bg-teal-100/);

  // The task page suggests the list's labels it does not carry yet.
  await card.getByRole('link', { name: 'Alpha' }).click();
  const add = page.getByRole('combobox', { name: 'Add label' });
  await expect(add).toBeVisible();
  await expect(page.locator(`datalist#${await add.getAttribute('list')} option`)).toHaveCount(1);
  await expect(page.locator(`datalist#${await add.getAttribute('list')} option`)).toHaveAttribute('value', 'bug');
  await add.fill('bug');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove label bug' })).toBeVisible();
  await page.goBack();
  await expect(card.getByText('bug', { exact: true })).toHaveClass(/bg-red-100/);

  // Renamed and recoloured on the list: every task that carries it follows; deleted: it leaves them.
  await page.getByRole('button', { name: 'Project settings' }).click();
  await settings.getByLabel('Name of label bug').fill('defect');
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings.getByLabel('Name of label defect')).toBeVisible();
  await settings.getByLabel('Colour of defect').selectOption({ label: 'Violet' });
  await expect(settings.getByLabel('Colour of defect')).toHaveValue('violet');
  await settings.getByRole('button', { name: 'Delete label legacy' }).click();
  await expect(settings.getByRole('button', { name: 'Delete label legacy' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(card.getByText('defect', { exact: true })).toHaveClass(/bg-violet-100/);
  await expect(card.getByText('bug', { exact: true })).toHaveCount(0);
  await expect(card.getByText('legacy', { exact: true })).toHaveCount(0);

  await page.reload();
  await expect(card.getByText('defect', { exact: true })).toHaveClass(/bg-violet-100/);
  await expect(card.getByText('legacy', { exact: true })).toHaveCount(0);
});
