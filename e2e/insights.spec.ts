import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { demo, signIn } from './fixtures';

/** Opens the home page as a viewer of the demo project (reading is all this needs), and returns its address. */
async function demoProject(page: Page): Promise<string> {
  await signIn(page, demo.dev.email);
  await page.goto('/');
  const href = await page
    .getByRole('list', { name: 'Projects' })
    .getByRole('link', { name: /Chronicle Website/ })
    .getAttribute('href');
  if (!href) throw new Error('The demo project is not listed');
  return href;
}

test('the demo project’s insights draw the flow, cycle time and throughput and tell them in words', async ({
  page,
}) => {
  const project = await demoProject(page);
  await page.goto(`${project}/insights`);
  await expect(page.getByRole('heading', { level: 2, name: 'Insights' })).toBeVisible();

  for (const title of ['Cumulative flow', 'Cycle time', 'Throughput per week']) {
    const chart = page.getByRole('region', { name: title, exact: true });
    // Right after the server starts, the first build of the insights may still be catching up: the page asks again.
    await expect(chart.getByRole('heading', { name: title })).toBeVisible({ timeout: 30_000 });
    await expect(chart.locator('svg.recharts-surface')).toBeVisible();
    await expect(chart.locator('figcaption')).not.toBeEmpty();
  }

  const cycleTime = page.getByRole('region', { name: 'Cycle time', exact: true });
  const median = /median cycle time of \d+(\.\d)? (days?|hours?|minutes?)/;
  await expect(cycleTime.locator('figcaption')).toContainText(median);
  await expect(cycleTime.getByRole('img', { name: median })).toBeVisible();
  await cycleTime.getByText('Show the data as a table').click();
  await expect(cycleTime.getByRole('table')).toBeVisible();
  await expect(cycleTime.getByRole('columnheader', { name: 'Cycle time (days)' })).toBeVisible();

  await page.goto(`${project}/insights?at=1`);
  await expect(page.getByText(/^As of/)).toBeVisible();
  await page.getByRole('link', { name: 'Back to live' }).click();
  await expect(page).toHaveURL(`${project}/insights`);
  await expect(page.getByText(/^As of/)).toBeHidden();
});

test('the projections page lists the insights projection as active and caught up', async ({ page }) => {
  await demoProject(page);
  await page.getByRole('link', { name: 'Projections' }).click();
  await expect(page).toHaveURL('/projections');

  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Lag (events)' })).toBeVisible();
  const headers = await table.getByRole('columnheader').allTextContents();
  // Cells are counted after the row's header cell, the projection's name.
  const cell = (name: string) => headers.indexOf(name) - 1;
  const insights = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'insights', exact: true }) })
    .filter({ has: page.getByRole('cell', { name: 'active', exact: true }) });
  await expect(insights).toHaveCount(1);
  await expect(insights.getByRole('cell').nth(cell('Kind'))).toHaveText('Asynchronous');
  // The runner works every second and the page asks every two seconds: wait until it has caught up.
  await expect(insights.getByRole('cell').nth(cell('Lag (events)'))).toHaveText('0', { timeout: 30_000 });
});
