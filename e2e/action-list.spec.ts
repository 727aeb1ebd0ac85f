import type { Page } from '@playwright/test';
import { expect, test } from './test';
import {
  addTask,
  createProject,
  demo,
  openDemoProject,
  openReplay,
  pastViewBanner,
  randomKey,
  signIn,
  signUp,
  openTaskPage,
} from './fixtures';

const slider = (page: Page, name = 'Replay history') => page.getByRole('slider', { name });
const changes = (page: Page) => page.getByRole('list', { name: /changes around this/i });
const current = (page: Page) => changes(page).locator('[aria-current="step"]');
/** How the timeline tells a move: to another column, or to another place in the same one. */
const MOVED = / (moved|reordered) /;

/** Waits for the slider to stand at `value` with that point on screen, when its value text stops saying "loading". */
async function settled(page: Page, value: number, name?: string) {
  await expect(slider(page, name)).toHaveAttribute('aria-valuenow', String(value));
  await expect(slider(page, name)).not.toHaveAttribute('aria-valuetext', /loading/);
}

test('the action list follows the slider, jumps where it is clicked, and honours the History filters', async ({
  page,
}) => {
  await signIn(page, demo.ana.email);
  const key = await openDemoProject(page);
  await openReplay(page);
  const count = Number(await slider(page).getAttribute('aria-valuemax'));
  await settled(page, count);

  // The latest step is marked; the arrow keys move the mark with the slider, in both directions.
  await expect(current(page)).toHaveCount(1);
  await expect(current(page)).toContainText(new RegExp(`^${count}\\D`));
  await expect(slider(page)).toBeFocused();
  for (const [press, step] of [
    ['ArrowLeft', count - 1],
    ['ArrowLeft', count - 2],
    ['PageDown', count - 12],
    ['ArrowRight', count - 11],
  ] as const) {
    await page.keyboard.press(press);
    await settled(page, step);
    await expect(current(page)).toContainText(new RegExp(`^${step}\\D`));
  }

  // A click on a change three steps back jumps there: the slider, the caption and the address follow.
  const target = changes(page)
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${count - 14}\\D`) });
  const inspect = target.getByRole('link', { name: `Inspect step ${count - 14}` });
  const position = /\/history\/(\d+)$/.exec((await inspect.getAttribute('href')) ?? '')?.[1];
  expect(position).toBeTruthy();
  await target.getByRole('button').click();
  await settled(page, count - 14);
  await expect(current(page)).toContainText(new RegExp(`^${count - 14}\\D`));
  await expect(page.getByText(`Step ${count - 14} of ${count}:`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]at=${position}(&|$)`));

  // With the Moves filter, the slider and the list step through moves only.
  await page.getByText('Filter changes').click();
  await page.getByRole('checkbox', { name: 'Moves' }).check();
  await expect(page).toHaveURL(/[?&]kind=moves(&|$)/);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /^Change \d+ of \d+ matching(?!, loading)/);
  const moves = Number(await slider(page).getAttribute('aria-valuemax'));
  expect(moves).toBeGreaterThan(3);
  expect(moves).toBeLessThan(count);
  const at = Number(await slider(page).getAttribute('aria-valuenow'));
  await slider(page).focus();
  await page.keyboard.press(at > 1 ? 'ArrowLeft' : 'ArrowRight');
  const next = at > 1 ? at - 1 : at + 1;
  await settled(page, next);
  await expect(page.getByText(`Change ${next} of ${moves} matching`)).toBeVisible();
  await expect(current(page)).toContainText(MOVED);
  for (const item of await changes(page).getByRole('button').allTextContents()) expect(item).toMatch(MOVED);
  await page.keyboard.press('End');
  await settled(page, moves);
  await page.keyboard.press('Home');
  await settled(page, 1);
  await expect(current(page)).toContainText(MOVED);

  // The inspector link of the current change opens that event.
  const href = (await current(page).locator('..').getByRole('link').getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^/projects/${key}/history/\\d+$`));
});

test('a change found in the filtered History opens the replay with the same filters', async ({ page }) => {
  await signIn(page, demo.ana.email);
  const key = await openDemoProject(page);
  await page.goto(`/projects/${key}/history?kind=moves`);
  const first = page.getByRole('list', { name: 'History, newest first' }).getByRole('listitem').first();
  await expect(first).toContainText(MOVED);
  const link = first.getByRole('link', { name: 'View board as of this' });
  await expect(link).toHaveAttribute('href', new RegExp(`^/projects/${key}\\?at=\\d+&kind=moves$`));
  await link.click();

  await expect(page).toHaveURL(/[?&]kind=moves(&|$)/);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /^Change \d+ of \d+ matching(?!, loading)/);
  const moves = Number(await slider(page).getAttribute('aria-valuemax'));
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(moves));
  await expect(current(page)).toContainText(MOVED);
  for (const item of await changes(page).getByRole('button').allTextContents()) expect(item).toMatch(MOVED);
});

/** The position of the point on screen, as the link to the board as of then names it. */
async function shownPosition(page: Page) {
  const href = (await page.getByRole('link', { name: 'Board as of then' }).getAttribute('href')) ?? '';
  return Number(new URL(href, 'http://x').searchParams.get('at'));
}

test('the task page slider shows the task as it stood at each of its own changes', async ({ page }) => {
  await signUp(page.request, 'Tara');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Slider ${key}`, key);
  await addTask(page, 'Todo', 'First title');
  await openTaskPage(page, page.getByRole('link', { name: 'First title' }));
  await expect(page).toHaveURL(`/projects/${key}/tasks/1`);
  const history = page.getByRole('list', { name: `History of ${key}-1` });
  for (const title of ['Second title', 'Third title']) {
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Save title' }).click();
    await expect(history).toContainText(`renamed ${key}-1 to “${title}”`);
  }

  await page.getByRole('button', { name: 'Replay its history' }).click();
  const name = `History of ${key}-1`;
  await settled(page, 3, name);
  await expect(slider(page, name)).toBeFocused();
  await expect(slider(page, name)).toHaveAttribute('aria-valuemax', '3');
  await expect(page.getByLabel('Title')).toHaveValue('Third title');
  await page.keyboard.press('ArrowLeft');
  await settled(page, 2, name);
  await expect(page.getByLabel('Title')).toHaveValue('Second title');
  await expect(page.getByLabel('Title')).toHaveAttribute('readonly', '');
  // The address follows the point shown once it stays put: the position the "Board as of then" link names.
  const second = await shownPosition(page);
  await expect(page).toHaveURL(new RegExp(`[?&]at=${second}$`));
  await page.keyboard.press('Home');
  await settled(page, 1, name);
  await expect(page.getByLabel('Title')).toHaveValue('First title');
  await expect(pastViewBanner(page, `${key}-1`)).toBeVisible();
  const first = await shownPosition(page);
  expect(first).toBeLessThan(second);
  await expect(page).toHaveURL(new RegExp(`[?&]at=${first}$`));

  // The address opens the same point; leaving the replay shows the live task again.
  await page.reload();
  await settled(page, 1, name);
  await expect(page.getByLabel('Title')).toHaveValue('First title');
  await page.getByRole('link', { name: 'Back to live' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Third title');
  await expect(slider(page, name)).toHaveCount(0);
});
