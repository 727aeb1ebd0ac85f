import { expect, test } from './test';
import { addTask, createProject, moveByKeyboard, randomKey, signUp } from './fixtures';

test('follow one card move from the click to its command, its code, its events and the rows it changed', async ({
  page,
}) => {
  await signUp(page.request, 'Newcomer');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, 'Followed', key);
  await addTask(page, 'Todo', 'Trace this card');
  await moveByKeyboard(page, `${key}-1`, 'In progress');

  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'History' }).click();
  const moved = page.getByRole('listitem').filter({ hasText: `moved ${key}-1 from Todo to In progress` });
  await moved.getByRole('link', { name: 'Inspect event' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: /^Step \d+ of \d+ in this project: TaskMoved/ }),
  ).toBeVisible();
  await expect(page.getByText(/^Position \d+ in the whole log$/)).toBeVisible();

  const command = page.getByRole('region', { name: 'Command' });
  await expect(command).toContainText('MoveTask');
  await expect(command).toContainText('sent through the tRPC mutation task.move');
  const payload = command.getByRole('definition').filter({ hasText: '(In progress)' });
  await expect(payload).toHaveCount(1);

  const handledBy = page.getByRole('region', { name: 'Handled by' });
  await expect(handledBy).toContainText(/server\/commands\/handlers\.ts:\d+–\d+/);
  await expect(handledBy).toContainText(/domain\/task\/decide\.ts:\d+/);
  await handledBy.getByText('The decider’s case for it').click();
  await expect(handledBy.getByRole('code').filter({ hasText: "case 'MoveTask'" })).toBeVisible();

  await expect(page.getByRole('region', { name: 'Events it recorded' })).toContainText(
    'The command recorded this event alone',
  );

  const board = page.getByRole('region', { name: 'Read model board' });
  await expect(board).toContainText(/update tasks_view/i);
  const status = board.getByRole('row', { name: /^status_id/ });
  await expect(status.getByRole('cell').first()).toContainText('(Todo)');
  await expect(status.getByRole('cell').last()).toContainText('(In progress)');
  await expect(page.getByRole('region', { name: 'Read model activity' })).toContainText(/insert activity_view/i);

  // The explanation is closed until asked for, and stays open once opened, here and on the board.
  const howItWorks = page.getByText('How this works');
  await expect(page.getByText(/A pure function in domain\//)).toBeHidden();
  await howItWorks.click();
  await expect(page.getByText(/A pure function in domain\//).filter({ visible: true })).toBeVisible();
  await page.getByRole('link', { name: 'More in the guide about decider' }).click();
  await expect(page).toHaveURL(/\/guide#how-a-command-is-handled$/);
  await expect(page.getByRole('heading', { name: 'How a command is handled' })).toBeVisible();
  await page.goto(`/projects/${key}`);
  await expect(page.getByText(/A pure function in domain\//).filter({ visible: true })).toBeVisible();
});
