import type { Page } from '@playwright/test';
import { expect, test } from './test';
import {
  acceptInvitation,
  addTask,
  answerOf,
  callMutation,
  callQuery,
  createProject,
  demo,
  DEMO_PASSWORD,
  randomKey,
  signedInAs,
  signIn,
  signUp,
  uniqueEmail,
  uniqueName,
  openTaskPage,
} from './fixtures';

/** Next.js announces route changes in an alert of its own: the page's alerts are those in its main content. */
const alertOf = (page: Page) => page.getByRole('main').getByRole('alert');

/** A form's submit button is enabled once the page's scripts run: typing before then could be lost. */
const signInForm = async (page: Page, email: string, password: string) => {
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
};

interface Project {
  id: string;
  statuses: { id: string }[];
}

test('sign up through the form, sign out, and sign in again', async ({ page }) => {
  const name = uniqueName('Nina');
  const email = uniqueEmail('nina');
  await page.goto('/');
  await expect(page).toHaveURL('/sign-in');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL('/sign-up');
  await expect(page.getByRole('button', { name: 'Create account' })).toBeEnabled();

  // An e-mail already in use is refused in words of the app's own that point to sign-in, under the field.
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('E-mail').fill(demo.ana.email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('E-mail')).toHaveAccessibleDescription(
    'This e-mail address cannot be used for a new account. If it is yours, sign in instead.',
  );

  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL('/');
  await signedInAs(page, name);
  await expect(page.getByText('You are not a member of any project yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/sign-in');
  await page.goto('/');
  await expect(page).toHaveURL('/sign-in');

  await signInForm(page, email, 'not the password');
  await expect(alertOf(page)).toHaveText('Invalid email or password.');
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await signInForm(page, email, 'a long enough password');
  await expect(page).toHaveURL('/');
  await signedInAs(page, name);
});

test('the sign-up form says under the password field why a password is too easy to guess', async ({ page }) => {
  const email = uniqueEmail('paula');
  await page.goto('/sign-up');
  await expect(page.getByRole('button', { name: 'Create account' })).toBeEnabled();
  await page.getByLabel('Your name').fill(uniqueName('Paula'));
  await page.getByLabel('E-mail').fill(email);
  const password = page.getByLabel('Password');
  for (const [tried, why] of [
    ['password', 'This is a heavily used password. Add more words that are less common.'],
    [email, 'It contains your name, your e-mail address or the name of this app.'],
  ] as const) {
    await password.fill(tried);
    await page.getByRole('button', { name: 'Create account' }).click();
    const alert = alertOf(page);
    await expect(alert).toContainText(why);
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(new RegExp(why.replace(/[.]/g, '\\.')));
    const [field, message, button] = await Promise.all(
      [password, alert, page.getByRole('button', { name: 'Create account' })].map((l) => l.boundingBox()),
    );
    expect(message!.y).toBeGreaterThan(field!.y + field!.height);
    expect(message!.y).toBeLessThan(button!.y);
  }
  await expect(page).toHaveURL('/sign-up');
});

test('after five wrong passwords the sign-in form says when to try again, even with the right one', async ({
  page,
}) => {
  // An address no account uses is held to the same limit, in the same words, as one that an account does.
  const email = uniqueEmail('nobody');
  for (let i = 0; i < 5; i++) {
    const wrong = await callMutation(page.request, 'account.signIn', { email, password: `wrong guess ${i}` });
    expect(wrong.status()).toBe(401);
  }
  await page.goto('/sign-in');
  const answer = answerOf(page, 'account.signIn');
  await signInForm(page, email, DEMO_PASSWORD);
  const refused = await answer;
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(800);
  await expect(alertOf(page)).toHaveText('Too many failed sign-ins for this account. Try again in 15 minutes.');
  await expect(page.getByLabel('Password')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL('/sign-in');
});

test('a signed-out visitor signs in and lands where they were going, never on another site', async ({ page }) => {
  await page.goto('/projects/WEB/history?kind=moves');
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent('/projects/WEB/history?kind=moves')}`);
  await page.getByRole('button', { name: `Fill in ${demo.ana.email}` }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL('/projects/WEB/history?kind=moves');
  await expect(page.getByRole('checkbox', { name: 'Moves' })).toBeChecked();

  // Signed in already, the sign-in page sends a person on at once; an address of another site is not followed.
  for (const next of ['//example.com/phish', '/.//example.com/phish', '/a/..//example.com/phish', '/\\example.com']) {
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await expect(page).toHaveURL('/');
  }
});

test('a viewer sees the board, a task and the history, but nothing that changes them; the server refuses anyway', async ({
  page,
}) => {
  await signIn(page, demo.dev.email);
  await page.goto('/projects/WEB');
  await expect(page.getByRole('heading', { level: 1, name: 'Chronicle Website' })).toBeVisible();
  await expect(page.getByText('You can view this project.')).toBeVisible();
  const cards = page.getByRole('list', { name: /^Tasks in / }).getByRole('link');
  await expect(cards.first()).toBeVisible();
  await expect(page.getByLabel(/^New task in /)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Project settings' })).toHaveCount(0);

  await openTaskPage(page, cards.first());
  await expect(page).toHaveURL(/\/projects\/WEB\/tasks\/\d+$/);
  await expect(page.getByLabel('Title')).toHaveAttribute('readonly', '');
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /description/i })).toHaveCount(0);
  for (const field of ['Status', 'Priority', 'Assignee', 'Due date']) {
    await expect(page.getByLabel(field, { exact: true })).toBeDisabled();
  }
  await expect(page.getByLabel('Add label')).toHaveCount(0);
  await expect(page.getByLabel('Add a comment')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete task' })).toHaveCount(0);

  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.getByRole('list', { name: 'History, newest first' })).toContainText(
    `${demo.ana.name} made ${demo.dev.name} a viewer`,
  );

  // A command sent by hand, as if the page had offered it.
  const project = await callQuery(page.request, 'project.getByKey', { key: 'WEB' });
  const { id: projectId, statuses } = ((await project.json()) as { result: { data: { json: Project } } }).result.data
    .json;
  const forged = await callMutation(page.request, 'task.create', {
    projectId,
    statusId: statuses[0]?.id,
    title: 'Forged by a viewer',
    commandId: crypto.randomUUID(),
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain('As a viewer of this project you cannot do this');
  await page.goto('/projects/WEB');
  await expect(cards.first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Forged by a viewer' })).toHaveCount(0);
});

test('a stranger is told the demo project does not exist, on every page of it', async ({ page }) => {
  await signIn(page, demo.eve.email);
  await page.goto('/');
  await expect(page.getByText('You are not a member of any project yet.')).toBeVisible();
  for (const path of ['/projects/WEB', '/projects/WEB/history', '/projects/WEB/tasks/1', '/projects/WEB/members']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(page.getByText('Chronicle Website')).toHaveCount(0);
  }
  const read = await callQuery(page.request, 'project.getByKey', { key: 'WEB' });
  expect(read.status()).toBe(404);
});

test('an owner invites people, who join; changes a role and removes someone; a member leaves', async ({
  page,
  request,
}) => {
  // Pat has an account made beside the page, so that the page's session stays the owner's; Chloé is a demo account.
  const pat = await signUp(request, 'Pat');
  const sam = demo.chloe;
  const owner = await signUp(page.request, 'Olive');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Team ${key}`, key);
  await addTask(page, 'Todo', 'Plan the launch');

  await page.getByRole('link', { name: 'Members' }).click();
  await expect(page).toHaveURL(`/projects/${key}/members`);
  const members = page.getByRole('table', { name: 'Members' });
  await expect(members.getByRole('rowheader')).toHaveCount(1);
  await expect(members).toContainText(`${owner.name} (you)`);

  // Whether an account uses an address or not, the owner is told the same, and learns no name.
  const inviteForm = page.getByRole('region', { name: 'Invite someone' });
  const pending = page.getByRole('region', { name: 'Pending invitations' });
  const nobody = uniqueEmail('nobody');
  const links = new Map<string, string>();
  for (const email of [nobody, pat.email, sam.email]) {
    await inviteForm.getByLabel('E-mail').fill(email);
    await inviteForm.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect(inviteForm.getByRole('status').first()).toHaveText(
      `${email} is invited as a member. Send them this link:`,
    );
    links.set(
      email,
      new URL(await inviteForm.getByRole('textbox', { name: `Link for ${email}` }).inputValue()).pathname,
    );
  }
  await expect(pending.getByRole('listitem')).toHaveCount(3);
  await expect(pending).not.toContainText(pat.name);
  await expect(pending).not.toContainText(sam.name);
  await expect(members.getByRole('rowheader')).toHaveCount(1);

  // Each accepts signed in as themselves (through the API here: e2e/invitations.spec.ts goes through the pages).
  await acceptInvitation(request, links.get(pat.email)!);
  const signedInAsSam = await callMutation(request, 'account.signIn', { email: sam.email, password: DEMO_PASSWORD });
  expect(signedInAsSam.status()).toBe(200);
  await acceptInvitation(request, links.get(sam.email)!);
  await page.reload();
  await expect(members.getByRole('rowheader')).toHaveCount(3);
  await expect(pending.getByRole('listitem')).toHaveText([new RegExp(`^${nobody}`)]);
  await expect(page.getByLabel(`Role of ${pat.name}`)).toHaveValue('member');

  // Only owners and members can be given a task: Pat can until made a viewer.
  const assigneeOptions = async () => {
    await page.getByRole('link', { name: 'Board', exact: true }).click();
    await openTaskPage(page, page.getByRole('link', { name: 'Plan the launch' }));
    return page.getByLabel('Assignee').locator('option');
  };
  await expect(await assigneeOptions()).toHaveText(['Unassigned', sam.name, owner.name, pat.name]);
  await page.getByRole('link', { name: 'Members' }).click();

  await page.getByLabel(`Role of ${pat.name}`).selectOption('viewer');
  await expect(page.getByLabel(`Role of ${pat.name}`)).toHaveValue('viewer');
  await page.getByRole('button', { name: `Remove ${sam.name}` }).click();
  await page
    .getByRole('dialog', { name: `Remove ${sam.name}?` })
    .getByRole('button', { name: `Remove ${sam.name}` })
    .click();
  await expect(members.getByRole('rowheader')).toHaveCount(2);
  await page.reload();
  await expect(page.getByLabel(`Role of ${pat.name}`)).toHaveValue('viewer');
  await expect(await assigneeOptions()).toHaveText(['Unassigned', owner.name]);

  // The last owner cannot leave: the project would have no one to manage it.
  await page.getByRole('link', { name: 'Members' }).click();
  await page.getByRole('button', { name: 'Leave project' }).click();
  await page.getByRole('button', { name: 'Yes, leave the project' }).click();
  await expect(alertOf(page)).toHaveText('A project needs at least one owner: make someone else an owner first');

  await page.getByRole('link', { name: 'Activity' }).click();
  const feed = page.getByRole('list', { name: 'Activity, newest first' });
  for (const sentence of [
    `${owner.name} joined as owner`,
    `${owner.name} invited someone as a member`,
    `${pat.name} accepted an invitation`,
    `${pat.name} joined as member`,
    `${sam.name} joined as member`,
    `${owner.name} made ${pat.name} a viewer`,
    `${owner.name} removed ${sam.name} from the project`,
  ]) {
    await expect(feed).toContainText(sentence);
  }

  // Pat, now a viewer, sees the project listed with that role, and leaves it.
  await signIn(page, pat.email);
  await page.goto('/');
  const listed = page.getByRole('list', { name: 'Projects' }).getByRole('link', { name: new RegExp(`^${key}`) });
  await expect(listed).toContainText('viewer');
  await listed.click();
  await page.getByRole('link', { name: 'Members' }).click();
  await expect(page.getByLabel(`Role of ${owner.name}`)).toHaveCount(0);
  await page.getByRole('button', { name: 'Leave project' }).click();
  await page.getByRole('button', { name: 'Yes, leave the project' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByText('You are not a member of any project yet.')).toBeVisible();
});
