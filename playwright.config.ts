import { defineConfig, devices } from '@playwright/test';
import { e2eLaunchOptions } from './server/tools/testing/e2e-browser/launch-options';
import { testDatabaseUrls } from './server/tools/testing/test-roles';

const port = Number(process.env.E2E_PORT ?? 3200);
const env = { CHRONICLE_DATA_DIR: '.data/e2e', NEXT_TELEMETRY_DISABLED: '1' };
// On PostgreSQL a second instance serves the same database, for the test of live updates across instances (an
// embedded database belongs to one process). The servers start in order: the second reuses the first one's build.
const secondPort = process.env.DATABASE_URL ? port + 1 : undefined;
if (secondPort) process.env.E2E_SECOND_URL = `http://127.0.0.1:${secondPort}`;
// Named once by the runner; its workers and the teardown inherit the name.
const e2eDatabase = (process.env.E2E_DATABASE ??= `chronicle_e2e_${Date.now()}_${process.pid}`);
const database = onItsOwnDatabase();

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
  globalTeardown: './e2e/global-teardown.ts',
  webServer: [
    {
      // A production build with the demo project, on an embedded database of its own (or the PostgreSQL server when
      // DATABASE_URL is set). The build is made again only when the sources changed (server/tools/testing/next-build.ts).
      command: `rm -rf .data/e2e && ${database.create}node_modules/.bin/tsx server/tools/testing/build-for-e2e.ts && npm run db:seed -- --if-empty && node_modules/.bin/next start -p ${port}`,
      url: `http://127.0.0.1:${port}`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      env: { ...env, ...database.env },
    },
    ...(secondPort
      ? [
          {
            command: `node_modules/.bin/next start -p ${secondPort}`,
            url: `http://127.0.0.1:${secondPort}`,
            timeout: 60_000,
            reuseExistingServer: !process.env.CI,
            env: { ...env, ...database.env },
          },
        ]
      : []),
  ],
});

/**
 * On PostgreSQL the suite has a database of its own, made before the servers start and dropped after the run
 * (e2e/global-teardown.ts), and the servers run as deployed: as the restricted role, with the owner's role migrating
 * (server/tools/testing/test-roles.ts).
 */
function onItsOwnDatabase(): { env: Record<string, string>; create: string } {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { env: {}, create: '' };
  const urls = testDatabaseUrls(serverUrl, e2eDatabase);
  return {
    env: { DATABASE_URL: urls.app, DATABASE_OWNER_URL: urls.owner },
    create: `node_modules/.bin/tsx server/tools/testing/e2e-database.ts create "${serverUrl}" ${e2eDatabase} && `,
  };
}
