import type { Browser, Page } from '@playwright/test';
import { expect, test } from './test';
import { acceptInvitation, addTask, callQuery, createProject, invite, randomKey, signUp } from './fixtures';

/**
 * Ana and Ben, each in a browser of their own, on the first task of a new project of Ana's. With `anaMissesChanges`
 * Ana's page gets no live updates, as when its connection dropped: it shows the task as it loaded it.
 */
async function twoPeopleOnOneTask(browser: Browser, { anaMissesChanges = false } = {}) {
  const anaContext = await browser.newContext();
  if (anaMissesChanges) await anaContext.route('**/api/trpc/live.*', (route) => route.abort());
  const benContext = await browser.newContext();
  const ana = await anaContext.newPage();
  const ben = await benContext.newPage();
  await signUp(ana.request, 'Ana');
  const benAccount = await signUp(ben.request, 'Ben');
  await ana.goto('/');
  const key = randomKey();
  await createProject(ana, `Conflicts ${key}`, key);
  await addTask(ana, 'Todo', 'The first title');
  const project = (await (await callQuery(ana.request, 'project.getByKey', { key })).json()) as {
    result: { data: { json: { id: string } } };
  };
  await acceptInvitation(ben.request, await invite(ana.request, project.result.data.json.id, benAccount.email));
  for (const page of [ana, ben]) {
    await page.goto(`/projects/${key}/tasks/1`);
    if (page === ben || !anaMissesChanges)
      await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  }
  return {
    ana,
    ben,
    ref: `${key}-1`,
    close: async () => {
      await anaContext.close();
      await benContext.close();
    },
  };
}

const history = (page: Page, ref: string) => page.getByRole('list', { name: `History of ${ref}` });
const conflictOf = (page: Page, field: string) => page.getByRole('group', { name: new RegExp(`changed the ${field}`) });

test('a title saved over a change its writer has not seen is refused until they choose, however often it changes', async ({
  browser,
}) => {
  const { ana, ben, ref, close } = await twoPeopleOnOneTask(browser);
  try {
    await ana.getByLabel('Title', { exact: true }).fill('Ana’s title');
    await ben.getByLabel('Title', { exact: true }).fill('Ben’s title');
    await ben.getByRole('button', { name: 'Save title' }).click();
    await expect(history(ben, ref)).toContainText(`renamed ${ref} to “Ben’s title”`);

    await ana.getByRole('button', { name: 'Save title' }).click();
    const conflict = conflictOf(ana, 'title');
    await expect(conflict).toBeFocused();
    await expect(conflict.getByRole('region', { name: 'Their title' })).toContainText('Ben’s title');
    await expect(conflict.getByRole('region', { name: 'Your title' })).toContainText('Ana’s title');
    await expect(ana.getByLabel('Title', { exact: true })).toHaveValue('Ana’s title');

    // Ben changes it again while Ana decides: keeping hers now would overwrite a title she has not seen.
    await ben.getByLabel('Title', { exact: true }).fill('Ben’s second title');
    await ben.getByRole('button', { name: 'Save title' }).click();
    await expect(history(ben, ref)).toContainText(`renamed ${ref} to “Ben’s second title”`);
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect(conflict.getByRole('region', { name: 'Their title' })).toContainText('Ben’s second title');
    await expect(history(ana, ref)).not.toContainText('“Ana’s title”');

    // Seen now: kept, on the version that showed it.
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect(conflict).toHaveCount(0);
    await expect(history(ana, ref)).toContainText(`renamed ${ref} to “Ana’s title”`);
    await expect(ben.getByLabel('Title', { exact: true })).toHaveValue('Ana’s title');
  } finally {
    await close();
  }
});

test('a description refused for a change made meanwhile can give way to theirs, or be edited and kept', async ({
  browser,
}) => {
  const { ana, ben, ref, close } = await twoPeopleOnOneTask(browser);
  try {
    await ana.getByRole('button', { name: 'Add a description…' }).click();
    await ana.getByLabel('Description', { exact: true }).fill('Ana’s plan');
    await ben.getByRole('button', { name: 'Add a description…' }).click();
    await ben.getByLabel('Description', { exact: true }).fill('Ben’s **plan**');
    await ben.getByRole('button', { name: 'Save description' }).click();
    await expect(history(ben, ref)).toContainText(`updated the description of ${ref}`);

    // Pressing Save again is no way around it: every save carries the version Ana's draft began from.
    await ana.getByRole('button', { name: 'Save description' }).click();
    const conflict = conflictOf(ana, 'description');
    await expect(conflict.getByRole('region', { name: 'Their description' }).locator('strong')).toHaveText('plan');
    await expect(conflict.getByRole('region', { name: 'Your description' })).toContainText('Ana’s plan');
    await expect(ana.getByRole('button', { name: 'Save description' })).toHaveCount(0);
    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    await expect(conflict).toHaveCount(0);
    await expect(ana.getByRole('main').locator('[data-rich-text]').first()).toHaveText('Ben’s plan');

    // Again, and this time Ana merges both by hand before keeping hers.
    await ana.getByRole('button', { name: 'Edit description' }).click();
    await ana.getByLabel('Description', { exact: true }).fill('Ana’s plan');
    await ben.getByRole('button', { name: 'Edit description' }).click();
    await ben.getByLabel('Description', { exact: true }).fill('Ben’s better plan');
    await ben.getByRole('button', { name: 'Save description' }).click();
    await expect(ben.getByRole('button', { name: 'Edit description' })).toBeVisible();
    await ana.getByLabel('Description', { exact: true }).press('Control+Enter');
    await expect(conflict).toBeVisible();
    await ana.getByLabel('Description', { exact: true }).fill('Ben’s better plan, and Ana’s');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect(conflict).toHaveCount(0);
    await expect(ben.getByRole('main').locator('[data-rich-text]').first()).toHaveText('Ben’s better plan, and Ana’s');
  } finally {
    await close();
  }
});

test('a change to another field meanwhile is no conflict: the save goes through', async ({ browser }) => {
  const { ana, ben, ref, close } = await twoPeopleOnOneTask(browser);
  try {
    await ana.getByLabel('Title', { exact: true }).fill('Renamed by Ana');
    await ben.getByLabel('Priority', { exact: true }).selectOption('high');
    await expect(history(ben, ref)).toContainText(`set the priority of ${ref} to high`);
    await ana.getByRole('button', { name: 'Save title' }).click();
    await expect(history(ana, ref)).toContainText(`renamed ${ref} to “Renamed by Ana”`);
    await expect(conflictOf(ana, 'title')).toHaveCount(0);
    await expect(ben.getByLabel('Title', { exact: true })).toHaveValue('Renamed by Ana');
    await expect(ben.getByLabel('Priority', { exact: true })).toHaveValue('high');
  } finally {
    await close();
  }
});

test('a pick on a page that missed a change to the same property shows both; one to another property goes through', async ({
  browser,
}) => {
  const { ana, ben, ref, close } = await twoPeopleOnOneTask(browser, { anaMissesChanges: true });
  try {
    await ben.getByLabel('Priority', { exact: true }).selectOption('high');
    await ben.getByLabel('Status', { exact: true }).selectOption({ label: 'In progress' });
    await expect(history(ben, ref)).toContainText(`moved ${ref} from Todo to In progress`);

    await ana.getByLabel('Priority', { exact: true }).selectOption('low');
    const conflict = conflictOf(ana, 'priority');
    await expect(conflict.getByRole('region', { name: 'Their priority' })).toContainText('High');
    await expect(conflict.getByRole('region', { name: 'Your priority' })).toContainText('Low');
    await expect(ana.getByLabel('Priority', { exact: true })).toHaveValue('high');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect(conflict).toHaveCount(0);
    await expect(history(ana, ref)).toContainText(`changed the priority of ${ref} from high to low`);
    await expect(ben.getByLabel('Priority', { exact: true })).toHaveValue('low');

    // Ben sets a due date Ana's page does not show; her change of the assignee is sent again on the new version.
    await ben.getByLabel('Due date', { exact: true }).fill('2027-03-01');
    await ben.getByLabel('Due date', { exact: true }).press('Enter');
    await expect(history(ben, ref)).toContainText(`set ${ref} due on March 1, 2027`);
    await ana.getByLabel('Assignee', { exact: true }).selectOption({ index: 1 });
    await expect(history(ana, ref)).toContainText(`assigned ${ref} to`);
    await expect(conflictOf(ana, 'assignee')).toHaveCount(0);
    await expect(ana.getByLabel('Due date', { exact: true })).toHaveValue('2027-03-01');
  } finally {
    await close();
  }
});
