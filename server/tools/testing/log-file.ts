import postgres from 'postgres';
import { openDatabase } from '../../db/open';
import type { Database, DatabaseHandle } from '../../db/types';
import { exportProjectLog } from '../../log-file/export';
import { linesOf } from '../../log-file/lines';
import type { createCaller } from '../../api/root';
import { newCommand, uniqueKey } from './commands';
import { openFreshPostgres } from './fresh-postgres';
import { migratedPgliteTemplate } from './pglite-template';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The other kind of database than the suite's: a PGlite when the suite runs on PostgreSQL; on PGlite, a fresh
 * database on the local PostgreSQL server when one answers, and a second PGlite otherwise.
 */
export async function openOtherDatabase(): Promise<DatabaseHandle> {
  if (!process.env.DATABASE_URL && (await localPostgresAnswers())) {
    return openFreshPostgres(LOCAL_SERVER, 'chronicle_export', 5);
  }
  return openDatabase({ kind: 'pglite', startFrom: await migratedPgliteTemplate() });
}

/** Whether a PostgreSQL server answers at 127.0.0.1:5432. */
export async function localPostgresAnswers() {
  const sql = postgres(LOCAL_SERVER, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** A project's exported file, whole, as text. */
export async function exportedText(db: Database, projectId: string) {
  let text = '';
  for await (const line of exportProjectLog(db, { id: projectId })) text += line;
  return text;
}

/** The lines of a text, split as the import splits a file. */
export const linesOfText = (text: string) => linesOf([text]);

/** A small project through the procedures, as its owner would make it: tasks, a move, a rename, a comment. */
export async function smallProject(owner: ReturnType<typeof createCaller>, key = uniqueKey('S')) {
  const { projectId } = await owner.project.create({ ...newCommand(), name: 'Small', key });
  const { statuses } = await owner.project.get({ projectId });
  for (const title of ['First', 'Second', 'Third']) {
    const { taskId } = await owner.task.create({ ...newCommand(), projectId, title });
    await owner.task.move({ ...newCommand(), taskId, toStatusId: statuses[1]!.id, index: 0 });
    await owner.task.rename({ ...newCommand(), taskId, title: `${title} task` });
    await owner.task.comment({ ...newCommand(), taskId, body: `About ${title}` });
  }
  return { projectId, key };
}
