import { execFileSync } from 'node:child_process';

/** The suite's own database on a PostgreSQL server (playwright.config.ts) goes when the run is over. */
export default function dropTheSuitesDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  const database = process.env.E2E_DATABASE;
  if (!serverUrl || !database) return;
  execFileSync('node_modules/.bin/tsx', ['server/tools/testing/e2e-database.ts', 'drop', serverUrl, database], {
    stdio: 'inherit',
  });
}
