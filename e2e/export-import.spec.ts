import { readFileSync } from 'node:fs';
import { expect, test } from './test';
import { acceptInvitation, invite, randomKey, send, signUp } from './fixtures';

/**
 * An owner downloads a project's history from its settings; a member sees no such button and is refused the file;
 * someone else uploads it and lands on the imported project's board, owning it, with the same tasks. Bad files and
 * oversized ones are refused with a 4xx that says why.
 */
test('download a history as an owner, import it as someone else, and land on the same board', async ({
  browser,
  page,
}) => {
  await signUp(page.request, 'Olive');
  const key = randomKey();
  const { projectId } = await send<{ projectId: string }>(page.request, 'project.create', {
    name: `Export ${key}`,
    key,
  });
  const titles = ['Write the brief', 'Draw the logo', 'Ship the site'];
  for (const title of titles) await send(page.request, 'task.create', { projectId, title });

  await page.goto(`/projects/${key}`);
  await page.getByRole('button', { name: 'Project settings' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('link', { name: 'Download history' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${key}-history.ndjson`);
  const file = await download.path();
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const header = JSON.parse(lines[0]!) as { format: string; project: { key: string }; events: number };
  expect(header).toMatchObject({ format: 'chronicle-project-log', project: { key } });
  expect(header.events).toBe(lines.length - 1);

  // A member of the project: no settings, no button, and the file itself refused.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  const memberAccount = await signUp(member.request, 'Mia');
  await acceptInvitation(member.request, await invite(page.request, projectId, memberAccount.email));
  await member.goto(`/projects/${key}`);
  await expect(member.getByRole('heading', { level: 1, name: `Export ${key}` })).toBeVisible();
  await expect(member.getByRole('button', { name: 'Project settings' })).toHaveCount(0);
  await expect(member.getByRole('link', { name: 'Download history' })).toHaveCount(0);
  expect((await member.request.get(`/api/projects/${key}/history`)).status()).toBe(403);
  await memberContext.close();

  // Someone with no part in it uploads the file under a new key, becomes its owner and sees the same tasks.
  const uploaderContext = await browser.newContext();
  const uploader = await uploaderContext.newPage();
  await signUp(uploader.request, 'Uma');
  expect((await uploader.request.get(`/api/projects/${key}/history`)).status()).toBe(404);
  await uploader.goto('/');
  await uploader.getByRole('link', { name: 'Import a project' }).click();
  await expect(uploader).toHaveURL('/import');
  const copyKey = randomKey();
  await uploader.getByLabel('History file', { exact: true }).setInputFiles(file);
  await uploader.getByLabel('New key (optional)').fill(copyKey);
  await uploader.getByRole('button', { name: 'Import project' }).click();
  await expect(uploader).toHaveURL(`/projects/${copyKey}`);
  await expect(uploader.getByRole('heading', { level: 1, name: `Export ${key}` })).toBeVisible();
  for (const title of titles) await expect(uploader.getByRole('main').getByText(title)).toBeVisible();
  await expect(uploader.getByRole('button', { name: 'Project settings' })).toBeVisible();

  // The same file again: its key is taken now, and the form says so.
  await uploader.goto('/import');
  await uploader.getByLabel('History file', { exact: true }).setInputFiles(file);
  await uploader.getByLabel('New key (optional)').fill(copyKey);
  await uploader.getByRole('button', { name: 'Import project' }).click();
  await expect(uploader.getByRole('main').getByRole('alert')).toContainText(
    `The key ${copyKey} is already used by another project`,
  );
  await uploaderContext.close();

  // Archived, the project's settings are closed; its owner still finds the download in the banner.
  await send(page.request, 'project.archive', { projectId });
  await page.goto(`/projects/${key}`);
  await expect(page.getByText('This project is archived.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download history' })).toHaveAttribute(
    'href',
    `/api/projects/${key}/history`,
  );
});

test('the upload refuses what it cannot read with a 4xx naming the line, and a file too large with 413', async ({
  page,
  request,
}) => {
  await signUp(page.request, 'Hal');
  const post = (body: string | Buffer) =>
    page.request.post('/api/projects/import', { data: body, headers: { 'content-type': 'application/x-ndjson' } });

  const notJson = await post('{"format": "chronicle-project-log"\n');
  expect(notJson.status()).toBe(400);
  expect(await notJson.json()).toEqual({ error: 'Line 1: is not JSON' });

  const badHeader = await post('{"format":"chronicle-project-log","version":99}\n');
  expect(badHeader.status()).toBe(400);
  expect(((await badHeader.json()) as { error: string }).error).toMatch(/^Line 1: the header is not valid/);

  const tooLarge = await post(Buffer.alloc(51 * 1024 * 1024, 'x'));
  expect(tooLarge.status()).toBe(413);

  // Signed out (a request context without the page's session): no one to own it.
  const signedOut = await request.post('/api/projects/import', { data: '{}\n' });
  expect(signedOut.status()).toBe(401);
});
