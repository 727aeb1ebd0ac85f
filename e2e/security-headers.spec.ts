import type { APIResponse, Page } from '@playwright/test';
import { expect, test } from './test';
import {
  addTask,
  callQuery,
  column,
  createProject,
  demo,
  dragWithMouse,
  openReplay,
  randomKey,
  signIn,
} from './fixtures';

/** What next.config.mjs sends with every answer. */
function expectEverywhereHeaders(answer: APIResponse) {
  const headers = answer.headers();
  expect(headers['x-content-type-options'], answer.url()).toBe('nosniff');
  expect(headers['x-frame-options'], answer.url()).toBe('DENY');
  expect(headers['referrer-policy'], answer.url()).toBe('same-origin');
  expect(headers['permissions-policy'], answer.url()).toContain('camera=()');
  expect(headers['cross-origin-opener-policy'], answer.url()).toBe('same-origin');
}

const dataOf = async <T>(answer: Promise<APIResponse>) =>
  ((await (await answer).json()) as { result: { data: { json: T } } }).result.data.json;

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

test('pages carry a policy with a fresh nonce that Next.js puts on its scripts; the API and static files theirs', async ({
  request,
}) => {
  const [first, second] = await Promise.all([request.get('/sign-in'), request.get('/sign-in')]);
  expectEverywhereHeaders(first);
  const policy = first.headers()['content-security-policy'] ?? '';
  const script = policy.split('; ').find((directive) => directive.startsWith('script-src ')) ?? '';
  expect(script).toContain("'strict-dynamic'");
  expect(script).not.toMatch(/'unsafe-(inline|eval)'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("default-src 'none'");
  const nonce = nonceOf(policy);
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.headers()['content-security-policy'] ?? '')).not.toBe(nonce);
  // The e2e server is plain http, where Strict-Transport-Security has no business.
  expect(first.headers()['strict-transport-security']).toBeUndefined();

  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(1);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  // The pages a signed-out visitor is sent away from, and the methods a page refuses, carry the policy as well.
  const redirect = await request.get('/projections', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expectEverywhereHeaders(redirect);

  const api = await request.get('/api/trpc/account.me');
  expectEverywhereHeaders(api);
  expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");

  const scriptFile = /<script\b[^>]*\bsrc="([^"]+)"/.exec(html)?.[1] ?? '';
  const asset = await request.get(scriptFile);
  expect(asset.status()).toBe(200);
  expectEverywhereHeaders(asset);
});

/**
 * Every violation the browser reports, with the address it happened on: the console's message, and the
 * `securitypolicyviolation` event, passed on to the console by a script the browser runs before the page's own.
 */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  return violations;
}

async function visit(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test('a signed-in person goes through every view, charts and dragging included, without one CSP violation', async ({
  page,
}, testInfo) => {
  const violations = await watchViolations(page);

  await visit(page, '/sign-in', 'Sign in to Chronicle');
  // The watch works, and the policy holds: an inline handler added to the page does not run.
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  const ran = await page.evaluate(() => {
    document.body.setAttribute('onclick', 'window.injected = true');
    document.body.click();
    return (window as unknown as { injected?: boolean }).injected ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.join('\n')).toContain('script-src');
  violations.length = 0;
  await visit(page, '/sign-up', 'Create an account');
  await expect(page.getByRole('button', { name: 'Create account' })).toBeEnabled();

  await signIn(page, demo.ana.email);
  await visit(page, '/', /Projects/);
  const project = await page
    .getByRole('list', { name: 'Projects' })
    .getByRole('link', { name: /Chronicle Website/ })
    .first()
    .getAttribute('href');
  if (!project) throw new Error('The demo project is not listed');

  await visit(page, project, 'Chronicle Website');
  await openReplay(page);
  const slider = page.getByRole('slider', { name: 'Replay history' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '1');
  await page.keyboard.press('End');
  await page.keyboard.press('PageDown');
  await expect(slider).not.toHaveAttribute('aria-valuetext', /loading/);
  await testInfo.attach('board in replay, with the policy on', {
    body: await page.screenshot(),
    contentType: 'image/png',
  });

  await visit(page, `${project}/tasks/1`, 'Comments');
  await visit(page, `${project}/activity`, /Activity/);
  await visit(page, `${project}/history`, /History/);
  await page.getByRole('link', { name: 'Inspect event' }).first().click();
  await expect(page).toHaveURL(/\/history\/\d+/);
  await page.waitForLoadState('networkidle');
  await visit(page, `${project}/insights`, 'Insights');
  for (const title of ['Cumulative flow', 'Cycle time', 'Throughput per week']) {
    const chart = page.getByRole('region', { name: title, exact: true });
    await expect(chart.locator('svg.recharts-surface')).toBeVisible({ timeout: 30_000 });
  }
  await testInfo.attach('insights, with the policy on', { body: await page.screenshot(), contentType: 'image/png' });
  await visit(page, `${project}/members`, 'Pending invitations');
  // The demo's pending invitation, opened by Ana: the page for an invitation that is someone else's.
  const { id: projectId } = await dataOf<{ id: string }>(
    callQuery(page.request, 'project.getByKey', { key: project.split('/').at(-1) }),
  );
  const [pending] = await dataOf<{ linkPath: string }[]>(callQuery(page.request, 'project.invitations', { projectId }));
  await visit(page, pending!.linkPath, 'This invitation is for someone else');
  await visit(page, '/projections', 'Projections');

  // A board of its own for the drag, which writes; it arrives through the live link as well.
  await visit(page, '/', /Projects/);
  const key = randomKey();
  await createProject(page, `Policy ${key}`, key);
  await addTask(page, 'Todo', 'Dragged under the policy');
  await dragWithMouse(
    page,
    page.getByRole('button', { name: `Move ${key}-1` }),
    page.getByRole('region', { name: 'Done' }),
    () => expect(column(page, 'Done').getByRole('link', { name: 'Dragged under the policy' })).toBeVisible(),
  );
  await page.reload();
  await expect(column(page, 'Done').getByRole('link')).toHaveText(['Dragged under the policy']);
  await page.waitForLoadState('networkidle');

  expect(violations).toEqual([]);
});
