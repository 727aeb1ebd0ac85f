import { expect, test } from './test';
import { demo, openDemoProject, signIn } from './fixtures';

test('at 1366 px the five columns of the demo board fit the window', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, demo.ana.email);
  await openDemoProject(page);
  const columns = page.locator('[data-column-id]');
  await expect(columns).toHaveCount(5);
  for (const column of await columns.all()) {
    const box = await column.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1366);
  }
});

test('on a phone the board has a column switcher, whole tabs and card links a finger can hit', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, demo.ana.email);
  await openDemoProject(page);

  const members = page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Members' });
  const tab = await members.boundingBox();
  expect(tab && tab.x + tab.width).toBeLessThanOrEqual(390);

  const first = (await page.locator('article[data-task-id] h3 a').first().boundingBox())!;
  expect(first.height).toBeGreaterThanOrEqual(24);

  // It opens on a column with tasks in view, and each column is one press away.
  const inView = async (status: string) => {
    const box = await page.getByRole('region', { name: status }).boundingBox();
    return box !== null && box.x >= 0 && box.x + box.width <= 390;
  };
  const switcher = page.getByRole('navigation', { name: 'Columns' });
  await expect(switcher.getByRole('button')).toHaveCount(5);
  await switcher.getByRole('button', { name: /^Done/ }).click();
  await expect.poll(() => inView('Done')).toBe(true);
  await switcher.getByRole('button', { name: /^Backlog/ }).click();
  await expect.poll(() => inView('Backlog')).toBe(true);
});
