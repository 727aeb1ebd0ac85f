import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@/domain';
import { projectsView } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { callerAs, uniqueKey } from '../tools/testing/commands';
import { countEvents, databaseKind, openTestDatabase } from '../tools/testing/database';
import { exportedText, linesOfText, smallProject } from '../tools/testing/log-file';
import { importProjectLog } from './import';
import { linesOf } from './lines';

let handle: DatabaseHandle;
let lines: string[];
let ownerId: string;
beforeAll(async () => {
  handle = await openTestDatabase();
  const { caller, person } = await callerAs(handle.db, 'Olga');
  ownerId = person.id;
  const { projectId } = await smallProject(caller);
  lines = (await exportedText(handle.db, projectId)).trimEnd().split('\n');
});
afterAll(() => handle.close());

const json = (line: string) => JSON.parse(line) as Record<string, unknown> & { data: Record<string, unknown> };
/** The exported file with line `n` (1-based) replaced. */
const withLine = (n: number, change: (line: Record<string, unknown> & { data: Record<string, unknown> }) => unknown) =>
  lines.map((line, i) => (i === n - 1 ? JSON.stringify(change(json(line))) : line)).join('\n') + '\n';
const lineOfType = (type: string) => lines.findIndex((line) => json(line).type === type) + 1;

const written = async () => ({
  events: await countEvents(handle.db),
  projects: (await handle.db.select({ n: count() }).from(projectsView))[0]!.n,
});

async function refusal(text: string) {
  const before = await written();
  const error = await importProjectLog(handle.db, linesOfText(text), { key: uniqueKey('R'), ownerId }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(await written(), 'a refused file writes nothing').toEqual(before);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).message;
}

describe(`importing a file it cannot read, on ${databaseKind}`, () => {
  it('takes the file as exported (so that each refusal below is its one change)', async () => {
    const before = await countEvents(handle.db);
    const imported = await importProjectLog(handle.db, linesOfText(`${lines.join('\n')}\n`), {
      key: uniqueKey('R'),
      ownerId,
    });
    expect(imported.events).toBe(lines.length - 1);
    // Every event, and the importer made owner: they were a member of the source already, as its owner.
    expect(await countEvents(handle.db)).toBe(before + lines.length - 1);
  });

  it('refuses a line changed after the export: the checksum in the header no longer matches', async () => {
    const renamed = lineOfType('TaskRenamed');
    const text = withLine(renamed, (line) => ({ ...line, data: { title: 'Changed by hand' } }));
    expect(await refusal(text)).toMatch(/^Line 1: the event lines do not match the header's checksum/);
  });

  it('refuses a truncated file: missing lines, and a line cut short', async () => {
    const short = `${lines.slice(0, -2).join('\n')}\n`;
    expect(await refusal(short)).toBe(
      `Line ${lines.length - 1}: the file ends after ${lines.length - 3} events; its header (line 1) announced ${lines.length - 1}`,
    );
    const cut = `${lines.slice(0, -1).join('\n')}\n${lines.at(-1)!.slice(0, 40)}`;
    expect(await refusal(cut)).toBe(`Line ${lines.length}: is not JSON`);
  });

  it('refuses a bad header', async () => {
    expect(await refusal(withLine(1, (h) => ({ ...h, format: 'something-else' })))).toMatch(
      /^Line 1: is not the header of a Chronicle project log/,
    );
    expect(await refusal(withLine(1, (h) => ({ ...h, events: -1 })))).toMatch(
      /^Line 1: the header is not valid: events/,
    );
    expect(await refusal(withLine(1, (h) => ({ ...h, extra: true })))).toMatch(/^Line 1: the header is not valid/);
    expect(await refusal(withLine(1, (h) => ({ ...h, schemaVersions: { TaskMoved: 9 } })))).toMatch(
      /^Line 1: the file was written by a newer Chronicle \(TaskMoved v9/,
    );
    expect(await refusal(`not json\n${lines.slice(1).join('\n')}\n`)).toBe('Line 1: is not JSON');
    expect(await refusal('')).toBe('Line 1: the file is empty');
    const badKey = withLine(1, (h) => ({ ...h, project: { ...(h.project as object), key: '1-no' } }));
    const before = await written();
    await expect(importProjectLog(handle.db, linesOfText(badKey))).rejects.toThrow(
      'Line 1: the project\'s key "1-no" is no key here: choose another',
    );
    expect(await written()).toEqual(before);
  });

  it('refuses an event type it does not know', async () => {
    const n = lineOfType('TaskRenamed');
    expect(await refusal(withLine(n, (line) => ({ ...line, type: 'TaskTeleported' })))).toBe(
      `Line ${n}: the event type TaskTeleported is unknown here`,
    );
    expect(await refusal(withLine(n, (line) => ({ ...line, schemaVersion: 7 })))).toBe(
      `Line ${n}: TaskRenamed has no schema version 7 here`,
    );
  });

  it('refuses an event whose data fails its schema', async () => {
    const n = lineOfType('TaskRenamed');
    expect(await refusal(withLine(n, (line) => ({ ...line, data: { title: '' } })))).toMatch(
      new RegExp(`^Line ${n}: TaskRenamed v1: data.title: `),
    );
    const moved = lineOfType('TaskMoved');
    expect(await refusal(withLine(moved, (line) => ({ ...line, data: { ...line.data, rank: 42 } })))).toMatch(
      new RegExp(`^Line ${moved}: TaskMoved v1: data.rank: `),
    );
    const commented = lineOfType('CommentAdded');
    expect(
      await refusal(withLine(commented, (line) => ({ ...line, data: { ...line.data, authorId: 'not-a-person' } }))),
    ).toBe(`Line ${commented}: data.authorId is not a person's id`);
    expect(await refusal(withLine(commented, (line) => ({ ...line, data: { ...line.data, body: 'a\u0000b' } })))).toBe(
      `Line ${commented}: data.body holds a NUL or a broken character`,
    );
  });

  it('refuses fields that the format or the schema does not have', async () => {
    const n = lineOfType('TaskRenamed');
    expect(await refusal(withLine(n, (line) => ({ ...line, data: { ...line.data, evil: 1 } })))).toBe(
      `Line ${n}: data.evil is not a field of TaskRenamed v1`,
    );
    expect(await refusal(withLine(n, (line) => ({ ...line, projectId: 'another' })))).toMatch(
      new RegExp(`^Line ${n}: Unrecognized key: "projectId"`),
    );
    expect(
      await refusal(withLine(n, (line) => ({ ...line, metadata: { ...(line.metadata as object), x: 1 } }))),
    ).toMatch(new RegExp(`^Line ${n}: metadata: Unrecognized key`));
  });

  it('refuses a stream version out of order, an event on the wrong stream, and a file that does not start the project', async () => {
    const n = lineOfType('TaskRenamed');
    const { streamVersion, stream } = json(lines[n - 1]!) as unknown as { streamVersion: number; stream: string };
    expect(await refusal(withLine(n, (line) => ({ ...line, streamVersion: streamVersion + 5 })))).toBe(
      `Line ${n}: ${stream} version ${streamVersion + 5} where ${streamVersion} comes next`,
    );
    const reserved = lineOfType('TaskNumberReserved');
    const taskStream = (json(lines[lineOfType('TaskCreated') - 1]!) as unknown as { stream: string }).stream;
    expect(await refusal(withLine(reserved, (line) => ({ ...line, stream: taskStream, streamVersion: 1 })))).toMatch(
      new RegExp(`^Line ${reserved}: `),
    );
    expect(await refusal([lines[0], ...lines.slice(2)].join('\n') + '\n')).toMatch(/^Line 2: /);
  });

  it('refuses events no command could have recorded in that order, naming the line', async () => {
    // A second project's creation, a task's events before its creation, and a second task with the first one's number.
    const created = lineOfType('ProjectCreated');
    expect(await refusal([...lines, lines[created - 1]!].join('\n') + '\n')).toMatch(/^Line \d+: /);
    const renamed = lineOfType('TaskRenamed');
    expect(await refusal(withLine(renamed, (line) => ({ ...line, streamVersion: 1 })))).toMatch(
      new RegExp(`^Line ${renamed}: `),
    );
    const tasks = lines
      .map((line, i) => ({ line: json(line), n: i + 1 }))
      .filter(({ line }) => line.type === 'TaskCreated');
    const firstNumber = tasks[0]!.line.data.number;
    const second = tasks[1]!.n;
    // A command's events are written together: the refusal names its first line, the number's reservation.
    expect(await refusal(withLine(second, (line) => ({ ...line, data: { ...line.data, number: firstNumber } })))).toBe(
      `Line ${second - 1}: this command's events (from this line on) cannot follow the ones before them: no command could have recorded them there`,
    );
  });

  it('refuses a line longer than any event, and bytes that are not UTF-8, as it reads them', async () => {
    const huge = function* () {
      yield `${lines[0]}\n`;
      for (let i = 0; i < 5; i++) yield 'x'.repeat(1024 * 1024);
    };
    const before = await written();
    await expect(importProjectLog(handle.db, linesOf(huge()), { key: uniqueKey('R') })).rejects.toThrow(
      /^Line 2: is longer than/,
    );
    const notUtf8 = function* () {
      yield new TextEncoder().encode(`${lines[0]}\n`);
      yield new Uint8Array([0xff, 0xfe, 0x0a]);
    };
    await expect(importProjectLog(handle.db, linesOf(notUtf8()), { key: uniqueKey('R') })).rejects.toThrow(
      /^Line 2: is not UTF-8 text/,
    );
    expect(await written()).toEqual(before);
  });

  it('refuses a key another project has, naming it, and a key that is no key', async () => {
    const file = `${lines.join('\n')}\n`;
    const taken = (json(lines[0]!) as unknown as { project: { key: string } }).project.key;
    const before = await written();
    await expect(importProjectLog(handle.db, linesOfText(file), { ownerId })).rejects.toThrow(
      `The key ${taken} is already used by another project`,
    );
    await expect(importProjectLog(handle.db, linesOfText(file), { key: 'no key!' })).rejects.toThrow(/Key must be/);
    expect(await written()).toEqual(before);
  });
});
