import type { Page } from '@playwright/test';
import { expect, test } from './test';
import {
  addTask,
  boardOf,
  column,
  createProject,
  moveByKeyboard,
  openReplay,
  randomKey,
  signUp,
  uniqueName,
  openTaskPage,
} from './fixtures';

const slider = (page: Page) => page.getByRole('slider', { name: 'Replay history' });
const toast = (page: Page) => page.getByRole('status', { name: 'Last change' });

/** Waits for the slider to stand at `step` with that step's board on screen. */
async function settled(page: Page, step: number) {
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(step));
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', /loading/);
}

test('undo a move from its toast and with Ctrl+Z, restore the board and a task to a past point, fork from there', async ({
  page,
}) => {
  await signUp(page.request, 'Ana');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, uniqueName('History'), key);
  await addTask(page, 'Todo', 'Alpha');
  await addTask(page, 'Todo', 'Beta');
  const [alpha, beta] = [`${key}-1`, `${key}-2`];

  // A move, then its toast's Undo: the card is back, and the toast offers to redo it.
  await moveByKeyboard(page, alpha, 'In progress');
  await expect(toast(page)).toContainText(`Moved ${alpha} from Todo to In progress`);
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(column(page, 'Todo').getByRole('link', { name: 'Alpha' })).toBeVisible();
  await expect(column(page, 'In progress').getByRole('link', { name: 'Alpha' })).toHaveCount(0);
  await expect(toast(page)).toContainText(`Undid: moved ${alpha} from Todo to In progress`);
  await expect(toast(page).getByRole('button', { name: 'Redo' })).toBeVisible();

  // Two more moves, then Ctrl+Z twice (focus on a card's handle, not in a text field): newest first.
  await moveByKeyboard(page, alpha, 'In progress');
  await expect(toast(page)).toContainText(`Moved ${alpha}`);
  await moveByKeyboard(page, beta, 'In progress');
  await expect(toast(page)).toContainText(`Moved ${beta}`);
  await page.keyboard.press('Control+z');
  await expect(column(page, 'Todo').getByRole('link', { name: 'Beta' })).toBeVisible();
  await expect(toast(page)).toContainText(`Undid: moved ${beta}`);
  await page.keyboard.press('Control+z');
  await expect(column(page, 'Todo').getByRole('link', { name: 'Alpha' })).toBeVisible();
  await expect(toast(page)).toContainText(`Undid: moved ${alpha}`);

  // The history tells the undos.
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'History' }).click();
  const timeline = page.getByRole('list', { name: 'History, newest first' });
  await expect(timeline).toContainText(`undid: moved ${alpha} from Todo to In progress`);
  await expect(timeline).toContainText(`undid: moved ${beta} from Todo to In progress`);

  // A change to come back from (Beta moved on), then the board as it stood once both tasks were made.
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  await moveByKeyboard(page, beta, 'In progress');
  await expect(toast(page)).toContainText(`Moved ${beta}`);
  await openReplay(page);
  await slider(page).focus();
  await page.keyboard.press('Home');
  await settled(page, 1);
  // Step on until the board shows both tasks in Todo: after the second creation.
  for (let step = 2; ; step++) {
    await page.keyboard.press('ArrowRight');
    await settled(page, step);
    if ((await slider(page).getAttribute('aria-valuetext'))?.includes(`created ${beta}`)) break;
  }
  const then = await boardOf(page);
  expect(then.find(([name]) => name === 'Tasks in Todo')?.[1]).toEqual(['Alpha', 'Beta']);

  await page.getByRole('button', { name: 'Restore the board to this point' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('status')).toHaveText('1 change will be made.');
  await expect(dialog).toContainText('Beta');
  await dialog.getByRole('button', { name: 'Restore the board', exact: true }).click();
  await expect(slider(page)).toHaveCount(0);
  await expect(column(page, 'Todo').getByRole('link', { name: 'Beta' })).toBeVisible();
  expect(await boardOf(page)).toEqual(then);
  await expect(toast(page)).toContainText(/^Restored the board to .+ \(1 change\)/);

  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'History' }).click();
  await expect(timeline).toContainText(/restored the board to .+ \(1 change\)/);
  await timeline.getByText('Show the change it made').click();
  await expect(timeline.getByRole('list', { name: 'Changes of this restore' })).toContainText(
    `moved ${beta} from In progress to Todo`,
  );

  // One task back to a point of its own history, from its page: its later rename and priority are taken back.
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  await openTaskPage(page, column(page, 'Todo').getByRole('link', { name: 'Alpha' }));
  await page.getByLabel('Title').fill('Alpha, renamed');
  await page.getByRole('button', { name: 'Save title' }).click();
  await page.getByLabel('Priority').selectOption('high');
  const taskHistory = page.getByRole('list', { name: `History of ${alpha}` });
  await expect(taskHistory).toContainText(`set the priority of ${alpha} to high`);
  await page.getByRole('button', { name: 'Replay its history' }).click();
  const taskSlider = page.getByRole('slider', { name: `History of ${alpha}` });
  await expect(taskSlider).toHaveAttribute('aria-valuetext', /set the priority/);
  await taskSlider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(taskSlider).toHaveAttribute('aria-valuetext', /^(?!.*loading).*moved/);
  await page.getByRole('button', { name: 'Restore this task to this point' }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 changes will be made.');
  await dialog.getByRole('button', { name: 'Restore this task', exact: true }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Alpha');
  await expect(page.getByLabel('Priority')).toHaveValue('none');
  await expect(taskHistory).toContainText(/restored .+-1 to .+ \(2 changes\)/);

  // Fork from that same point: a new project of one's own, with the same board.
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  await openReplay(page);
  await slider(page).focus();
  await page.keyboard.press('Home');
  for (let step = 2; ; step++) {
    await page.keyboard.press('ArrowRight');
    await settled(page, step);
    if ((await slider(page).getAttribute('aria-valuetext'))?.includes(`created ${beta}`)) break;
  }
  await page.getByRole('button', { name: 'Fork from here' }).click();
  const forkKey = randomKey();
  await page.getByRole('dialog').getByLabel('Key').fill(forkKey);
  await page.getByRole('dialog').getByRole('button', { name: 'Fork', exact: true }).click();
  await expect(page).toHaveURL(`/projects/${forkKey}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(fork)');
  // The fork's board is read once it is on screen: its page may still be loading when its address shows.
  await expect(column(page, 'Todo').getByRole('link', { name: 'Beta' })).toBeVisible();
  expect(await boardOf(page)).toEqual(then);
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'History' }).click();
  await expect(timeline).toContainText(`forked this project from ${key}`);
});

test('a workflow change and a comment deleted are undone from their toasts', async ({ page }) => {
  const { name: me } = await signUp(page.request, 'Ben');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, uniqueName('Undo'), key);
  await addTask(page, 'Todo', 'Gamma');

  // A status renamed in the project's settings; the toast stays under the dialog until it closes.
  await page.getByRole('button', { name: 'Project settings' }).click();
  await page.getByLabel('Name of status 2 of 4').fill('Next up');
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(toast(page)).toContainText('Renamed the status “Todo” to “Next up”');
  await page.keyboard.press('Escape');
  await expect(column(page, 'Next up')).toBeVisible();
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(column(page, 'Todo').getByRole('link', { name: 'Gamma' })).toBeVisible();
  await expect(toast(page)).toContainText('Undid: renamed the status “Todo” to “Next up”');

  // A comment, deleted by its author: a line keeps its place; Undo brings it back.
  await openTaskPage(page, column(page, 'Todo').getByRole('link', { name: 'Gamma' }));
  await page.getByLabel('Add a comment').fill('First thoughts');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  const comments = page.getByRole('list', { name: 'Comments' });
  const mine = comments.getByRole('article', { name: `Comment by ${me}` });
  await expect(mine).toContainText('First thoughts');
  await mine.getByRole('button', { name: 'Delete comment' }).click();
  await expect(comments).toContainText('Comment deleted');
  await expect(mine).toHaveCount(0);
  await expect(toast(page)).toContainText(`Deleted a comment on ${key}-1`);
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(mine).toContainText('First thoughts');
  await expect(toast(page)).toContainText(`Undid: deleted a comment on ${key}-1`);
});
