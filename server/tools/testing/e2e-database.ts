import postgres from 'postgres';
import { createTestDatabase, dropTestDatabase } from './test-roles';

/**
 * The browser suite's own database on a PostgreSQL server (playwright.config.ts): made before its servers start and
 * dropped after the run, so runs never see each other's accounts, projects or sign-in counters.
 */
const [action, serverUrl, name] = process.argv.slice(2);
if ((action !== 'create' && action !== 'drop') || !serverUrl || !name || !/^[a-z0-9_]+$/.test(name)) {
  throw new Error('Usage: e2e-database.ts create|drop <URL of the PostgreSQL server as its superuser> <database>');
}
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
try {
  await (action === 'create' ? createTestDatabase(admin, name) : dropTestDatabase(admin, name));
} finally {
  await admin.end();
}
