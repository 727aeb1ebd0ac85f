import type postgres from 'postgres';

/**
 * Test databases are set up as an operator would (README, "On a PostgreSQL server"): tables owned by a role that
 * migrates them, the app connected as a role that may only add to the log. Roles belong to the whole server and
 * test runs side by side share them, so they are made once and never dropped.
 */
export const OWNER_ROLE = 'chronicle_owner';
export const APP_ROLE = 'chronicle_app';

/** As the server's superuser; another run making the same role at the same moment is no error. */
export async function createTestRoles(admin: postgres.Sql) {
  for (const role of [OWNER_ROLE, APP_ROLE]) {
    await admin.unsafe(`
      do $$ begin
        create role ${role} login;
      exception when duplicate_object or unique_violation then null;
      end $$`);
  }
}

/** A new database for one test file or one suite run, owned by the owner's role, as an operator would make it. */
export async function createTestDatabase(admin: postgres.Sql, name: string) {
  await createTestRoles(admin);
  await admin.unsafe(`create database ${name} owner ${OWNER_ROLE}`);
}

export const dropTestDatabase = (admin: postgres.Sql, name: string) =>
  admin.unsafe(`drop database if exists ${name} with (force)`);

export interface TestDatabaseUrls {
  /** The server's superuser, who made the database. */
  readonly admin: string;
  readonly owner: string;
  readonly app: string;
}

/** The server at `serverUrl` lets these roles in as it lets its superuser (trust on a test machine): no password. */
export function testDatabaseUrls(serverUrl: string, database: string): TestDatabaseUrls {
  const as = (role?: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    if (role) Object.assign(url, { username: role, password: '' });
    return url.toString();
  };
  return { admin: as(), owner: as(OWNER_ROLE), app: as(APP_ROLE) };
}
