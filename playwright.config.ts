import { defineConfig, devices } from '@playwright/test';
import { e2eLaunchOptions } from './server/testing/e2e-browser/launch-options';

const port = Number(process.env.E2E_PORT ?? 3200);
const env = { CHRONICLE_DATA_DIR: '.data/e2e', NEXT_TELEMETRY_DISABLED: '1' };
// On PostgreSQL a second instance serves the same database, for the test of live updates across instances (an
// embedded database belongs to one process). The servers start in order: the second reuses the first one's build.
const secondPort = process.env.DATABASE_URL ? port + 1 : undefined;
if (secondPort) process.env.E2E_SECOND_URL = `http://127.0.0.1:${secondPort}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: await e2eLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      // A production build with the demo project, on an embedded database of its own (or the PostgreSQL server when
      // DATABASE_URL is set).
      command: `rm -rf .data/e2e && ${makeRoles()}npm run build && npm run db:seed -- --if-empty && node_modules/.bin/next start -p ${port}`,
      url: `http://127.0.0.1:${port}`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      env: { ...env, ...asAppRole() },
    },
    ...(secondPort
      ? [
          {
            command: `node_modules/.bin/next start -p ${secondPort}`,
            url: `http://127.0.0.1:${secondPort}`,
            timeout: 60_000,
            reuseExistingServer: !process.env.CI,
            env: { ...env, ...asAppRole() },
          },
        ]
      : []),
  ],
});

/**
 * On PostgreSQL the servers run as deployed: as the restricted role that server/testing/test-roles.ts makes, with
 * DATABASE_URL's own user as the owner that migrates.
 */
function asAppRole(): Record<string, string> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return {};
  const appUrl = Object.assign(new URL(serverUrl), { username: 'chronicle_app', password: '' });
  return { DATABASE_URL: appUrl.toString(), DATABASE_OWNER_URL: serverUrl };
}

/** The servers' DATABASE_URL is the role's own by then: the roles are made as the superuser, the owner here. */
function makeRoles() {
  return process.env.DATABASE_URL
    ? 'node_modules/.bin/tsx server/testing/create-test-roles.ts "$DATABASE_OWNER_URL" && '
    : '';
}
