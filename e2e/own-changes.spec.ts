import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { column, createProject, moveByKeyboard, randomKey, signUp } from './fixtures';

/**
 * One's own changes reach one's views the way everyone's do: through the project's live stream. The action that made
 * a change is done only once the view shows it; the stream's delivery is what reads the board again, so each change
 * costs one read of it, and a second tab of the same person follows too. With the stream out of reach, the action
 * reads the views once itself, and the change still shows.
 */

/** Counts the reads of the board a page sends (batched reads name every procedure in the address). */
function countBoardReads(page: Page) {
  const reads = { count: 0 };
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('board.get')) reads.count++;
  });
  return reads;
}

async function newProject(page: Page) {
  await signUp(page.request, 'Ana');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Own ${key}`, key);
  // Leave the new project's page: the first message of its stream reads the board, a read that could otherwise
  // land in the counts of the page the test opens next.
  await page.goto('about:blank');
  return key;
}

/** Adds a task and checks that it is on the board by the time the form is done (its input emptied). */
async function addTaskAndSeeIt(page: Page, status: string, title: string) {
  const input = page.getByLabel(`New task in ${status}`);
  await input.fill(title);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  // Not waited for: the card shows as soon as the title is sent, before the server answers; its link (its number)
  // follows with the answer.
  expect(await column(page, status).getByRole('listitem').filter({ hasText: title }).isVisible()).toBe(true);
  await expect(column(page, status).getByRole('link', { name: title })).toBeVisible();
}

const liveStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^(Live|Connecting…|Reconnecting…|Not live)$/ });

test('my change shows in my view through the live stream, before my action is done, and in my other tab', async ({
  page,
}) => {
  const key = await newProject(page);
  const other = await page.context().newPage();
  const mine = countBoardReads(page);
  const theirs = countBoardReads(other);
  await page.goto(`/projects/${key}`);
  await other.goto(`/projects/${key}`);
  for (const tab of [page, other]) await expect(liveStatus(tab)).toHaveText('Live');
  // A new watch first says where the project stands, and that reads the board once.
  await expect.poll(() => mine.count).toBe(1);
  await expect.poll(() => theirs.count).toBe(1);

  await addTaskAndSeeIt(page, 'Todo', 'Written down here');
  await expect(column(other, 'Todo').getByRole('link', { name: 'Written down here' })).toBeVisible({ timeout: 5_000 });

  await moveByKeyboard(page, `${key}-1`, 'In progress');
  await expect(column(other, 'In progress').getByRole('link', { name: 'Written down here' })).toBeVisible({
    timeout: 5_000,
  });
  await expect(column(page, 'In progress').getByRole('link', { name: 'Written down here' })).toBeVisible();
  await expect(column(page, 'Todo').getByRole('link')).toHaveCount(0);

  // One read of the board per change in each tab: the stream's. The action itself read nothing more, and no
  // fallback read followed.
  await expect.poll(() => mine.count).toBe(3);
  await page.waitForTimeout(3_500);
  expect(mine.count).toBe(3);
  expect(theirs.count).toBe(3);
});

test('with the live stream out of reach, my change still shows once my action is done', async ({ page }) => {
  const key = await newProject(page);
  await page.route(/\/api\/trpc\/live\.project/, (route) => route.abort());
  const mine = countBoardReads(page);
  await page.goto(`/projects/${key}`);
  await expect(column(page, 'Todo')).toBeVisible();
  await expect(liveStatus(page)).not.toHaveText('Live');
  expect(mine.count).toBe(0);

  await addTaskAndSeeIt(page, 'Todo', 'Seen without the stream');
  await expect.poll(() => mine.count).toBe(1);

  await moveByKeyboard(page, `${key}-1`, 'In progress');
  await expect(column(page, 'In progress').getByRole('link', { name: 'Seen without the stream' })).toBeVisible();
  await expect.poll(() => mine.count).toBe(2);

  // What the action showed is what the server holds.
  await page.unroute(/\/api\/trpc\/live\.project/);
  await page.reload();
  await expect(column(page, 'In progress').getByRole('link', { name: 'Seen without the stream' })).toBeVisible();
  await expect(liveStatus(page)).toHaveText('Live');
});
