import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { addTask, callMutation, callQuery, createProject, randomKey, signUp } from './fixtures';

/** Markup that would run if any view put it into the page as HTML instead of as text. */
const payload = (where: string) =>
  `<img src=x onerror="window.pwned='${where}'"><script>window.pwned='${where}'</script>`;

/** Nothing ran, no element came out of the text, and the text itself is shown as typed. */
async function expectInert(page: Page, texts: string[]) {
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], main script')).toHaveCount(0);
  for (const text of texts) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
}

test('markup in names, titles, descriptions and comments renders as text everywhere', async ({ page }) => {
  // Names are at most 60 characters: the short form of the same trap.
  const name = `<img src=x onerror="window.pwned='name'"> M`;
  const response = await callMutation(page.request, 'account.signUp', {
    name,
    email: `mallory.${randomKey().toLowerCase()}@e2e.test`,
    password: 'chronicle-demo',
  });
  expect(response.status(), await response.text()).toBe(200);
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `<b>Bold</b> ${key}`, key);
  const title = payload('title');
  await addTask(page, 'Todo', title);

  const task = (await (await callQuery(page.request, 'task.getByNumber', { key, number: 1 })).json()) as {
    result: { data: { json: { task: { id: string } } } };
  };
  const taskId = task.result.data.json.task.id;
  for (const [procedure, input] of [
    ['task.describe', { taskId, description: payload('description') }],
    ['task.comment', { taskId, body: payload('comment') }],
    ['task.rename', { taskId, title: `${title} v2` }],
  ] as const) {
    const answer = await callMutation(page.request, procedure, { commandId: randomUUID(), ...input });
    expect(answer.status(), await answer.text()).toBe(200);
  }

  const shown = '<img src=x onerror=';
  await page.goto(`/projects/${key}`);
  await expectInert(page, [shown, '<b>Bold</b>']);
  await page.goto(`/projects/${key}/tasks/1`);
  await expectInert(page, [shown, "window.pwned='description'", "window.pwned='comment'"]);
  await page.goto(`/projects/${key}/activity`);
  await expectInert(page, [shown]);
  await page.goto(`/projects/${key}/history`);
  await expectInert(page, [shown]);
  // The newest entry is the rename, whose diff shows both titles.
  await page.getByRole('link', { name: 'Inspect event' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/projects/${key}/history/\\d+`));
  await expectInert(page, [shown]);
  await page.goto(`/projects/${key}/history/compare`);
  await expectInert(page, [shown]);
});

/** Every Markdown construct that has carried script into a page somewhere, each trying to set `window.__xss`. */
const MARKDOWN_TRAPS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  'inline <img src=x onerror="window.__xss = \'inline img\'"> html',
  '<iframe src="javascript:window.top.__xss = \'iframe\'"></iframe>',
  '<iframe srcdoc="<script>parent.__xss = \'srcdoc\'</script>"></iframe>',
  '<svg onload="window.__xss = \'svg\'"><circle r="5"/></svg>',
  '<a href="javascript:window.__xss = \'raw link\'">raw link</a>',
  '<details open ontoggle="window.__xss = \'details\'">x</details>',
  '[inline link](javascript:window.__xss=1)',
  '[entity link](&#106;avascript:window.__xss=1)',
  '[tab link](java&#9;script:window.__xss=1)',
  '[upper link](JAVASCRIPT:window.__xss=1)',
  '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb link](vbscript:msgbox(1))',
  '[reference link][trap]',
  '<javascript:window.__xss=1>',
  '![image](javascript:window.__xss=1)',
  '![tracker](https://tracker.example/pixel.png)',
  '&lt;script&gt;window.__xss = "entities"&lt;/script&gt;',
  '[trap]: javascript:window.__xss=1',
].join('\n\n');

test('Markdown in descriptions and comments runs nothing, links nowhere unsafe and loads no image', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const tracked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('tracker.example')) tracked.push(request.url());
  });
  await signUp(page.request, 'Mallory');
  await page.goto('/');
  const key = randomKey();
  await createProject(page, `Markdown ${key}`, key);
  await addTask(page, 'Todo', 'Traps');
  const task = (await (await callQuery(page.request, 'task.getByNumber', { key, number: 1 })).json()) as {
    result: { data: { json: { task: { id: string } } } };
  };
  const taskId = task.result.data.json.task.id;
  for (const [procedure, input] of [
    ['task.describe', { taskId, description: MARKDOWN_TRAPS }],
    ['task.comment', { taskId, body: MARKDOWN_TRAPS }],
  ] as const) {
    const answer = await callMutation(page.request, procedure, { commandId: randomUUID(), ...input });
    expect(answer.status(), await answer.text()).toBe(200);
  }

  await page.goto(`/projects/${key}/tasks/1`);
  await page.waitForLoadState('networkidle');
  const comment = page.getByRole('article', { name: /^Comment by / });
  await expect(comment).toContainText('<svg onload=');
  const written = page.locator('main [data-rich-text]');
  for (const link of await written.locator('a').all()) {
    const href = (await link.getAttribute('href')) ?? '';
    expect(href, 'no link to a script, data or vbscript address').not.toMatch(/^\s*(javascript|data|vbscript):/i);
  }
  await expect(written.locator('script, iframe, svg, img, details, [onerror], [onload], [ontoggle]')).toHaveCount(0);
  for (const text of [
    '<script>window.__xss = "script"</script>',
    '<iframe srcdoc=',
    '<script>window.__xss = "entities"',
  ])
    await expect(comment).toContainText(text);
  await expect(comment.getByRole('link', { name: 'Image: tracker' })).toHaveAttribute(
    'href',
    'https://tracker.example/pixel.png',
  );
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(tracked).toEqual([]);

  // The description's editor previews the same text the same way.
  await page.getByRole('button', { name: 'Edit description' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('region', { name: 'Preview of the description' })).toContainText('<svg onload=');
  await expect(written.locator('script, iframe, svg, img, details')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
