import { expect, test } from './test';
import { addTask, answerOf, column, createProject, dragWithMouse, randomKey, signUp } from './fixtures';

test('move one task by mouse and another by keyboard; both stay moved after a reload', async ({ page }) => {
  await signUp(page.request, 'Ben');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Board ${key}`, key);
  await addTask(page, 'Todo', 'Mouse task');
  await addTask(page, 'Todo', 'Keyboard task');

  const mouseMoved = answerOf(page, 'task.move');
  await dragWithMouse(
    page,
    page.getByRole('button', { name: `Move ${key}-1` }),
    page.getByRole('region', { name: 'Done' }),
    () => expect(column(page, 'Done').getByRole('link', { name: 'Mouse task' })).toBeVisible(),
  );
  expect((await mouseMoved).ok()).toBe(true);
  await expect(column(page, 'Done').getByRole('link')).toHaveText(['Mouse task']);

  const keyboardMoved = answerOf(page, 'task.move');
  await page.getByRole('button', { name: `Move ${key}-2` }).focus();
  await page.keyboard.press('Space');
  // dnd-kit's announcer: the page has other status regions.
  const announcer = page.locator('[id^="DndLiveRegion-"]');
  await expect(announcer).toContainText(`Picked up ${key}-2`);
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toContainText('In progress');
  await page.keyboard.press('Space');
  await expect(announcer).toContainText(`Dropped ${key}-2 in In progress`);
  expect((await keyboardMoved).ok()).toBe(true);
  // The keyboard stays where the person acted: on the moved card's handle, now in its new column.
  await expect(column(page, 'In progress').getByRole('button', { name: `Move ${key}-2` })).toBeFocused();

  // The server names the handles' drag instructions the same on every render, as the browser does on its first: a
  // counter shared by all the server's renders made them point at an id the page did not have after a full load.
  const describedBy = async () => {
    const html = await (await page.request.get(`/projects/${key}`)).text();
    return /aria-label="Move [^"]+"[^>]*aria-describedby="([^"]+)"|aria-describedby="([^"]+)"[^>]*aria-label="Move /.exec(
      html,
    );
  };
  const [first, second] = [await describedBy(), await describedBy()];
  expect(first).not.toBeNull();
  expect(second?.slice(1)).toEqual(first?.slice(1));

  await page.reload();
  await expect(page.getByRole('button', { name: `Move ${key}-2` })).toHaveAccessibleDescription(/space/i);
  await expect(column(page, 'Todo').getByRole('link')).toHaveCount(0);
  await expect(column(page, 'In progress').getByRole('link')).toHaveText(['Keyboard task']);
  await expect(column(page, 'Done').getByRole('link')).toHaveText(['Mouse task']);

  await page.getByRole('link', { name: 'Activity' }).click();
  const feed = page.getByRole('list', { name: 'Activity, newest first' });
  await expect(feed).toContainText(`moved ${key}-2 from Todo to In progress`);
  await expect(feed).toContainText(`moved ${key}-1 from Todo to Done`);
});
