import { expect, test } from './test';
import { addTask, column, createProject, randomKey, signUp } from './fixtures';
import { blur, cardLink, keysReady } from './keys';

interface PanelTimes {
  click?: number;
  skeleton?: number;
  content?: number;
}

test('a task opens in a panel over the board at its own address, shows at once, and closes back to its card', async ({
  page,
}) => {
  await signUp(page.request, 'Tao');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Panel ${key}`, key);
  await addTask(page, 'Todo', 'Design the landing page');
  await addTask(page, 'Todo', 'Second task');
  await blur(page);
  await keysReady(page);

  // From the click to the panel on screen, first with what the card knows, then with the task itself.
  await page.evaluate(() => {
    const times: PanelTimes = {};
    (window as unknown as { panelTimes: PanelTimes }).panelTimes = times;
    document.addEventListener('click', () => (times.click = performance.now()), { capture: true, once: true });
    new MutationObserver(() => {
      for (const state of ['skeleton', 'content'] as const) {
        if (times[state] === undefined && document.querySelector(`dialog[open][data-task-panel="${state}"]`))
          times[state] = performance.now();
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await cardLink(page, 'Design the landing page').click();
  const panel = page.getByRole('dialog', { name: `${key}-1: Design the landing page` });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(`/projects/${key}/tasks/1`);
  await expect(panel.getByLabel('Priority')).toBeVisible();
  const times = await page.evaluate(() => (window as unknown as { panelTimes: PanelTimes }).panelTimes);
  const skeletonMs = times.skeleton! - times.click!;
  const contentMs = times.content! - times.click!;
  console.log(`click to panel: skeleton ${skeletonMs.toFixed(1)} ms, content ${contentMs.toFixed(1)} ms`);
  test
    .info()
    .annotations.push({ type: 'click-to-panel', description: `skeleton ${skeletonMs} ms, content ${contentMs} ms` });
  // Only a sanity bound: the figure itself is reported, not asserted on a shared machine.
  expect(skeletonMs).toBeLessThan(2_000);
  expect(skeletonMs).toBeLessThanOrEqual(contentMs);

  // The board is still there underneath, and a change in the panel shows on it.
  await expect(column(page, 'Todo').getByRole('link')).toHaveCount(2);
  await panel.getByLabel('Priority').selectOption('high');
  await expect(column(page, 'Todo').getByRole('listitem').first()).toContainText('High');

  // Escape closes it: back at the board's address, the focus on the card it was opened from.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page).toHaveURL(`/projects/${key}`);
  await expect(cardLink(page, 'Design the landing page')).toBeFocused();

  // Enter on a focused card opens it too; the close button closes it.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(cardLink(page, 'Second task')).toBeFocused();
  await page.keyboard.press('Enter');
  const second = page.getByRole('dialog', { name: `${key}-2: Second task` });
  await expect(page.locator('dialog[data-task-panel="content"]')).toBeVisible();
  await second.getByRole('button', { name: `Close ${key}-2` }).click();
  await expect(second).toBeHidden();
  await expect(cardLink(page, 'Second task')).toBeFocused();

  // The address loaded afresh is the full task page, with no panel.
  await page.goto(`/projects/${key}/tasks/1`);
  await expect(page.getByRole('link', { name: '← Board' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('only the board opens the panel: the task page and the other pages of the project go to the full page', async ({
  page,
}) => {
  await signUp(page.request, 'Tia');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Full ${key}`, key);
  await addTask(page, 'Todo', 'First title');
  await page.goto(`/projects/${key}/tasks/1`);
  // As a person sees it: see pastViewBanner (fixtures) for the hidden streamed copy a page load can leave behind.
  const title = page.getByLabel('Title').filter({ visible: true });
  await title.fill('Second title');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(page.getByRole('list', { name: `History of ${key}-1` })).toContainText('Second title');

  // The task as it first stood, loaded from its address: "Back to live" is a link to the task's own page.
  await page.getByRole('button', { name: 'Replay its history' }).click();
  const taskSlider = page.getByRole('slider', { name: `History of ${key}-1` });
  await expect(taskSlider).toBeFocused();
  await expect(taskSlider).toHaveAttribute('aria-valuetext', /^Change 2 of 2 .*renamed/);
  await expect(page).toHaveURL(/[?&]at=\d+$/);
  const latest = page.url();
  await page.keyboard.press('Home');
  await expect(taskSlider).toHaveAttribute('aria-valuetext', /^Change 1 of 2 .*created/);
  await expect(page).not.toHaveURL(latest);
  await page.reload();
  await expect(title).toHaveValue('First title');
  await page.getByRole('link', { name: 'Back to live' }).click();
  await expect(page).toHaveURL(`/projects/${key}/tasks/1`);
  await expect(title).toHaveValue('Second title');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The board's own route has one address, the project's.
  await page.goto(`/projects/${key}/board`);
  await expect(page).toHaveURL(`/projects/${key}`);

  // From the history, a task's link opens its page.
  await page.goto(`/projects/${key}/history`);
  await page
    .getByRole('main')
    .getByRole('link', { name: `${key}-1` })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/projects/${key}/tasks/1(\\?at=\\d+)?$`));
  await expect(page.getByRole('link', { name: '← Board' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
