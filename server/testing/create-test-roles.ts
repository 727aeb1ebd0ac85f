import postgres from 'postgres';
import { createTestRoles } from './test-roles';

// The browser suite's servers run as the app's restricted role on PostgreSQL (playwright.config.ts): it must exist.
const [serverUrl] = process.argv.slice(2);
if (!serverUrl) throw new Error('Usage: create-test-roles.ts <URL of the PostgreSQL server as its superuser>');
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
try {
  await createTestRoles(admin);
} finally {
  await admin.end();
}
