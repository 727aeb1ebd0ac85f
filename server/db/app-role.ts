import type postgres from 'postgres';

/**
 * With DATABASE_OWNER_URL the tables belong to the owner, and the app connects as a role of its own that may add to
 * the log but never change it: the triggers refuse UPDATE, DELETE and TRUNCATE to anyone, and only the owner (or a
 * superuser) could disable or drop them, so SQL run through the app's connection cannot get round them.
 */
const ON_THE_LOG = ['SELECT', 'INSERT'];
/** The project log and the per-person log of what each has read. */
const APPEND_ONLY = ['events', 'inbox_events'];
/** Read models, streams, the position counter, commands, accounts, sessions...: what the app reads and writes. */
const ON_EVERY_OTHER_TABLE = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];
const TABLE_PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'];

const refusal = (role: string, problems: string[]) =>
  new Error(
    `DATABASE_URL connects as ${role}, which ${problems.join('; ')}. With DATABASE_OWNER_URL set, the app's role ` +
      'must own nothing and hold only what the owner grants it (README, "On a PostgreSQL server").',
  );

/**
 * Run by the owner before it migrates or grants anything: a role that could get round the triggers anyway is
 * refused, and left alone (granting to the owner itself would take its own privileges away).
 */
export async function refuseUnsafeAppRole(owner: postgres.Sql, role: string) {
  const [found] = await owner<{ superuser: boolean; createRole: boolean; owner: boolean; version: number }[]>`
    select r.rolsuper as superuser, r.rolcreaterole as "createRole",
      pg_has_role(r.oid, current_user, 'MEMBER')
        or pg_has_role(r.oid, d.datdba, 'MEMBER')
        or exists (select from pg_namespace n
          where n.nspname in ('public', 'drizzle') and pg_has_role(r.oid, n.nspowner, 'MEMBER'))
        or exists (select from pg_class c
          where c.relnamespace = 'public'::regnamespace and pg_has_role(r.oid, c.relowner, 'MEMBER')) as owner,
      current_setting('server_version_num')::int as version
    from pg_roles r, pg_database d
    where r.rolname = ${role} and d.datname = current_database()`;
  if (!found) throw new Error(`The role ${role} of DATABASE_URL is not in pg_roles`);
  if (found.superuser) throw refusal(role, ['is a superuser (it could switch triggers off)']);
  const problems: string[] = [];
  if (found.owner) problems.push('owns the tables, their schema or the database, or may act as their owner');
  if (found.createRole) problems.push('has CREATEROLE (it could make itself a member of the owner)');
  // Since PostgreSQL 15 a superuser may grant this setting to any role; before, only superusers could change it.
  if (found.version >= 150_000) {
    const [setting] = await owner<{ granted: boolean }[]>`
      select has_parameter_privilege(${role}, 'session_replication_role', 'SET') as granted`;
    if (setting?.granted) problems.push('may SET session_replication_role (it could switch triggers off)');
  }
  if (problems.length > 0) throw refusal(role, problems);
}

/**
 * Run by the owner after every migration run, so that tables added since are covered and whatever else was granted
 * is taken back. One transaction: instances already serving never see the role without its privileges.
 */
export async function grantAppRole(owner: postgres.Sql, role: string) {
  try {
    await owner.begin(async (sql) => {
      await sql`revoke all on all tables in schema public, drizzle from ${sql(role)}`;
      await sql`revoke all on all sequences in schema public, drizzle from ${sql(role)}`;
      await sql`grant select, insert, update, delete on all tables in schema public to ${sql(role)}`;
      await sql`revoke update, delete on events, inbox_events from ${sql(role)}`;
      await sql`grant usage, select on all sequences in schema public to ${sql(role)}`;
      // Read, to check at start-up that the schema is current; recording migrations is the owner's.
      await sql`grant usage on schema drizzle to ${sql(role)}`;
      await sql`grant select on drizzle.__drizzle_migrations to ${sql(role)}`;
    });
  } catch (error) {
    throw new Error(
      `DATABASE_OWNER_URL could not grant ${role} its privileges ` +
        `(${error instanceof Error ? error.message : String(error)}): every table and the drizzle schema must ` +
        'belong to its role (REASSIGN OWNED BY <old owner> TO <owner>, as a superuser).',
      { cause: error },
    );
  }
}

/**
 * Run on the app's own connection after the grants: it holds exactly what it needs on every table, whoever granted
 * it (PUBLIC or another role it belongs to may hold more than the owner gave).
 */
export async function checkAppPrivileges(app: postgres.Sql) {
  const tables = await app<{ role: string; table: string; held: string[] }[]>`
    select current_user as role, c.relname as table,
      coalesce(array_agg(p.name) filter (where has_table_privilege(c.oid, p.name)), '{}') as held
    from pg_class c cross join unnest(${TABLE_PRIVILEGES}::text[]) as p(name)
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
    group by c.relname
    order by c.relname`;
  const problems = tables.flatMap(({ table, held }) => {
    const wanted = APPEND_ONLY.includes(table) ? ON_THE_LOG : ON_EVERY_OTHER_TABLE;
    const extra = held.filter((p) => !wanted.includes(p));
    const missing = wanted.filter((p) => !held.includes(p));
    return [
      ...(extra.length > 0 ? [`holds ${extra.join(', ')} on ${table} (through PUBLIC or a role it belongs to)`] : []),
      ...(missing.length > 0 ? [`lacks ${missing.join(', ')} on ${table}`] : []),
    ];
  });
  if (problems.length > 0) throw refusal(tables[0]!.role, problems);
}
