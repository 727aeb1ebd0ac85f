import { createHash, randomUUID } from 'node:crypto';
import { isProjectEvent, isWellFormed, requireProjectKey, type DomainEvent } from '@/domain';
import { keyTaken, requireFreeKey } from '../commands/trusted-reads';
import { sqlErrorOf, UNIQUE_VIOLATION } from '../commands/database-errors';
import type { Database, Transaction } from '../db/types';
import {
  ConcurrencyError,
  pendingAppendInOrder,
  projectStreamId,
  taskStreamId,
  upcast,
  UnreadableEventError,
  writeAppend,
  type EventMetadata,
  type EventToAppend,
} from '../event-store';
import { currentVersionOf, isEventType, schemaOf } from '../event-store/schemas';
import { checkedAsText, FORGOTTEN_TEXT, isTextGone } from '../event-store/sealed-events';
import { roleOf } from '../queries/members';
import { inlineRowWrites } from '../read-models';
import { logEventLine, logHeader, PROJECT_STREAM, type LogHeader } from './format';
import { ImportIds } from './ids';
import { ImportedPositions } from './positions';
import { refuseLine } from './refusal';
import { isPersonId, referencedPositions, remapEvent } from './remap';

export interface ImportOptions {
  /** The key the project takes here; the file's when not given (refused if another project has it). */
  readonly key?: string;
  /** Who becomes the imported project's owner (the person uploading); the CLI may name no one. */
  readonly ownerId?: string;
  readonly onEvents?: (done: number, total: number) => void;
  readonly newId?: () => string;
  readonly now?: () => Date;
}

export interface ImportedProject {
  readonly projectId: string;
  readonly key: string;
  readonly name: string;
  readonly events: number;
}

/** Events of one command (one sender, one moment) go in one append, as they were recorded; at most this many. */
const MAX_GROUP = 500;

/**
 * Imports a project's log file, in ONE transaction: every line is checked (JSON, the header, each event's shape in
 * its schema version, its stream's version, no field the schema does not know) and upcast through the same steps as
 * a read, written through the event store's append with the inline read models, and the file's checksum and count
 * are compared at the end. Any refusal names its line and rolls everything back, so a bad file writes nothing.
 */
export async function importProjectLog(
  db: Database,
  lines: AsyncIterable<string>,
  options: ImportOptions = {},
): Promise<ImportedProject> {
  const { key: wanted } = options;
  const key = wanted === undefined ? undefined : requireProjectKey(wanted);
  try {
    return await db.transaction((tx) => importInTransaction(tx, lines, { ...options, key }));
  } catch (error) {
    const { code, constraint } = sqlErrorOf(error);
    if (code === UNIQUE_VIOLATION && constraint === 'projects_view_key_unique') throw keyTaken(key ?? '?');
    throw error;
  }
}

async function importInTransaction(
  tx: Transaction,
  lines: AsyncIterable<string>,
  options: ImportOptions,
): Promise<ImportedProject> {
  const now = options.now ?? (() => new Date());
  const ids = new ImportIds(options.newId ?? randomUUID);
  const positions = await ImportedPositions.open(tx);
  const hash = createHash('sha256');
  const streamVersions = new Map<string, number>();
  let header: LogHeader | undefined;
  let key = options.key;
  let lineNo = 0;
  let count = 0;
  let lastPosition = 0;
  let group: Group | undefined;

  const flush = async () => {
    if (!group) return;
    const { items, metadata, recordedAt, firstLine } = group;
    group = undefined;
    const pending = pendingAppendInOrder(items, expectedOf(items), metadata, recordedAt);
    // Each line was checked on its own; a file made by hand can still hold events no decider would have made in
    // that order (a task moved before it was created, say), which the read models or the database then refuse.
    const changes = await inlineRowWrites(tx, pending.events).catch((error: unknown) => {
      throw isRefusedData(error) || !hasCode(error) ? contradiction(firstLine) : error;
    });
    const recorded = await writeAppend(tx, pending, { changes }).catch((error: unknown) => {
      throw isRefusedData(error) ? contradiction(firstLine) : error;
    });
    for (const [i, item] of items.entries()) await positions.add(item.source, recorded[i]!.position);
  };

  for await (const text of lines) {
    lineNo++;
    if (lineNo === 1) {
      header = readHeader(text);
      key ??= headerKey(header);
      await requireFreeKey(tx, key);
      continue;
    }
    if (!header) throw refuseLine(1, 'the header is missing');
    if (text === '') throw refuseLine(lineNo, 'is empty');
    hash.update(`${text}\n`);
    count++;
    if (count > header.events) throw refuseLine(lineNo, `is one event more than the header's ${header.events}`);
    const line = readEventLine(lineNo, text);
    if (line.position <= lastPosition) throw refuseLine(lineNo, 'is not after the line before it in the log');
    lastPosition = line.position;
    const expectedVersion = (streamVersions.get(line.stream) ?? 0) + 1;
    if (line.streamVersion !== expectedVersion) {
      throw refuseLine(lineNo, `${line.stream} version ${line.streamVersion} where ${expectedVersion} comes next`);
    }
    streamVersions.set(line.stream, line.streamVersion);
    const event = readEvent(lineNo, line);
    if ((count === 1) !== (event.type === 'ProjectCreated')) {
      throw refuseLine(lineNo, "the project's ProjectCreated must be its first event, and only that");
    }
    if ((line.streamVersion === 1 && line.stream !== PROJECT_STREAM) !== (event.type === 'TaskCreated')) {
      throw refuseLine(lineNo, "a task's TaskCreated must be the first event of its stream, and only that");
    }
    if (event.type === 'TaskCreated' && line.stream !== `task-${event.data.taskId}`) {
      throw refuseLine(lineNo, `a TaskCreated of task ${event.data.taskId} on the stream ${line.stream}`);
    }
    if (isProjectEvent(event) !== (line.stream === PROJECT_STREAM)) {
      throw refuseLine(lineNo, `a ${event.type} does not belong to the stream ${line.stream}`);
    }

    const refs = referencedPositions(event);
    let moved = new Map<number, number>();
    if (refs.length > 0) {
      await flush();
      moved = await positions.lookUp(refs);
    }
    const remapped = remapEvent(
      event,
      ids,
      (source) => {
        const target = moved.get(source);
        if (target === undefined)
          throw refuseLine(lineNo, `refers to position ${source}, no earlier event of the file`);
        return target;
      },
      (field, id) => {
        if (!isPersonId(id)) throw refuseLine(lineNo, `data.${field} is not a person's id`);
        return id;
      },
      key!,
    );
    const streamId =
      line.stream === PROJECT_STREAM
        ? projectStreamId(ids.projectId)
        : taskStreamId(ids.of('task', line.stream.slice('task-'.length)));
    const metadataKey = JSON.stringify(line.metadata);
    if (
      group &&
      (group.metadataKey !== metadataKey || group.at !== line.recordedAt || group.items.length >= MAX_GROUP)
    ) {
      await flush();
    }
    group ??= {
      firstLine: lineNo,
      metadataKey,
      metadata: line.metadata,
      at: line.recordedAt,
      recordedAt: new Date(line.recordedAt),
      items: [],
    };
    group.items.push({
      streamId,
      projectId: ids.projectId,
      event: remapped,
      source: line.position,
      versionBefore: line.streamVersion - 1,
    });
    options.onEvents?.(count, header.events);
  }
  await flush();

  if (!header) throw refuseLine(1, 'the file is empty');
  if (count < header.events) {
    throw refuseLine(lineNo + 1, `the file ends after ${count} events; its header (line 1) announced ${header.events}`);
  }
  if (hash.digest('hex') !== header.sha256) {
    throw refuseLine(1, "the event lines do not match the header's checksum (the file was changed after its export)");
  }
  const projectVersion = streamVersions.get(PROJECT_STREAM) ?? 0;
  if (options.ownerId) await makeOwner(tx, ids.projectId, projectVersion, options.ownerId, now());
  return { projectId: ids.projectId, key: key!, name: header.project.name, events: count };
}

interface Group {
  readonly firstLine: number;
  readonly metadataKey: string;
  readonly metadata: EventMetadata;
  readonly at: string;
  readonly recordedAt: Date;
  readonly items: (EventToAppend & { source: number; versionBefore: number })[];
}

const contradiction = (line: number) =>
  refuseLine(
    line,
    "this command's events (from this line on) cannot follow the ones before them: no command could have recorded them there",
  );

/** A refusal of the data itself (a constraint, a value out of range, a stream moved on), not of the database. */
function isRefusedData(error: unknown) {
  if (error instanceof ConcurrencyError) return true;
  const { code, constraint } = sqlErrorOf(error);
  return /^2[23]/.test(code ?? '') && constraint !== 'projects_view_key_unique';
}

/** A database or driver error carries a code somewhere along its causes; a projection's own error does not. */
function hasCode(error: unknown): boolean {
  for (
    let current = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    current && depth < 4;
    depth++
  ) {
    if (current.code !== undefined) return true;
    current = current.cause as typeof current;
  }
  return false;
}

/** Each stream of a group was at the version before its first event in it. */
function expectedOf(items: Group['items']) {
  const expected = new Map<string, number>();
  for (const item of items) if (!expected.has(item.streamId)) expected.set(item.streamId, item.versionBefore);
  return expected;
}

function parseJson(lineNo: number, text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refuseLine(lineNo, 'is not JSON');
  }
  const broken = brokenText(value);
  if (broken !== undefined) throw refuseLine(lineNo, `${broken || 'a value'} holds a NUL or a broken character`);
  return value;
}

/** The path of the first string (or key) that PostgreSQL's text could not hold or that no person typed. */
function brokenText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') || !isWellFormed(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = brokenText(item, `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) {
      const at = path ? `${path}.${name}` : name;
      if (name.includes('\u0000') || !isWellFormed(name)) return at;
      const found = brokenText(item, at);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function readHeader(text: string): LogHeader {
  const raw = parseJson(1, text);
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== 'chronicle-project-log') {
    throw refuseLine(1, 'is not the header of a Chronicle project log (export one with "Download history")');
  }
  const parsed = logHeader.safeParse(raw);
  if (!parsed.success) throw refuseLine(1, `the header is not valid: ${describe(parsed.error.issues)}`);
  for (const [type, version] of Object.entries(parsed.data.schemaVersions)) {
    if (isEventType(type) && version > currentVersionOf(type)) {
      throw refuseLine(
        1,
        `the file was written by a newer Chronicle (${type} v${version}; this one reads up to v${currentVersionOf(type)})`,
      );
    }
  }
  return parsed.data;
}

function headerKey(header: LogHeader) {
  try {
    return requireProjectKey(header.project.key);
  } catch {
    throw refuseLine(1, `the project's key ${JSON.stringify(header.project.key)} is no key here: choose another`);
  }
}

function readEventLine(lineNo: number, text: string) {
  const parsed = logEventLine.safeParse(parseJson(lineNo, text));
  if (!parsed.success) throw refuseLine(lineNo, describe(parsed.error.issues));
  return parsed.data;
}

/** The event in its current shape, through the same upcasters as every read; a field its schema lacks is refused. */
function readEvent(lineNo: number, sent: { type: string; schemaVersion: number; data: Record<string, unknown> }) {
  // A comment forgotten where the file was made has no text left (FORGOTTEN_TEXT): it is checked as any comment,
  // and stored as one whose text is gone (server/event-store/sealed-events.ts).
  const gone = isTextGone(sent);
  const event = readCheckedEvent(lineNo, checkedAsText(sent));
  return gone ? ({ ...event, data: { ...event.data, body: FORGOTTEN_TEXT } } as DomainEvent) : event;
}

function readCheckedEvent(
  lineNo: number,
  line: { type: string; schemaVersion: number; data: Record<string, unknown> },
): DomainEvent {
  const schema = schemaOf(line.type, line.schemaVersion);
  if (!schema) {
    throw refuseLine(
      lineNo,
      isEventType(line.type) || schemaOf(line.type, 1)
        ? `${line.type} has no schema version ${line.schemaVersion} here`
        : `the event type ${line.type} is unknown here`,
    );
  }
  const checked = schema.safeParse(line.data);
  if (!checked.success)
    throw refuseLine(lineNo, `${line.type} v${line.schemaVersion}: ${describe(checked.error.issues, 'data')}`);
  const extra = extraField(line.data, checked.data, 'data');
  if (extra) throw refuseLine(lineNo, `${extra} is not a field of ${line.type} v${line.schemaVersion}`);
  try {
    return upcast(lineNo, line.type, line.schemaVersion, line.data);
  } catch (error) {
    if (error instanceof UnreadableEventError) throw refuseLine(lineNo, error.message);
    throw error;
  }
}

/** The first field of what was sent that the schema's output dropped (zod objects strip what they do not know). */
function extraField(sent: unknown, kept: unknown, path: string): string | undefined {
  if (Array.isArray(sent) && Array.isArray(kept)) {
    for (const [i, item] of sent.entries()) {
      const found = extraField(item, kept[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (sent !== null && typeof sent === 'object' && kept !== null && typeof kept === 'object') {
    for (const [name, value] of Object.entries(sent)) {
      if (!(name in kept)) return `${path}.${name}`;
      const found = extraField(value, (kept as Record<string, unknown>)[name], `${path}.${name}`);
      if (found) return found;
    }
  }
  return undefined;
}

function describe(issues: readonly { path: PropertyKey[]; message: string }[], prefix?: string) {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** The person who imports becomes its owner: added, or their role changed, as an event of its own at the end. */
async function makeOwner(tx: Transaction, projectId: string, projectVersion: number, ownerId: string, at: Date) {
  const role = await roleOf(tx, projectId, ownerId);
  if (role === 'owner') return;
  const event: DomainEvent =
    role === undefined
      ? { type: 'MemberAdded', data: { userId: ownerId, role: 'owner' } }
      : { type: 'MemberRoleChanged', data: { userId: ownerId, role: 'owner' } };
  const commandId = randomUUID();
  const pending = pendingAppendInOrder(
    [{ streamId: projectStreamId(projectId), projectId, event }],
    new Map([[projectStreamId(projectId), projectVersion]]),
    { actorId: ownerId, commandId, correlationId: commandId, causationId: commandId },
    at,
  );
  await writeAppend(tx, pending, { changes: await inlineRowWrites(tx, pending.events) });
}
