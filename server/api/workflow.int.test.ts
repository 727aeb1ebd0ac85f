import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, insightsStatuses, insightsTasks, tasksView } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { asyncProjection } from '../read-models/async';
import { insights } from '../read-models/insights';
import { asyncReadModels } from '../read-models/registry';
import { catchUp } from '../read-models/runner';
import { callerAs, joinByInvitation, newCommand } from '../tools/testing/commands';
import { countEvents, databaseKind, openTestDatabase } from '../tools/testing/database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

let keys = 0;
const nextKey = () => `WF${(++keys).toString().padStart(3, '0')}`;

type Status = { id: string; name: string; category: string };

/** A project of four statuses (Backlog, Todo, In progress, Done) with `n` tasks in In progress and one in Done. */
async function projectWithTasks(n: number) {
  const { caller } = await callerAs(handle.db);
  const { projectId } = await caller.project.create({ ...newCommand(), name: 'Website', key: nextKey() });
  const statuses = (await caller.project.get({ projectId })).statuses;
  const [backlog, todo, doing, done] = statuses as [Status, Status, Status, Status];
  const create = (title: string, statusId: string) =>
    caller.task.create({ ...newCommand(), projectId, title, statusId });
  const moving = [];
  for (let i = 0; i < n; i++) moving.push((await create(`Doing ${i}`, doing.id)).taskId);
  const already = (await create('Shipped', done.id)).taskId;
  return { caller, projectId, backlog, todo, doing, done, moving, already };
}

const column = async (projectId: string, statusId: string) =>
  (
    await handle.db
      .select({ id: tasksView.id })
      .from(tasksView)
      .where(sql`${tasksView.projectId} = ${projectId} and ${tasksView.statusId} = ${statusId}`)
      .orderBy(asc(sql`${tasksView.rank} collate "C"`), asc(tasksView.number))
  ).map((t) => t.id);

async function refusedWritingNothing(command: () => Promise<unknown>, code: string, message: RegExp) {
  const before = await countEvents(handle.db);
  await expect(command()).rejects.toMatchObject({ code, message: expect.stringMatching(message) as unknown });
  expect(await countEvents(handle.db)).toBe(before);
}

describe(`removing a status with its tasks on ${databaseKind}`, () => {
  it('moves its tasks to the end of the status named, in their order, and removes it, as one command', async () => {
    const { caller, projectId, doing, done, moving, already } = await projectWithTasks(3);
    const command = { ...newCommand(), projectId, statusId: doing.id, moveTasksTo: done.id };
    const outcome = await caller.project.removeStatus(command);

    expect((await caller.project.get({ projectId })).statuses.map((s) => s.name)).toEqual(['Backlog', 'Todo', 'Done']);
    expect(await column(projectId, done.id)).toEqual([already, ...moving]);
    const written = await handle.db
      .select({ type: events.type, position: events.position })
      .from(events)
      .where(sql`${events.metadata}->>'commandId' = ${command.commandId}`)
      .orderBy(asc(events.position));
    expect(written.map((e) => e.type)).toEqual(['TaskMoved', 'TaskMoved', 'TaskMoved', 'StatusRemoved']);
    expect(outcome.position).toBe(written.at(-1)!.position);

    // Sent again, the same command answers as before and writes nothing.
    const before = await countEvents(handle.db);
    expect(await caller.project.removeStatus(command)).toEqual(outcome);
    expect(await countEvents(handle.db)).toBe(before);
  });

  it('removes an empty status when a target is named, moving nothing', async () => {
    const { caller, projectId, backlog, done } = await projectWithTasks(1);
    await caller.project.removeStatus({ ...newCommand(), projectId, statusId: backlog.id, moveTasksTo: done.id });
    expect((await caller.project.get({ projectId })).statuses.map((s) => s.name)).toEqual([
      'Todo',
      'In progress',
      'Done',
    ]);
  });

  it('is still refused without a target while the status holds tasks', async () => {
    const { caller, projectId, doing } = await projectWithTasks(2);
    await refusedWritingNothing(
      () => caller.project.removeStatus({ ...newCommand(), projectId, statusId: doing.id }),
      'PRECONDITION_FAILED',
      /"In progress" can only be removed when empty: 2 tasks are still in it/,
    );
  });

  it('refuses the status itself, or one the workflow lacks, as the target, writing nothing', async () => {
    const { caller, projectId, doing } = await projectWithTasks(2);
    await refusedWritingNothing(
      () => caller.project.removeStatus({ ...newCommand(), projectId, statusId: doing.id, moveTasksTo: doing.id }),
      'BAD_REQUEST',
      /another status/,
    );
    await refusedWritingNothing(
      () => caller.project.removeStatus({ ...newCommand(), projectId, statusId: doing.id, moveTasksTo: randomUUID() }),
      'PRECONDITION_FAILED',
      /not part of the .* workflow/,
    );
    const { projectId: otherProject } = await caller.project.create({ ...newCommand(), name: 'Other', key: nextKey() });
    const foreign = (await caller.project.get({ projectId: otherProject })).statuses[0]!.id;
    await refusedWritingNothing(
      () => caller.project.removeStatus({ ...newCommand(), projectId, statusId: doing.id, moveTasksTo: foreign }),
      'PRECONDITION_FAILED',
      /not part of the .* workflow/,
    );
  });

  it('is refused to a member who is not an owner, and to someone outside the project', async () => {
    const { caller, projectId, doing, done } = await projectWithTasks(1);
    const { caller: member, person } = await callerAs(handle.db, 'Ben');
    await joinByInvitation(handle.db, caller, projectId, person, 'member');
    const { caller: stranger } = await callerAs(handle.db, 'Mallory');
    const removal = () => ({ ...newCommand(), projectId, statusId: doing.id, moveTasksTo: done.id });
    await refusedWritingNothing(
      () => member.project.removeStatus(removal()),
      'FORBIDDEN',
      /As a member of this project/,
    );
    await refusedWritingNothing(() => stranger.project.removeStatus(removal()), 'NOT_FOUND', /not found/i);
  });

  it('can be undone: the status comes back with its tasks in their places', async () => {
    const { caller, projectId, doing, done, moving, already } = await projectWithTasks(2);
    const command = { ...newCommand(), projectId, statusId: doing.id, moveTasksTo: done.id };
    await caller.project.removeStatus(command);
    await caller.history.undo({ ...newCommand(), projectId, undoneCommandId: command.commandId });
    expect((await caller.project.get({ projectId })).statuses.map((s) => s.id)).toContain(doing.id);
    expect(await column(projectId, doing.id)).toEqual(moving);
    expect(await column(projectId, done.id)).toEqual([already]);
  });

  it('leaves no task in a removed status while tasks move into it meanwhile', async () => {
    for (let round = 0; round < 4; round++) {
      const { caller, projectId, todo, doing, done } = await projectWithTasks(2);
      const newcomers = await Promise.all(
        [0, 1, 2].map((i) => caller.task.create({ ...newCommand(), projectId, title: `T${i}`, statusId: todo.id })),
      );
      await Promise.allSettled([
        ...newcomers.map((t) => caller.task.move({ ...newCommand(), taskId: t.taskId, toStatusId: doing.id })),
        caller.project.removeStatus({ ...newCommand(), projectId, statusId: doing.id, moveTasksTo: done.id }),
      ]);
      const workflow = (await caller.project.get({ projectId })).statuses.map((s) => s.id);
      const placed = await handle.db.select().from(tasksView).where(eq(tasksView.projectId, projectId));
      for (const task of placed) expect(workflow).toContain(task.statusId);
    }
  });
});

describe(`a status's category on ${databaseKind}`, () => {
  const insightsProjection = asyncProjection(asyncReadModels.find((m) => m.name === insights.name)!);

  it('changes on the board, and Insights counts its tasks by it from then on', async () => {
    const { caller, projectId, doing, moving } = await projectWithTasks(2);
    await catchUp(handle.db, insightsProjection);
    const completedAt = async () =>
      (
        await handle.db
          .select({ id: insightsTasks.taskId, at: insightsTasks.completedAt })
          .from(insightsTasks)
          .where(eq(insightsTasks.projectId, projectId))
      )
        .filter((t) => moving.includes(t.id))
        .map((t) => t.at);
    expect(await completedAt()).toEqual([null, null]);

    await caller.project.changeStatusCategory({
      ...newCommand(),
      projectId,
      statusId: doing.id,
      category: 'completed',
    });
    expect((await caller.project.get({ projectId })).statuses.find((s) => s.id === doing.id)?.category).toBe(
      'completed',
    );
    await catchUp(handle.db, insightsProjection);
    const [status] = await handle.db
      .select({ category: insightsStatuses.category })
      .from(insightsStatuses)
      .where(sql`${insightsStatuses.projectId} = ${projectId} and ${insightsStatuses.statusId} = ${doing.id}`);
    expect(status?.category).toBe('completed');
    expect(await completedAt()).toEqual([expect.any(Date), expect.any(Date)]);

    await caller.project.changeStatusCategory({ ...newCommand(), projectId, statusId: doing.id, category: 'started' });
    await catchUp(handle.db, insightsProjection);
    expect(await completedAt()).toEqual([null, null]);
  });

  it('writes nothing when unchanged, and refuses a category the tracker does not know', async () => {
    const { caller, projectId, doing } = await projectWithTasks(0);
    const before = await countEvents(handle.db);
    await caller.project.changeStatusCategory({ ...newCommand(), projectId, statusId: doing.id, category: 'started' });
    expect(await countEvents(handle.db)).toBe(before);
    await refusedWritingNothing(
      () =>
        caller.project.changeStatusCategory({
          ...newCommand(),
          projectId,
          statusId: doing.id,
          category: 'someday' as 'started',
        }),
      'BAD_REQUEST',
      /category/,
    );
  });
});
