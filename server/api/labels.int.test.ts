import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tasksView } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { callerAs, joinByInvitation, newCommand } from '../tools/testing/commands';
import { countEvents, databaseKind, openTestDatabase } from '../tools/testing/database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

let keys = 0;
const nextKey = () => `LB${(++keys).toString().padStart(3, '0')}`;

/** A project with three tasks: two labelled "bug" (one of them also "ui") and one deleted that carried "bug". */
async function labelledProject() {
  const { caller } = await callerAs(handle.db);
  const { projectId } = await caller.project.create({ ...newCommand(), name: 'Website', key: nextKey() });
  const task = async (title: string, labels: string[]) => {
    const { taskId } = await caller.task.create({ ...newCommand(), projectId, title });
    await caller.task.label({ ...newCommand(), taskId, add: labels });
    return taskId;
  };
  const one = await task('One', ['bug', 'ui']);
  const two = await task('Two', ['bug']);
  const gone = await task('Gone', ['bug']);
  await caller.task.delete({ ...newCommand(), taskId: gone });
  return { caller, projectId, one, two, gone };
}

const labelsOnTasks = async (projectId: string) =>
  Object.fromEntries(
    (
      await handle.db
        .select({ title: tasksView.title, labels: tasksView.labels })
        .from(tasksView)
        .where(eq(tasksView.projectId, projectId))
        .orderBy(asc(tasksView.number))
    ).map((t) => [t.title, t.labels]),
  );

async function refusedWritingNothing(command: () => Promise<unknown>, code: string, message: RegExp) {
  const before = await countEvents(handle.db);
  await expect(command()).rejects.toMatchObject({ code, message: expect.stringMatching(message) as unknown });
  expect(await countEvents(handle.db)).toBe(before);
}

describe(`a project's label list on ${databaseKind}`, () => {
  it('lists labels with their colours; a name tasks already carry is adopted, not copied', async () => {
    const { caller, projectId } = await labelledProject();
    expect(await caller.project.labels({ projectId })).toEqual([]);
    const { labelId } = await caller.project.createLabel({ ...newCommand(), projectId, name: 'Bug', colour: 'red' });
    await caller.project.recolourLabel({ ...newCommand(), projectId, labelId, colour: 'amber' });
    expect(await caller.project.labels({ projectId })).toEqual([{ id: labelId, name: 'bug', colour: 'amber' }]);
    expect(await labelsOnTasks(projectId)).toEqual({ One: ['bug', 'ui'], Two: ['bug'], Gone: ['bug'] });
    await refusedWritingNothing(
      () => caller.project.createLabel({ ...newCommand(), projectId, name: 'BUG', colour: 'blue' }),
      'PRECONDITION_FAILED',
      /already has a label named "bug"/,
    );
  });

  it('renames a label on every live task that carries it, in one command', async () => {
    const { caller, projectId } = await labelledProject();
    const { labelId } = await caller.project.createLabel({ ...newCommand(), projectId, name: 'bug', colour: 'red' });
    const command = { ...newCommand(), projectId, labelId, name: 'Defect' };
    const outcome = await caller.project.renameLabel(command);
    expect(outcome).toMatchObject({ changes: 3 });
    expect(await labelsOnTasks(projectId)).toEqual({ One: ['ui', 'defect'], Two: ['defect'], Gone: ['bug'] });
    expect(await caller.project.labels({ projectId })).toEqual([{ id: labelId, name: 'defect', colour: 'red' }]);
    const before = await countEvents(handle.db);
    expect(await caller.project.renameLabel(command)).toEqual(outcome);
    expect(await countEvents(handle.db)).toBe(before);
  });

  it('deletes a label from the list and from every live task, and an undo brings both back', async () => {
    const { caller, projectId } = await labelledProject();
    const { labelId } = await caller.project.createLabel({ ...newCommand(), projectId, name: 'bug', colour: 'red' });
    const command = { ...newCommand(), projectId, labelId };
    await caller.project.deleteLabel(command);
    expect(await labelsOnTasks(projectId)).toEqual({ One: ['ui'], Two: [], Gone: ['bug'] });
    expect(await caller.project.labels({ projectId })).toEqual([]);

    await caller.history.undo({ ...newCommand(), projectId, undoneCommandId: command.commandId });
    expect(await caller.project.labels({ projectId })).toEqual([{ id: labelId, name: 'bug', colour: 'red' }]);
    // The labels come back in their order.
    expect(await labelsOnTasks(projectId)).toEqual({ One: ['bug', 'ui'], Two: ['bug'], Gone: ['bug'] });
  });

  it('a past board and task show the label list of their point, with its colours then', async () => {
    const { caller, projectId, one } = await labelledProject();
    const { labelId } = await caller.project.createLabel({ ...newCommand(), projectId, name: 'bug', colour: 'red' });
    const { labelId: ui } = await caller.project.createLabel({
      ...newCommand(),
      projectId,
      name: 'ui',
      colour: 'teal',
    });
    const { asOf } = await caller.board.get({ projectId, at: { step: 1_000 } });
    await caller.project.recolourLabel({ ...newCommand(), projectId, labelId, colour: 'blue' });
    await caller.project.deleteLabel({ ...newCommand(), projectId, labelId: ui });

    const then = [
      { id: labelId, name: 'bug', colour: 'red' },
      { id: ui, name: 'ui', colour: 'teal' },
    ];
    const at = { position: asOf!.position };
    expect((await caller.board.get({ projectId, at })).labelsThen).toEqual(then);
    expect((await caller.task.get({ taskId: one, at })).labelsThen).toEqual(then);
    expect((await caller.board.get({ projectId })).labelsThen).toBeNull();
    expect(await caller.project.labels({ projectId })).toEqual([{ id: labelId, name: 'bug', colour: 'blue' }]);
  });

  it('is read by every member and changed by owners only', async () => {
    const { caller, projectId } = await labelledProject();
    const { labelId } = await caller.project.createLabel({ ...newCommand(), projectId, name: 'bug', colour: 'red' });
    const { caller: viewer, person } = await callerAs(handle.db, 'Dev');
    await joinByInvitation(handle.db, caller, projectId, person, 'viewer');
    expect(await viewer.project.labels({ projectId })).toHaveLength(1);
    await refusedWritingNothing(
      () => viewer.project.deleteLabel({ ...newCommand(), projectId, labelId }),
      'FORBIDDEN',
      /As a viewer/,
    );
    const { caller: stranger } = await callerAs(handle.db, 'Mallory');
    await expect(stranger.project.labels({ projectId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a label of another project, an id that is no label, and a colour outside the palette', async () => {
    const { caller, projectId } = await labelledProject();
    const other = await labelledProject();
    const { labelId: theirs } = await other.caller.project.createLabel({
      ...newCommand(),
      projectId: other.projectId,
      name: 'bug',
      colour: 'red',
    });
    for (const [labelId, code, message] of [
      [theirs, 'NOT_FOUND', /Label not found/],
      ['not-a-uuid', 'BAD_REQUEST', /labelId/],
    ] as const) {
      const rename = () => caller.project.renameLabel({ ...newCommand(), projectId, labelId, name: 'x' });
      await refusedWritingNothing(rename, code, message);
      const remove = () => caller.project.deleteLabel({ ...newCommand(), projectId, labelId });
      await refusedWritingNothing(remove, code, message);
    }
    await refusedWritingNothing(
      () => caller.project.createLabel({ ...newCommand(), projectId, name: 'x', colour: 'mauve' as 'red' }),
      'BAD_REQUEST',
      /colour/,
    );
  });
});
