import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { callQuery, column, moveByKeyboard, openReplay, randomKey, send, signUp } from './fixtures';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A project of one's own with four tasks that differ in assignee, priority, labels and due date. */
async function projectToFilter(page: Page) {
  await signUp(page.request, 'Fay');
  const me = (await (await callQuery(page.request, 'account.me', null)).json()) as {
    result: { data: { json: { id: string } } };
  };
  const key = randomKey();
  const { projectId } = await send<{ projectId: string }>(page.request, 'project.create', {
    name: `Filters ${key}`,
    key,
  });
  const task = async (title: string) =>
    (await send<{ taskId: string }>(page.request, 'task.create', { projectId, title })).taskId;
  const mine = await task('Mine, urgent, overdue bug');
  await send(page.request, 'task.assign', { taskId: mine, assigneeId: me.result.data.json.id });
  await send(page.request, 'task.prioritize', { taskId: mine, priority: 'urgent' });
  await send(page.request, 'task.label', { taskId: mine, add: ['bug'] });
  await send(page.request, 'task.schedule', { taskId: mine, dueOn: day(-3) });
  const ui = await task('Nobody, high, ui');
  await send(page.request, 'task.prioritize', { taskId: ui, priority: 'high' });
  await send(page.request, 'task.label', { taskId: ui, add: ['ui', 'bug'] });
  await task('Nobody, no priority');
  return key;
}

test('filters combine, live in the address as removable chips, and apply to the list and the replay', async ({
  page,
}) => {
  const key = await projectToFilter(page);
  await page.goto(`/projects/${key}`);
  const backlog = column(page, 'Backlog');
  await expect(backlog.getByRole('link')).toHaveCount(3);

  await page.getByLabel('Filter by label').selectOption('bug');
  await expect(backlog.getByRole('link')).toHaveCount(2);
  await expect(page.getByText('2 of 3 tasks')).toBeVisible();
  await page.getByLabel('Filter by assignee').selectOption('Nobody');
  await expect(backlog.getByRole('link')).toHaveText(['Nobody, high, ui']);
  await expect(page).toHaveURL(new RegExp(`/projects/${key}\\?label=bug&assignee=nobody$`));

  // The values of one kind add up: mine or nobody.
  await page.getByLabel('Filter by assignee').selectOption('Me');
  await expect(backlog.getByRole('link')).toHaveCount(2);

  // A reload shows the same, and a chip's removal hands the keyboard to the chip that took its place.
  await page.reload();
  await expect(backlog.getByRole('link')).toHaveCount(2);
  const chips = page.getByRole('list', { name: 'Filters in force' });
  await chips.getByRole('button', { name: 'Remove filter Assignee: Nobody' }).click();
  await expect(backlog.getByRole('link')).toHaveText(['Mine, urgent, overdue bug']);
  await expect(chips.getByRole('button', { name: 'Remove filter Assignee: Me' })).toBeFocused();

  // Due: overdue is judged on today; the back button undoes the last change of the filters.
  await page.goBack();
  await expect(backlog.getByRole('link')).toHaveCount(2);
  await page.getByLabel('Filter by due').selectOption('Overdue');
  await expect(backlog.getByRole('link')).toHaveText(['Mine, urgent, overdue bug']);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(backlog.getByRole('link')).toHaveCount(3);
  await expect(page).toHaveURL(new RegExp(`/projects/${key}$`));

  // The list shows the same tasks, filtered alike, and sorts by a column both ways.
  await page.getByLabel('Filter by priority').selectOption('High');
  await page.getByLabel('Filter by priority').selectOption('Urgent');
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
  const table = page.getByRole('table');
  const titles = table.getByRole('row').getByRole('link');
  await expect(titles).toHaveText(['Mine, urgent, overdue bug', 'Nobody, high, ui']);
  await table.getByRole('button', { name: 'Priority' }).click();
  await expect(table.getByRole('columnheader', { name: 'Priority' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(titles).toHaveText(['Nobody, high, ui', 'Mine, urgent, overdue bug']);
  await table.getByRole('button', { name: 'Priority' }).click();
  await expect(table.getByRole('columnheader', { name: 'Priority' })).toHaveAttribute('aria-sort', 'descending');
  await expect(titles).toHaveText(['Mine, urgent, overdue bug', 'Nobody, high, ui']);
  await page.reload();
  await expect(titles).toHaveText(['Mine, urgent, overdue bug', 'Nobody, high, ui']);

  // The board as of a point is filtered too.
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Board' }).click();
  await moveByKeyboard(page, `${key}-2`, 'Todo');
  await openReplay(page);
  await expect(page).toHaveURL(/at=\d+/);
  await expect(page).toHaveURL(/priority=high,urgent/);
  await expect(column(page, 'Backlog').getByRole('link')).toHaveText(['Mine, urgent, overdue bug']);
  await expect(column(page, 'Todo').getByRole('link')).toHaveText(['Nobody, high, ui']);
  await page.getByRole('slider', { name: 'Replay history' }).press('ArrowLeft');
  await expect(column(page, 'Backlog').getByRole('link')).toHaveCount(2);
  await expect(column(page, 'Todo').getByRole('link')).toHaveCount(0);
});
