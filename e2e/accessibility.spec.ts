import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { demo, openDemoProject, signIn } from './fixtures';
import { keysReady, palette } from './keys';

/** Every rule axe knows, at every impact: a page passes only with no violation at all. */
async function violationsOf(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // Soft, so that one run names the violations of every page.
  expect.soft(await violationsOf(page), path).toEqual([]);
}

test('the pages seen signed out have no accessibility violation', async ({ page }) => {
  for (const path of ['/sign-in', '/sign-up', '/guide', '/no-such-page']) await expectNoViolations(page, path);
});

test('every page of a project has no accessibility violation, on a desktop and on a phone', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, demo.ana.email);
  const key = await openDemoProject(page);
  const pages = [
    '/',
    `/projects/${key}`,
    `/projects/${key}?view=list`,
    `/projects/${key}?at=5`,
    `/projects/${key}/activity`,
    `/projects/${key}/history`,
    `/projects/${key}/history/5`,
    `/projects/${key}/history/compare?from=yesterday`,
    `/projects/${key}/insights`,
    `/projects/${key}/members`,
    `/projects/${key}/history/deleted`,
    `/projects/${key}/tasks/1`,
    `/projects/${key}/tasks/1?at=5`,
    '/search?q=page',
    '/inbox',
    '/import',
  ];
  for (const path of pages) await expectNoViolations(page, path);

  await page.goto(`/projects/${key}`);
  await page.getByRole('button', { name: 'Project settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Project settings' })).toBeVisible();
  expect.soft(await violationsOf(page), 'project settings').toEqual([]);

  // The dialogs a person opens from the board: the command palette, the shortcuts sheet and the task panel.
  await page.goto(`/projects/${key}`);
  await keysReady(page);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect.soft(await violationsOf(page), 'shortcuts').toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  expect.soft(await violationsOf(page), 'command palette').toEqual([]);
  await page.keyboard.press('Escape');
  await page.locator('article[data-task-id] h3 a').first().click();
  await expect(page.getByRole('dialog').getByRole('link', { name: 'Full page' })).toBeVisible();
  expect.soft(await violationsOf(page), 'task panel').toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [`/projects/${key}`, `/projects/${key}/tasks/1`, `/projects/${key}/members`])
    await expectNoViolations(page, path);
});
