import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './test';
import {
  callMutation,
  callQuery,
  createProject,
  demo,
  DEMO_PASSWORD,
  randomKey,
  signedInAs,
  signIn,
  uniqueEmail,
  uniqueName,
} from './fixtures';

/** A screenshot kept with the test's results (and looked at when the pages change). */
const shoot = async (page: Page, testInfo: TestInfo, name: string) =>
  testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

/**
 * Chloé (a demo account) makes a project and invites two addresses. The link for one reaches someone else (Ben, a
 * demo account too), who is refused, and is then withdrawn; the other reaches a person without an account, who
 * signs up through it and lands in the project. Chloé then hands the project over and leaves, so that her demo
 * account is as it was.
 */
test('an invitation: copied, refused to the wrong account, withdrawn, and accepted by someone who signs up for it', async ({
  browser,
  page,
}, testInfo) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, demo.chloe.email);
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Invite ${key}`, key);
  await page.getByRole('link', { name: 'Members' }).click();

  const inviteForm = page.getByRole('region', { name: 'Invite someone' });
  const pending = page.getByRole('region', { name: 'Pending invitations' });
  await expect(pending).toContainText('No invitation is waiting for an answer.');
  const invite = async (email: string, role: string) => {
    await inviteForm.getByLabel('E-mail').fill(email);
    await inviteForm.getByLabel('Role').selectOption(role);
    await inviteForm.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect(inviteForm.getByText(`${email} is invited as a ${role}. Send them this link:`)).toBeVisible();
    return inviteForm.getByRole('textbox', { name: `Link for ${email}` }).inputValue();
  };
  const forwarded = uniqueEmail('far');
  const forwardedLink = await invite(forwarded, 'viewer');
  const newcomer = { name: uniqueName('Nadia'), email: uniqueEmail('nadia') };
  const link = await invite(newcomer.email, 'member');
  expect(new URL(link).pathname).toMatch(/^\/invitations\/[0-9a-f-]{36}\.[\w-]{43}$/);

  // Copying keeps focus on the button and says so; the clipboard holds the link.
  const copy = inviteForm.getByRole('button', { name: `Copy link for ${newcomer.email}` });
  await copy.click();
  await expect(inviteForm.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  await expect(copy).toBeFocused();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(pending.getByRole('listitem')).toHaveText([
    new RegExp(`^${newcomer.email}Member, invited by ${demo.chloe.name}`),
    new RegExp(`^${forwarded}Viewer, invited by ${demo.chloe.name}`),
  ]);
  await shoot(page, testInfo, 'members page of an owner, with two pending invitations');

  // Ben opens the link meant for someone else: it is not his, and he can switch accounts, not accept.
  const benContext = await browser.newContext();
  const ben = await benContext.newPage();
  try {
    await signIn(ben, demo.ben.email);
    await ben.goto(forwardedLink);
    await expect(ben.getByRole('heading', { level: 1 })).toHaveText('This invitation is for someone else');
    await expect(ben.getByRole('main')).toContainText(`You are signed in as ${demo.ben.email}.`);
    await expect(ben.getByRole('main')).not.toContainText(`Invite ${key}`);
    await expect(ben.getByRole('button', { name: 'Accept invitation' })).toHaveCount(0);
    await expect(ben.getByRole('button', { name: 'Sign in with another account' })).toBeEnabled();
    await shoot(ben, testInfo, 'an invitation opened by the wrong account');
    const forced = await callMutation(ben.request, 'invitation.accept', {
      commandId: crypto.randomUUID(),
      token: new URL(forwardedLink).pathname.split('/').at(-1),
    });
    expect(forced.status()).toBe(403);
    expect((await callQuery(ben.request, 'project.getByKey', { key })).status()).toBe(404);

    // Chloé withdraws it: focus goes to the list, which says what happened; Ben's link now says it was withdrawn.
    await pending.getByRole('button', { name: `Withdraw the invitation for ${forwarded}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Withdraw the invitation' }).click();
    await expect(pending.getByRole('status')).toHaveText(
      `The invitation for ${forwarded} was withdrawn: its link no longer works.`,
    );
    await expect(pending.getByRole('heading', { name: 'Pending invitations' })).toBeFocused();
    await expect(pending.getByRole('listitem')).toHaveCount(1);
    await ben.reload();
    await expect(ben.getByRole('heading', { level: 1 })).toHaveText('This invitation cannot be used');
    await expect(ben.getByRole('main')).toContainText('no longer open');
    await expect(ben.getByRole('main')).toContainText('the project’s owner withdrew it');
    await shoot(ben, testInfo, 'a withdrawn invitation');
  } finally {
    await benContext.close();
  }

  // The newcomer, signed out, opens the link: sign in (or up) first, and back to it.
  const newContext = await browser.newContext();
  const invitee = await newContext.newPage();
  try {
    await invitee.goto(link);
    await expect(invitee).toHaveURL(/\/sign-in\?next=%2Finvitations%2F/);
    await expect(invitee.getByRole('main')).toContainText('To answer your invitation, sign in with the e-mail');
    await shoot(invitee, testInfo, 'sign-in, on the way to an invitation');
    await invitee.getByRole('link', { name: 'Create an account' }).click();
    await expect(invitee).toHaveURL(/\/sign-up\?next=%2Finvitations%2F/);
    await expect(invitee.getByRole('button', { name: 'Create account' })).toBeEnabled();
    await invitee.getByLabel('Your name').fill(newcomer.name);
    // Typed in capitals: addresses are compared as accounts keep them, lower-cased.
    await invitee.getByLabel('E-mail').fill(newcomer.email.toUpperCase());
    await invitee.getByLabel('Password').fill(DEMO_PASSWORD);
    await invitee.getByRole('button', { name: 'Create account' }).click();

    await expect(invitee).toHaveURL(new URL(link).pathname);
    await expect(invitee.getByRole('heading', { level: 1 })).toHaveText(`Join “Invite ${key}”`);
    const invitation = invitee.getByRole('region', { name: 'Invitation' });
    await expect(invitation).toContainText(
      `${demo.chloe.name} invited you to the project Invite ${key} (${key}) as a member.`,
    );
    await expect(invitation).toContainText('As a member you can work on tasks');
    await shoot(invitee, testInfo, 'the invitation, seen by its invitee');
    await invitation.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(invitee).toHaveURL(`/projects/${key}`);
    await expect(invitee.getByRole('heading', { level: 1, name: `Invite ${key}` })).toBeVisible();
    await signedInAs(invitee, newcomer.name);

    // The link has done its work.
    await invitee.goto(link);
    await expect(invitee.getByRole('main')).toContainText('no longer open');
  } finally {
    await newContext.close();
  }

  await page.reload();
  const members = page.getByRole('table', { name: 'Members' });
  await expect(members.getByRole('rowheader')).toHaveCount(2);
  await expect(members).toContainText(newcomer.name);
  await expect(pending).toContainText('No invitation is waiting for an answer.');
  await page.getByRole('link', { name: 'Activity' }).click();
  const feed = page.getByRole('list', { name: 'Activity, newest first' });
  for (const sentence of [
    `${demo.chloe.name} invited someone as a viewer`,
    `${demo.chloe.name} invited someone as a member`,
    `${demo.chloe.name} withdrew an invitation`,
    `${newcomer.name} accepted an invitation`,
    `${newcomer.name} joined as member`,
  ]) {
    await expect(feed).toContainText(sentence);
  }
  await expect(feed).not.toContainText(forwarded);

  // Chloé hands the project to the newcomer and leaves it.
  await page.getByRole('link', { name: 'Members' }).click();
  await page.getByLabel(`Role of ${newcomer.name}`).selectOption('owner');
  await expect(page.getByLabel(`Role of ${newcomer.name}`)).toHaveValue('owner');
  await page.getByRole('button', { name: 'Leave project' }).click();
  await page.getByRole('button', { name: 'Yes, leave the project' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('list', { name: 'Projects' })).not.toContainText(`Invite ${key}`);
});
