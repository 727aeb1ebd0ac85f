import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './test';
import {
  acceptInvitation,
  callMutation,
  callQuery,
  demo,
  DEMO_PASSWORD,
  invite,
  pastViewBanner,
  randomKey,
  send,
  signIn,
} from './fixtures';

/** A project of Ana's own with one task, so that the demo project stays as the other specs expect it. */
async function projectWithTask(request: APIRequestContext, description: string) {
  const key = randomKey();
  const { projectId } = await send<{ projectId: string }>(request, 'project.create', { name: `Diffs ${key}`, key });
  const task = await send<{ taskId: string; position: number }>(request, 'task.create', {
    projectId,
    title: 'Pricing page',
    description,
  });
  return { key, projectId, ref: `${key}-1`, ...task };
}

test('Compare lists the changes in between, each open in the inspector, and the words a description change replaced', async ({
  page,
}) => {
  await signIn(page, demo.ana.email);
  const { key, ref, taskId, position: created } = await projectWithTask(page.request, 'Ship the new pricing page');
  const { position: described } = await send(page.request, 'task.describe', {
    taskId,
    description: 'Ship the final pricing page today',
  });
  const { position: renamed } = await send(page.request, 'task.rename', { taskId, title: 'Pricing page, final' });

  await page.goto(`/projects/${key}/history/compare?from=${created}`);
  const changes = page.getByRole('list', { name: 'Changes to tasks' });
  await expect(changes).toContainText('description rewritten');
  const words = changes.getByRole('group', { name: `Changes to the description of ${ref}` });
  await expect(words.getByRole('deletion')).toHaveText(['[removed: new]']);
  await expect(words.getByRole('insertion')).toHaveText(['[added: final]', '[added: today]']);
  await expect(words).toContainText('pricing page');

  // Below the net change, the two changes that made it, oldest first.
  await expect(page.getByRole('heading', { name: 'The 2 changes that made this' })).toBeVisible();
  const between = page.getByRole('list', { name: 'Changes in between, oldest first' });
  await expect(between.getByRole('listitem')).toHaveCount(2);
  await expect(between.getByRole('listitem').first()).toContainText(`Ana Lima updated the description of ${ref}`);
  await expect(between.getByRole('listitem').last()).toContainText(`Ana Lima renamed ${ref} to “Pricing page, final”`);
  await expect(between.getByRole('link', { name: 'Inspect event' }).last()).toHaveAttribute(
    'href',
    `/projects/${key}/history/${renamed}`,
  );

  await between.getByRole('link', { name: 'Inspect event' }).first().click();
  await expect(page).toHaveURL(`/projects/${key}/history/${described}`);
  const inspected = page.getByRole('region', { name: 'What it changed' });
  await expect(
    inspected.getByRole('group', { name: `Changes to the description of ${ref}` }).getByRole('deletion'),
  ).toHaveText('[removed: new]');
});

test('blame names who last set each field of a task, links to that event, and as of a point who had by then', async ({
  page,
  request,
}) => {
  await signIn(page, demo.ana.email);
  const { key, ref, projectId, taskId, position: created } = await projectWithTask(page.request, 'Three tiers.');
  // Ben, a member of Ana's new project, renames the task from a session of his own.
  const benSignedIn = await callMutation(request, 'account.signIn', { email: demo.ben.email, password: DEMO_PASSWORD });
  expect(benSignedIn.status(), await benSignedIn.text()).toBe(200);
  await acceptInvitation(request, await invite(page.request, projectId, demo.ben.email));
  const { position: renamed } = await send(request, 'task.rename', { taskId, title: 'Pricing page copy' });

  await page.goto(`/projects/${key}/tasks/1`);
  const titleBlame = page.getByRole('link', { name: /^Title set by Ben Carter, / });
  await expect(titleBlame).toHaveAttribute('href', `/projects/${key}/history/${renamed}`);
  await expect(page.getByRole('link', { name: /^Status as created by Ana Lima, / })).toHaveAttribute(
    'href',
    `/projects/${key}/history/${created}`,
  );
  await expect(page.getByRole('link', { name: /^Description as created by Ana Lima, / })).toBeVisible();

  // By keyboard: the link is reached and followed like any other.
  await titleBlame.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/projects/${key}/history/${renamed}`);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('TaskRenamed');
  await expect(page.getByText(`Ben Carter renamed ${ref} to “Pricing page copy”`)).toBeVisible();

  // As of the task's creation, nobody had renamed it yet.
  await page.goto(`/projects/${key}/tasks/1?at=${created}`);
  await expect(pastViewBanner(page, ref)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Title as created by Ana Lima, / })).toHaveAttribute(
    'href',
    `/projects/${key}/history/${created}`,
  );
  await expect(page.getByRole('link', { name: /^Title set by / })).toHaveCount(0);
});

test('the compare form shows the two ends compared, and "since yesterday" is headed by the moment 24 hours ago', async ({
  page,
}) => {
  await signIn(page, demo.ana.email);
  const { key, projectId, taskId, position: created } = await projectWithTask(page.request, 'Words');
  const { position: renamed } = await send(page.request, 'task.rename', { taskId, title: 'Pricing page, final' });
  const response = await callQuery(page.request, 'history.diff', {
    projectId,
    from: { position: created },
    to: { position: renamed },
  });
  const diff = ((await response.json()) as { result: { data: { json: { fromTime: string; toTime: string } } } }).result
    .data.json;
  // What a datetime-local field holds for a moment: local time, to the second.
  const local = (iso: string) =>
    page.evaluate((at) => {
      const date = new Date(at);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
    }, iso);

  await page.goto(`/projects/${key}/history/compare?from=${created}&to=${renamed}`);
  const form = page.getByRole('form', { name: 'Compare two moments' });
  // A browser writes a moment on a whole minute without its seconds (16:32, not 16:32:00).
  const minuteOrSecond = (value: string) => new RegExp(`^${value.replace(/:00$/, '')}(:00)?$`);
  await expect(form.getByLabel('From')).toHaveValue(minuteOrSecond(await local(diff.fromTime)));
  await expect(form.getByLabel('To')).toHaveValue(minuteOrSecond(await local(diff.toTime)));
  // Sent as it is, the form compares the same two events, not the seconds they fell in.
  await form.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(`/projects/${key}/history/compare?from=${created}&to=${renamed}`);
  await expect(page.getByRole('list', { name: 'Changes to tasks' })).toContainText('renamed');

  // Since yesterday: from the moment 24 hours before the page was asked, to now, whatever happened when.
  const before = Date.now();
  await page.goto(`/projects/${key}/history/compare?from=yesterday`);
  const after = Date.now();
  // The field is filled in the browser, once the page runs there.
  await expect(form.getByLabel('From')).not.toHaveValue('');
  const from = await form.getByLabel('From').inputValue();
  const asked = await page.evaluate((value) => new Date(value).getTime(), from);
  expect(asked).toBeGreaterThanOrEqual(Math.floor((before - 24 * 3600_000) / 1000) * 1000);
  expect(asked).toBeLessThanOrEqual(after - 24 * 3600_000);
  await expect(form.getByLabel('To')).toHaveValue('');
  const heading = page.getByRole('heading', { name: /^From / });
  const shown = await page.evaluate(
    (at) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at)),
    asked,
  );
  await expect(heading).toContainText(`From ${shown} to `);
});
