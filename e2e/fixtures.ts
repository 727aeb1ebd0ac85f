import { expect, type Locator, type Page } from '@playwright/test';

const letters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');

/** The database may be shared with other runs: project keys and people's names are made unique per test. */
export const randomKey = () => `E${letters(4)}`;
export const uniqueName = (first: string) => `${first} ${letters(3)}`;

export async function chooseName(page: Page, name: string) {
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: 'Who are you?' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: `Switch person (you are ${name})` })).toBeVisible();
}

export async function createProject(page: Page, name: string, key: string) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Key').fill(key);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page).toHaveURL(`/projects/${key}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export const column = (page: Page, status: string) => page.getByRole('list', { name: `Tasks in ${status}` });

export async function addTask(page: Page, status: string, title: string) {
  const input = page.getByLabel(`New task in ${status}`);
  await input.fill(title);
  await input.press('Enter');
  await expect(column(page, status).getByRole('link', { name: title })).toBeVisible();
  await expect(input).toHaveValue('');
}

/** Answers of one tRPC procedure (batched requests name every procedure in the URL). */
export const answerOf = (page: Page, procedure: string) =>
  page.waitForResponse((response) => response.url().includes(procedure) && response.request().method() === 'POST');

/** A real pointer drag: press on the handle, move past the activation distance, then across in small steps. */
export async function dragWithMouse(page: Page, handle: Locator, target: Locator, whileOver: () => Promise<void>) {
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Drag handle or target is not on screen');
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 4, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 80), { steps: 15 });
  await whileOver();
  await page.mouse.up();
}
