import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { boardOf, column, demo, openDemoProject, openReplay, pastViewBanner, signIn } from './fixtures';

const slider = (page: Page) => page.getByRole('slider', { name: 'Replay history' });

/**
 * Waits for the slider to stand at `step` (when given) with that step's board on screen, which is when its value text
 * stops saying "loading", and returns that text.
 */
async function settled(page: Page, step?: number) {
  if (step !== undefined) await expect(slider(page)).toHaveAttribute('aria-valuenow', String(step));
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', /loading/);
  return (await slider(page).getAttribute('aria-valuetext')) ?? '';
}

const valueNow = async (page: Page) => Number(await slider(page).getAttribute('aria-valuenow'));

test('replay the demo project: scrub, step back over a move, share a point, inspect, play, back to live', async ({
  page,
  context,
}) => {
  // An owner, so that the project settings the replay hides are there to hide.
  await signIn(page, demo.ana.email);
  const key = await openDemoProject(page);
  await expect(page.getByRole('button', { name: 'Project settings' })).toBeVisible();

  // Replay opens at the latest event, read-only.
  await openReplay(page);
  await expect(slider(page)).toHaveAttribute('aria-valuemin', '1');
  const count = Number(await slider(page).getAttribute('aria-valuemax'));
  expect(count).toBeGreaterThan(100);
  await settled(page, count);
  await expect(pastViewBanner(page, key)).toBeVisible();
  await expect(page.getByLabel('New task in Todo')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Project settings' })).toHaveCount(0);

  // The mouse: a click on the track jumps there, dragging the thumb scrubs.
  const track = await slider(page).locator('..').boundingBox();
  if (!track) throw new Error('The replay slider is not on screen');
  const stepAt = (fraction: number) => 1 + Math.round(fraction * (count - 1));
  await page.mouse.click(track.x + track.width * 0.25, track.y + track.height / 2);
  await settled(page);
  expect(Math.abs((await valueNow(page)) - stepAt(0.25))).toBeLessThanOrEqual(1);
  const thumb = await slider(page).boundingBox();
  if (!thumb) throw new Error('The slider thumb is not on screen');
  await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width * 0.6, track.y + track.height / 2, { steps: 12 });
  await page.mouse.up();
  await settled(page);
  expect(Math.abs((await valueNow(page)) - stepAt(0.6))).toBeLessThanOrEqual(1);

  // The keys: Home is the project's creation, with an empty board; End the latest event.
  await slider(page).focus();
  await page.keyboard.press('Home');
  expect(await settled(page, 1)).toContain('created the project “Chronicle Website”');
  for (const [name, tasks] of await boardOf(page)) expect(tasks, name).toEqual([]);
  await page.keyboard.press('End');
  await settled(page, count);
  await page.keyboard.press('ArrowLeft');
  await settled(page, count - 1);
  await page.keyboard.press('PageDown');
  await settled(page, count - 11);
  await page.keyboard.press('PageUp');
  await settled(page, count - 1);
  await page.keyboard.press('ArrowRight');
  await settled(page, count);

  // A move, found in the timeline narrowed to moves, then in the inspector.
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'History' }).click();
  const timeline = page.getByRole('list', { name: 'History, newest first' });
  await expect(timeline).toBeVisible();
  await page.getByRole('checkbox', { name: 'Moves' }).check();
  await expect(page).toHaveURL(/[?&]kind=moves/);
  await expect(timeline.getByRole('listitem').filter({ hasNotText: / (moved|reordered) / })).toHaveCount(0);
  const entry = timeline
    .getByRole('listitem')
    .filter({ hasText: / moved \S+-\d+ from / })
    .first();
  const sentence = (await entry.getByRole('paragraph').textContent()) ?? '';
  const [, ref = '', from = '', to = ''] = /moved (\S+-\d+) from (.+) to (.+)$/.exec(sentence) ?? [];
  await entry.getByRole('link', { name: 'Inspect event' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('TaskMoved');
  await expect(page.getByRole('region', { name: 'Data' }).locator('pre')).toContainText('"toStatusId"');
  await expect(page.getByRole('region', { name: 'What it changed' })).toContainText(`moved from ${from} to ${to}`);
  await expect(page.getByRole('region', { name: 'Metadata' })).toContainText(sentence.split(' moved ')[0] ?? '');

  // The board as of that move shows the card in its new column; one event earlier, back in the old one.
  await page.getByRole('link', { name: 'View board as of this event' }).click();
  expect(await settled(page)).toContain(`moved ${ref} from ${from} to ${to}`);
  await expect(column(page, to).getByText(ref, { exact: true })).toBeVisible();
  const moveStep = await valueNow(page);
  await slider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await settled(page, moveStep - 1);
  await expect(column(page, from).getByText(ref, { exact: true })).toBeVisible();
  await expect(column(page, to).getByText(ref, { exact: true })).toHaveCount(0);

  // Its "as of" link opens the same board in another page, and its cards open the task as it stood then.
  const shared = (await page.getByRole('link', { name: 'Link to this point' }).getAttribute('href')) ?? '';
  expect(shared).toMatch(/\?at=\d+$/);
  await expect(page).toHaveURL(new RegExp(`\\${shared.slice(shared.indexOf('?'))}$`));
  const other = await context.newPage();
  await other.goto(shared);
  await settled(other, moveStep - 1);
  expect(await boardOf(other)).toEqual(await boardOf(page));
  const card = column(other, from)
    .getByRole('article')
    .filter({ has: other.getByText(ref, { exact: true }) });
  await card.getByRole('link').click();
  await expect(other).toHaveURL(new RegExp(`/tasks/\\d+\\${shared.slice(shared.indexOf('?'))}$`));
  await expect(pastViewBanner(other, ref)).toBeVisible();
  await expect(other.getByLabel('Status').locator('option:checked')).toHaveText(from);
  await expect(other.getByLabel('Status')).toBeDisabled();
  await expect(other.getByLabel('Add a comment')).toHaveCount(0);
  await other.close();

  // Playing moves forward by itself until paused.
  await slider(page).focus();
  await page.keyboard.press('Home');
  await settled(page, 1);
  await page.getByLabel('Speed').selectOption('16');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => valueNow(page)).toBeGreaterThanOrEqual(6);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await settled(page);

  // Back to live: the slider goes, the address loses its point, and the board can be changed again.
  await page.getByRole('button', { name: 'Back to live' }).click();
  await expect(slider(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/at=/);
  await expect(page.getByLabel('New task in Todo')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Replay', exact: true })).toBeVisible();
});
