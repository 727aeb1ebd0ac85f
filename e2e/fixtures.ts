import { randomInt, randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

const letters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');

/** The database may be shared with other runs: project keys, names and e-mails are made unique per test. */
export const randomKey = () => `E${letters(4)}`;
export const uniqueName = (first: string) => `${first} ${letters(3)}`;
/** E-mail addresses take plain letters: "Chloé" becomes chloe. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^a-z]/gi, '')
    .toLowerCase();
export const uniqueEmail = (first: string) => `${plain(first)}.${letters(10).toLowerCase()}@e2e.test`;

/** The demo accounts `npm run db:seed` makes, one per role (Eve belongs to no project). */
export const DEMO_PASSWORD = 'chronicle-demo';
export const demo = {
  ana: { name: 'Ana Lima', email: 'ana@chronicle.test' },
  ben: { name: 'Ben Carter', email: 'ben@chronicle.test' },
  chloe: { name: 'Chloé Martin', email: 'chloe@chronicle.test' },
  dev: { name: 'Dev Patel', email: 'dev@chronicle.test' },
  eve: { name: 'Eve Stone', email: 'eve@chronicle.test' },
} as const;

/** An address of the range set aside for tests of networks (198.18.0.0/15), a new one each time. */
const testAddress = () => `198.${18 + randomInt(2)}.${randomInt(256)}.${randomInt(256)}`;

/** A tRPC mutation sent as the browser's client sends one unbatched: its input under `json` (superjson). */
export const callMutation = (request: APIRequestContext, procedure: string, input: unknown) =>
  request.post(`/api/trpc/${procedure}`, { data: { json: input } });

/** A command through the API, answered with what its procedure returns. */
export async function send<T = { position: number }>(request: APIRequestContext, procedure: string, input: object) {
  const response = await callMutation(request, procedure, { commandId: randomUUID(), ...input });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** A tRPC query, its input in the address. */
export const callQuery = (request: APIRequestContext, procedure: string, input: unknown) =>
  request.get(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);

/**
 * Signs in through the API, quicker than the form (one test keeps to the form): the session cookie of the answer
 * lands in the page's browser context, since `page.request` shares its cookies.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  const response = await callMutation(page.request, 'account.signIn', { email, password });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * A new account of its own for a test. Made through `page.request`, it is then the one signed in on the page; any
 * other request context (the `request` fixture) makes an account without touching the page's session.
 */
export async function signUp(request: APIRequestContext, first: string) {
  const account = { name: uniqueName(first), email: uniqueEmail(first) };
  // Each from an address of its own (the app reads X-Forwarded-For when no proxy is declared, README, Security): the
  // suite signs up more people than one network may in an hour, and the specs of that limit test it on purpose.
  const response = await request.post('/api/trpc/account.signUp', {
    data: { json: { ...account, password: DEMO_PASSWORD } },
    headers: { 'x-forwarded-for': testAddress() },
  });
  expect(response.status(), await response.text()).toBe(200);
  return account;
}

/** An owner's invitation of an address, through the API: the path of its link. */
export async function invite(owner: APIRequestContext, projectId: string, email: string, role = 'member') {
  const response = await callMutation(owner, 'project.invite', { commandId: randomUUID(), projectId, email, role });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: { json: { linkPath: string } } } }).result.data.json.linkPath;
}

/** The person invited accepts, through the API, signed in as the account with the address invited. */
export async function acceptInvitation(invitee: APIRequestContext, linkPath: string) {
  const token = linkPath.slice('/invitations/'.length);
  const response = await callMutation(invitee, 'invitation.accept', { commandId: randomUUID(), token });
  expect(response.status(), await response.text()).toBe(200);
}

/** The header names whoever is signed in. */
export const signedInAs = (page: Page, name: string) =>
  expect(page.getByRole('banner')).toContainText(`Signed in as ${name}`);

export async function createProject(page: Page, name: string, key: string) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Key').fill(key);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page).toHaveURL(`/projects/${key}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export const column = (page: Page, status: string) => page.getByRole('list', { name: `Tasks in ${status}` });

/** Every column of the board on screen with the tasks in it, in order. */
export async function boardOf(page: Page) {
  const columns = page.getByRole('list', { name: /^Tasks in / });
  const names = await columns.evaluateAll((lists) => lists.map((l) => l.getAttribute('aria-label') ?? ''));
  return Promise.all(
    names.map(
      async (name) => [name, await page.getByRole('list', { name }).getByRole('link').allTextContents()] as const,
    ),
  );
}

export async function addTask(page: Page, status: string, title: string) {
  const input = page.getByLabel(`New task in ${status}`);
  await input.fill(title);
  await input.press('Enter');
  await expect(column(page, status).getByRole('link', { name: title })).toBeVisible();
  await expect(input).toHaveValue('');
}

/** Opens a task's full page from its card: a card opens the task in a panel over the board, the page is one link on. */
export async function openTaskPage(page: Page, card: Locator) {
  await card.click();
  await page.getByRole('dialog').getByRole('link', { name: 'Full page' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Moves a card one column to the right with the keyboard, as the drag-and-drop announcer says. */
export async function moveByKeyboard(page: Page, task: string, to: string) {
  await page.getByRole('button', { name: `Move ${task}` }).focus();
  await page.keyboard.press('Space');
  const announcer = page.locator('[id^="DndLiveRegion-"]');
  await expect(announcer).toContainText(`Picked up ${task}`);
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toContainText(to);
  await page.keyboard.press('Space');
  await expect(announcer).toContainText(`Dropped ${task} in ${to}`);
}

/** Answers of one tRPC procedure (batched requests name every procedure in the URL). */
export const answerOf = (page: Page, procedure: string) =>
  page.waitForResponse((response) => response.url().includes(procedure) && response.request().method() === 'POST');

/** A real pointer drag: press on the handle, move past the activation distance, then across in small steps. */
export async function dragWithMouse(page: Page, handle: Locator, target: Locator, whileOver: () => Promise<void>) {
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Drag handle or target is not on screen');
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 4, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 80), { steps: 15 });
  await whileOver();
  await page.mouse.up();
}

/** Opens the demo project from the project list, as a person does; its key. */
export async function openDemoProject(page: Page) {
  await page.goto('/');
  await page
    .getByRole('list', { name: 'Projects' })
    .getByRole('link', { name: /Chronicle Website/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chronicle Website' })).toBeVisible();
  return /\/projects\/([^/?]+)/.exec(page.url())?.[1] ?? '';
}

/**
 * Opens the board's replay. A click before the page has hydrated finds no handler: it clicks until the slider shows,
 * and not again once a click has been taken (the button is gone while the first board of the replay is read).
 */
export async function openReplay(page: Page) {
  const slider = page.getByRole('slider', { name: 'Replay history' });
  const replay = page.getByRole('button', { name: 'Replay', exact: true });
  await expect(async () => {
    if (await replay.isVisible()) await replay.click({ timeout: 2_000 });
    await expect(slider).toBeVisible({ timeout: 2_000 });
  }).toPass();
}

/**
 * The banner a past view shows, as a person sees it. A page streamed behind its loading state can keep its streamed
 * copy in the document, hidden and never swapped in, once React has rendered that part on the client instead (the
 * trace of a run on PostgreSQL showed both): the text is then there twice, and only one is seen.
 */
export const pastViewBanner = (page: Page, subject: string) =>
  page.getByText(`Viewing ${subject} as of`).filter({ visible: true });
