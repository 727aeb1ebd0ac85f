import { randomUUID } from 'node:crypto';
import { expect, test } from './test';
import { addTask, callMutation, column, randomKey, signUp } from './fixtures';

test('a long column shows its first 50 cards, the rest on request, and a task added at its end at once', async ({
  page,
}) => {
  await signUp(page.request, 'Lena');
  const key = randomKey();
  const created = await callMutation(page.request, 'project.create', {
    commandId: randomUUID(),
    name: `Long ${key}`,
    key,
  });
  expect(created.status(), await created.text()).toBe(200);
  const { projectId } = ((await created.json()) as { result: { data: { json: { projectId: string } } } }).result.data
    .json;
  for (let n = 1; n <= 53; n++) {
    const task = await callMutation(page.request, 'task.create', {
      commandId: randomUUID(),
      projectId,
      title: `T${n}`,
    });
    expect(task.status(), await task.text()).toBe(200);
  }

  await page.goto(`/projects/${key}`);
  const backlog = column(page, 'Backlog');
  await expect(backlog.getByRole('link')).toHaveCount(50);
  await expect(page.getByRole('region', { name: 'Backlog' }).getByText('53 tasks')).toBeAttached();
  const showMore = page.getByRole('button', { name: 'Show 3 more tasks in Backlog' });
  await showMore.click();
  await expect(backlog.getByRole('link')).toHaveCount(53);
  await expect(backlog.getByRole('link').last()).toHaveText(/T53/);
  await expect(showMore).toBeHidden();

  // Added at the end, below the cards not shown: the column opens down to it rather than hide it as it lands.
  await page.reload();
  await expect(backlog.getByRole('link')).toHaveCount(50);
  await addTask(page, 'Backlog', 'Just added');
  await expect(backlog.getByRole('link')).toHaveCount(54);
  await expect(backlog.getByRole('link').last()).toHaveText(/Just added/);
  await expect(page.getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0);
});
