import { expect, type Page } from '@playwright/test';

/**
 * Presses `?` until the shortcuts sheet opens, then closes it: a key pressed before the page has hydrated finds no
 * listener. After this the board's keys work.
 */
export async function keysReady(page: Page) {
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(async () => {
    await page.keyboard.press('?');
    await expect(help).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
}

/** Takes the focus off whatever holds it, as a click on an empty part of the page does. */
export const blur = (page: Page) =>
  page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });

export const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });

/** The link of a task's card on the board, by its title. */
export const cardLink = (page: Page, title: string) =>
  page.locator('article[data-task-id]').getByRole('link', { name: title, exact: true });
