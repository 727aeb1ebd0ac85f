import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './test';
import { callMutation, demo, openReplay, randomKey, signIn, uniqueName } from './fixtures';

const slider = (page: Page) => page.getByRole('slider', { name: 'Replay history' });

async function settled(page: Page, step: number) {
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(step));
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', /loading/);
}

async function mutate(request: APIRequestContext, procedure: string, input: object) {
  const response = await callMutation(request, procedure, { commandId: randomUUID(), ...input });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: { json: Record<string, string> } } }).result.data.json;
}

test('name a point on the replay slider, jump back to it, and compare since it', async ({ page }) => {
  await signIn(page, demo.ana.email);
  // A project of its own: the demo project's history stays as the other specs expect it.
  const key = randomKey();
  const { projectId } = await mutate(page.request, 'project.create', { name: uniqueName('Sprints'), key });
  for (const title of ['Plan sprint 3', 'Ship the login page', 'Write the release notes']) {
    await mutate(page.request, 'task.create', { projectId: projectId!, title });
  }

  await page.goto(`/projects/${key}`);
  await openReplay(page);
  const count = Number(await slider(page).getAttribute('aria-valuemax'));
  await settled(page, count);
  // Step 4 is the second task's creation (created, owner added, then one step a task: its number reserved is none).
  await slider(page).focus();
  await page.keyboard.press('Home');
  for (let i = 1; i < 4; i++) await page.keyboard.press('ArrowRight');
  await settled(page, 4);

  await page.getByRole('textbox', { name: 'Name this point' }).fill('  Sprint 3 start ');
  await page.getByRole('button', { name: 'Name', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Named step 4 “Sprint 3 start”' })).toBeVisible();
  const marks = page.getByRole('list', { name: 'Named points' });
  const mark = marks.getByRole('button', { name: 'Go to “Sprint 3 start”, step 4' });
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute('aria-current', 'step');
  // Naming is itself an event: the slider reaches one further, and stays where it was.
  await expect(slider(page)).toHaveAttribute('aria-valuemax', String(count + 1));
  await settled(page, 4);
  await page.screenshot({ path: 'test-results/named-points-slider.png' });

  // From the latest event, the mark brings the slider back, by keyboard as by pointer.
  await slider(page).focus();
  await page.keyboard.press('End');
  await settled(page, count + 1);
  await expect(mark).not.toHaveAttribute('aria-current', 'step');
  await mark.focus();
  await page.keyboard.press('Enter');
  await settled(page, 4);
  await expect(page.getByText(`Step 4 of ${count + 1}:`)).toBeVisible();
  await expect(mark).toBeFocused();

  // A name the project already gives is refused, saying so.
  await page.getByRole('textbox', { name: 'Name this point' }).fill('sprint 3 START');
  await page.getByRole('button', { name: 'Name', exact: true }).click();
  await expect(page.getByText('A point is already named "Sprint 3 start".')).toBeVisible();

  // A point named one step on gets a mark of its own, on a row below rather than over the first.
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await settled(page, 5);
  await page.getByRole('textbox', { name: 'Name this point' }).fill('Sprint 3 review');
  await page.getByRole('button', { name: 'Name', exact: true }).click();
  const next = marks.getByRole('button', { name: 'Go to “Sprint 3 review”, step 5' });
  await expect(next).toBeVisible();
  const [first, second] = [await mark.boundingBox(), await next.boundingBox()];
  expect(first && second).toBeTruthy();
  const apart =
    first!.x + first!.width <= second!.x ||
    second!.x + second!.width <= first!.x ||
    first!.y + first!.height <= second!.y ||
    second!.y + second!.height <= first!.y;
  expect(apart, `${JSON.stringify(first)} and ${JSON.stringify(second)} overlap`).toBe(true);
  await page.screenshot({ path: 'test-results/named-points-rows.png' });

  // The History page lists it, and offers it among the comparisons.
  await page.goto(`/projects/${key}/history`);
  const list = page.getByRole('region', { name: 'Named points' });
  await expect(list.getByRole('link', { name: 'Sprint 3 start', exact: true })).toHaveAttribute('href', /\?at=\d+$/);
  await expect(list).toContainText('step 4');
  const preset = page
    .getByRole('navigation', { name: 'Compare' })
    .getByRole('link', { name: 'Since “Sprint 3 start”' });
  await preset.click();
  await expect(page.getByRole('heading', { level: 2, name: 'What changed since “Sprint 3 start”' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Compare' }).getByRole('link', { name: 'Since “Sprint 3 start”' }),
  ).toHaveAttribute('aria-current', 'page');
  // Since the second task was made: the third one, made after it.
  await expect(page.getByText('Write the release notes').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/named-points-compare.png', fullPage: true });
});
