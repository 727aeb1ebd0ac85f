import { createHash } from 'node:crypto';
import { and, asc, eq, gt, lte, max } from 'drizzle-orm';
import { events, projectsView } from '../db/schema';
import type { Executor } from '../db/types';
import { keysToRead } from '../event-store/person-keys';
import { currentVersionOf, EVENT_TYPES } from '../event-store/schemas';
import { isSealedRow, openedData, sealersOf } from '../event-store/sealed-events';
import { LOG_FORMAT, LOG_FORMAT_VERSION, PROJECT_STREAM, type LogEventLine, type LogHeader } from './format';

const PAGE = 1_000;

/** The project an export is of, as the access check (or the CLI) found it. */
export interface ExportedProject {
  readonly id: string;
}

/**
 * The project's log as the lines of a file, header first. The log only grows, so its events up to the position that
 * was last when the export began never change: a first pass over them counts and hashes the lines, a second writes
 * them, and the header always agrees with what follows however many commands land meanwhile. Events are read a page
 * at a time by position (the `(project_id, position)` index), so memory does not grow with the history.
 */
export async function* exportProjectLog(
  db: Executor,
  project: ExportedProject,
  { onEvents, now = new Date() }: { onEvents?: (done: number, total: number) => void; now?: Date } = {},
): AsyncGenerator<string> {
  const [found] = await db
    .select({ key: projectsView.key, name: projectsView.name })
    .from(projectsView)
    .where(eq(projectsView.id, project.id));
  if (!found) throw new Error(`No project ${project.id}`);
  const [last] = await db
    .select({ position: max(events.position) })
    .from(events)
    .where(eq(events.projectId, project.id));
  const upTo = last?.position ?? 0;

  const hash = createHash('sha256');
  let total = 0;
  for await (const line of eventLines(db, project.id, upTo)) {
    hash.update(line);
    total++;
  }
  const header: LogHeader = {
    format: LOG_FORMAT,
    version: LOG_FORMAT_VERSION,
    project: { id: project.id, key: found.key, name: found.name },
    events: total,
    schemaVersions: Object.fromEntries(EVENT_TYPES.map((type) => [type, currentVersionOf(type)])),
    sha256: hash.digest('hex'),
    exportedAt: now.toISOString(),
  };
  yield `${JSON.stringify(header)}\n`;
  let done = 0;
  for await (const line of eventLines(db, project.id, upTo)) {
    yield line;
    onEvents?.(++done, total);
  }
}

async function* eventLines(db: Executor, projectId: string, upTo: number): AsyncGenerator<string> {
  const projectStream = `project-${projectId}`;
  for (let after = 0; ;) {
    const page = await db
      .select()
      .from(events)
      .where(and(eq(events.projectId, projectId), gt(events.position, after), lte(events.position, upTo)))
      .orderBy(asc(events.position))
      .limit(PAGE);
    // A comment's text is sealed in the log with its writer's key, which stays here: the file holds it opened, and
    // a forgotten person's as FORGOTTEN_TEXT (their key is gone, and so is the text).
    const keys = await keysToRead(db, sealersOf(page));
    for (const row of page) {
      const line: LogEventLine = {
        position: row.position,
        stream: row.streamId === projectStream ? PROJECT_STREAM : row.streamId,
        streamVersion: row.streamVersion,
        type: row.type,
        schemaVersion: row.schemaVersion,
        data: (isSealedRow(row) ? openedData(row, keys) : row.data) as Record<string, unknown>,
        metadata: row.metadata as LogEventLine['metadata'],
        recordedAt: row.recordedAt.toISOString(),
      };
      yield `${JSON.stringify(line)}\n`;
    }
    if (page.length < PAGE) return;
    after = page.at(-1)!.position;
  }
}
