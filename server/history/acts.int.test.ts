import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, processedCommands } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { readAll } from '../event-store';
import { createCaller } from '../api/root';
import { insertUser } from '../queries/users';
import { positionsOf } from '../replay/project-positions';
import { seedDemo } from '../tools/seed/demo';
import { callerAsDemoOwner, contextAs, joinByInvitation, newCommand, uniqueKey } from '../tools/testing/commands';
import { countEvents, databaseKind, openTestDatabase } from '../tools/testing/database';
import { createRandom } from '../tools/seed/random';
import { rebuildReadModels } from '../read-models/rebuild';
import { liveReadModel } from '../tools/testing/read-model';

let handle: DatabaseHandle;
let demo: { ownerId: string; projectId: string };
beforeAll(async () => {
  handle = await openTestDatabase();
  demo = await seedDemo(handle.db, { endAt: new Date('2026-11-01T12:00:00Z') });
}, 120_000);
afterAll(() => handle.close());

type Caller = ReturnType<typeof createCaller>;
type BoardAnswer = Awaited<ReturnType<Caller['board']['get']>>;

/**
 * What a person sees of a board: its workflow, and each column's tasks in order with their fields. A task assigned
 * then to someone who has left since, or is a viewer now, is unassigned by a restore (work goes to those who can do
 * it): compared so.
 */
function seen(board: BoardAnswer, members?: ReadonlySet<string>) {
  return {
    name: board.project.name,
    columns: board.columns.map(({ status, tasks }) => ({
      status,
      tasks: tasks.map((t) => ({
        number: t.number,
        title: t.title,
        description: t.description,
        priority: t.priority,
        assigneeId: members && t.assigneeId && !members.has(t.assigneeId) ? null : t.assigneeId,
        dueOn: t.dueOn,
        labels: t.labels,
        rank: t.rank,
      })),
    })),
  };
}

const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
const logOf = async () => (await readAll(handle.db, { limit: 1_000_000 })).map((e) => [e.position, e.type, e.data]);

describe(`restoring the board to a point on ${databaseKind}`, () => {
  it('for many random points of the demo history, the live board then equals the board replayed there', async () => {
    const ana = callerAsDemoOwner(handle.db, demo);
    const positions = await positionsOf(handle.db, demo.projectId);
    const random = createRandom(7);
    for (let round = 0; round < 8; round++) {
      const position = random.pick(positions);
      const past = await ana.board.get({ projectId: demo.projectId, at: { position } });
      const before = await logOf();
      const preview = await ana.history.restorePreview({ projectId: demo.projectId, at: { position } });
      expect(preview.refusal).toBeNull();
      const restored = await ana.history.restore({ ...newCommand(), projectId: demo.projectId, at: { position } });
      const live = await ana.board.get({ projectId: demo.projectId });
      const members = new Set(
        (await ana.project.members({ projectId: demo.projectId }))
          .filter((m) => m.active && m.role !== 'viewer')
          .map((m) => m.userId),
      );
      expect(seen(live), `restored to ${position}`).toEqual(seen(past, members));
      // The log only grew: everything before is still there, unchanged, and the restore is one command on top.
      const after = await logOf();
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.length - before.length).toBe(restored.changes);
      expect(preview.changes.length + (restored.changes > 0 ? 1 : 0)).toBe(restored.changes);
    }
  });

  it('records every change of a restore under one command, the last one saying what it did', async () => {
    const ana = callerAsDemoOwner(handle.db, demo);
    const [first] = await positionsOf(handle.db, demo.projectId);
    const position = first! + 20;
    const command = newCommand();
    const restored = await ana.history.restore({ ...command, projectId: demo.projectId, at: { step: 20 } });
    expect(restored.changes).toBeGreaterThan(1);
    const written = (await readAll(handle.db, { after: restored.position! - restored.changes, limit: 10_000 })).filter(
      (e) => e.position <= restored.position!,
    );
    expect(new Set(written.map((e) => e.metadata.commandId))).toEqual(new Set([command.commandId]));
    expect(written.at(-1)).toMatchObject({ type: 'BoardRestored', data: { changes: restored.changes - 1 } });
    const [entry] = await ana.history
      .command({ projectId: demo.projectId, commandId: command.commandId })
      .then((e) => e.filter((x) => x.type === 'BoardRestored'));
    expect(entry?.details).toMatchObject({ changes: restored.changes - 1 });
    expect(position).toBeGreaterThan(0);
  });

  it('is refused whole, with the reason, on an archived project; nothing is written', async () => {
    const ana = callerAsDemoOwner(handle.db, demo);
    await ana.project.archive({ ...newCommand(), projectId: demo.projectId });
    const count = await countEvents(handle.db);
    const preview = await ana.history.restorePreview({ projectId: demo.projectId, at: { step: 30 } });
    expect(preview.refusal).toMatch(/archived; restore it first/);
    await expect(
      ana.history.restore({ ...newCommand(), projectId: demo.projectId, at: { step: 30 } }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: matching(/archived/) });
    expect(await countEvents(handle.db)).toBe(count);
    await ana.project.restore({ ...newCommand(), projectId: demo.projectId });
  });
});

describe(`undo on ${databaseKind}`, () => {
  async function project() {
    const [owner, member, stranger] = await Promise.all(['Olga', 'Max', 'Sam'].map((n) => insertUser(handle.db, n)));
    const as = (user: typeof owner) => createCaller(contextAs(handle.db, user!));
    const { projectId } = await as(owner).project.create({ ...newCommand(), name: 'Undo', key: uniqueKey('U') });
    await joinByInvitation(handle.db, as(owner), projectId, member!, 'member');
    const { statuses } = await as(owner).project.get({ projectId });
    const { taskId } = await as(member).task.create({ ...newCommand(), projectId, title: 'Card' });
    return { projectId, taskId, statuses, owner: as(owner), member: as(member), stranger: as(stranger) };
  }
  const taskOf = async (caller: Caller, taskId: string) => (await caller.task.get({ taskId })).task;

  it('moves a card back to its old place, caused by the command undone, and a second undo is a redo', async () => {
    const { projectId, taskId, statuses, member } = await project();
    const before = await taskOf(member, taskId);
    const move = newCommand();
    await member.task.move({ ...move, taskId, toStatusId: statuses[3]!.id });
    const undo = newCommand();
    await member.history.undo({ ...undo, projectId, undoneCommandId: move.commandId });
    const back = await taskOf(member, taskId);
    expect({ statusId: back.statusId, rank: back.rank }).toEqual({ statusId: before.statusId, rank: before.rank });
    const undoEvents = await handle.db.select().from(events).where(eq(events.projectId, projectId));
    const caused = undoEvents.filter((e) => (e.metadata as { commandId: string }).commandId === undo.commandId);
    expect(caused.map((e) => e.type)).toEqual(['TaskMoved', 'ChangeUndone']);
    expect(caused.every((e) => (e.metadata as { causationId: string }).causationId === move.commandId)).toBe(true);
    const [entry] = (await member.history.command({ projectId, commandId: undo.commandId })).filter(
      (e) => e.type === 'ChangeUndone',
    );
    expect(entry).toMatchObject({ details: { redo: false, undone: { type: 'TaskMoved' } } });
    // The inspector opens an undo's events like any other's, with the command as it was kept.
    const inspected = await member.history.event({ projectId, position: caused[0]!.position });
    expect(inspected.command).toMatchObject({ type: 'Undo', payload: { undoneCommandId: move.commandId } });

    await member.history.undo({ ...newCommand(), projectId, undoneCommandId: undo.commandId });
    expect((await taskOf(member, taskId)).statusId).toBe(statuses[3]!.id);
  });

  it('is refused with what changed when someone moved the card on since; nothing is written', async () => {
    const { projectId, taskId, statuses, member, owner } = await project();
    const move = newCommand();
    await member.task.move({ ...move, taskId, toStatusId: statuses[2]!.id });
    await owner.task.move({ ...newCommand(), taskId, toStatusId: statuses[3]!.id });
    const count = await countEvents(handle.db);
    await expect(
      member.history.undo({ ...newCommand(), projectId, undoneCommandId: move.commandId }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: matching(/^Cannot undo: .* was moved \(it is in Done now\) since$/),
    });
    expect(await countEvents(handle.db)).toBe(count);
  });

  it('only its sender or an owner may undo a change; a stranger learns nothing', async () => {
    const { projectId, taskId, member, owner, stranger } = await project();
    const rename = newCommand();
    await owner.task.rename({ ...rename, taskId, title: 'By the owner' });
    await expect(
      member.history.undo({ ...newCommand(), projectId, undoneCommandId: rename.commandId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      stranger.history.undo({ ...newCommand(), projectId, undoneCommandId: rename.commandId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const memberRename = newCommand();
    await member.task.rename({ ...memberRename, taskId, title: 'By the member' });
    await owner.history.undo({ ...newCommand(), projectId, undoneCommandId: memberRename.commandId });
    expect((await taskOf(owner, taskId)).title).toBe('By the owner');
  });

  it('a command id of another project is not found there', async () => {
    const one = await project();
    const other = await project();
    const rename = newCommand();
    await other.member.task.rename({ ...rename, taskId: other.taskId, title: 'Elsewhere' });
    await expect(
      one.owner.history.undo({ ...newCommand(), projectId: one.projectId, undoneCommandId: rename.commandId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('the same undo sent twice is applied once', async () => {
    const { projectId, taskId, member } = await project();
    const rename = newCommand();
    await member.task.rename({ ...rename, taskId, title: 'Once' });
    const undo = { ...newCommand(), projectId, undoneCommandId: rename.commandId };
    const first = await member.history.undo(undo);
    const count = await countEvents(handle.db);
    expect(await member.history.undo(undo)).toEqual(first);
    expect(await countEvents(handle.db)).toBe(count);
    const [row] = await handle.db
      .select()
      .from(processedCommands)
      .where(eq(processedCommands.commandId, undo.commandId));
    expect(row?.procedure).toBe('history.undo');
  });

  it('Ctrl+Z walks back through the person’s own changes, newest first, skipping undone ones', async () => {
    const { projectId, taskId, member } = await project();
    const first = newCommand();
    await member.task.rename({ ...first, taskId, title: 'One' });
    const second = newCommand();
    await member.task.prioritize({ ...second, taskId, priority: 'high' });
    expect((await member.history.lastUndoable({ projectId }))?.commandId).toBe(second.commandId);
    await member.history.undo({ ...newCommand(), projectId, undoneCommandId: second.commandId });
    expect((await member.history.lastUndoable({ projectId }))?.commandId).toBe(first.commandId);
    await member.history.undo({ ...newCommand(), projectId, undoneCommandId: first.commandId });
    const task = await taskOf(member, taskId);
    expect({ title: task.title, priority: task.priority }).toEqual({ title: 'Card', priority: 'none' });
  });
});

describe(`forking a project on ${databaseKind}`, () => {
  it('at random points, the fork’s board equals the source replayed there; then the two are independent', async () => {
    const ana = callerAsDemoOwner(handle.db, demo);
    const positions = await positionsOf(handle.db, demo.projectId);
    const random = createRandom(11);
    for (let round = 0; round < 4; round++) {
      const position = random.pick(positions);
      const past = await ana.board.get({ projectId: demo.projectId, at: { position } });
      const key = uniqueKey('F');
      const fork = await ana.project.fork({
        ...newCommand(),
        projectId: demo.projectId,
        at: { position },
        name: 'Fork',
        key,
      });
      const board = await ana.board.get({ projectId: fork.projectId });
      const withoutIds = (b: BoardAnswer) => {
        const s = seen(b);
        return {
          columns: s.columns.map((c) => ({
            status: { name: c.status.name, category: c.status.category },
            // Only the person forking is a member there: nobody else stays assigned.
            tasks: c.tasks.map((t) => ({ ...t, assigneeId: t.assigneeId === demo.ownerId ? t.assigneeId : null })),
          })),
        };
      };
      expect(withoutIds(board)).toEqual(withoutIds(past));
      const [firstEvent] = await handle.db
        .select()
        .from(events)
        .where(eq(events.projectId, fork.projectId))
        .orderBy(events.position)
        .limit(1);
      expect(firstEvent).toMatchObject({ type: 'ProjectForked', data: { sourceProjectId: demo.projectId, position } });
      const members = await ana.project.members({ projectId: fork.projectId });
      expect(members.filter((m) => m.active).map((m) => m.userId)).toEqual([demo.ownerId]);
    }
  });

  it('a reader may fork, a stranger may not; a taken key is refused and writes nothing', async () => {
    const [stranger] = [await insertUser(handle.db, 'Sam')];
    const as = createCaller(contextAs(handle.db, stranger));
    await expect(
      as.project.fork({
        ...newCommand(),
        projectId: demo.projectId,
        at: { step: 5 },
        name: 'Mine',
        key: uniqueKey('S'),
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const ana = callerAsDemoOwner(handle.db, demo);
    const count = await countEvents(handle.db);
    const { key } = await ana.project.get({ projectId: demo.projectId });
    await expect(
      ana.project.fork({ ...newCommand(), projectId: demo.projectId, at: { step: 5 }, name: 'Same key', key }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: matching(/already used/) });
    expect(await countEvents(handle.db)).toBe(count);
  });

  it('a fork has the labels of the source then, with their colours', async () => {
    const ana = callerAsDemoOwner(handle.db, demo);
    await ana.project.createLabel({
      ...newCommand(),
      projectId: demo.projectId,
      name: 'Forked label',
      colour: 'violet',
    });
    const [latest] = (await positionsOf(handle.db, demo.projectId)).slice(-1);
    const fork = await ana.project.fork({
      ...newCommand(),
      projectId: demo.projectId,
      at: { position: latest! },
      name: 'Labelled',
      key: uniqueKey('L'),
    });
    const named = async (projectId: string) =>
      (await ana.project.labels({ projectId })).map(({ name, colour }) => ({ name, colour }));
    expect(await named(fork.projectId)).toEqual(await named(demo.projectId));
    expect(await named(fork.projectId)).toContainEqual({ name: 'forked-label', colour: 'violet' });
  });

  it('changes on the fork never show on the source, nor the other way', async () => {
    const ana = callerAsDemoOwner(handle.db, demo);
    const fork = await ana.project.fork({
      ...newCommand(),
      projectId: demo.projectId,
      at: { step: 60 },
      name: 'Apart',
      key: uniqueKey('A'),
    });
    const forkBoard = await ana.board.get({ projectId: fork.projectId });
    const sourceBefore = seen(await ana.board.get({ projectId: demo.projectId }));
    const card = forkBoard.columns.flatMap((c) => c.tasks)[0]!;
    await ana.task.rename({ ...newCommand(), taskId: card.id, title: 'Only on the fork' });
    expect(seen(await ana.board.get({ projectId: demo.projectId }))).toEqual(sourceBefore);
    const sourceCard = (await ana.board.get({ projectId: demo.projectId })).columns.flatMap((c) => c.tasks)[0]!;
    await ana.task.rename({ ...newCommand(), taskId: sourceCard.id, title: 'Only on the source' });
    const forkTitles = (await ana.board.get({ projectId: fork.projectId })).columns.flatMap((c) =>
      c.tasks.map((t) => t.title),
    );
    expect(forkTitles).not.toContain('Only on the source');
  });
});

describe(`acts are events like the rest on ${databaseKind}`, () => {
  it('after the undos, restores and forks above, a rebuild of every read model from the log equals the live tables', async () => {
    const live = await liveReadModel(handle.db);
    await rebuildReadModels(handle.db);
    expect(await liveReadModel(handle.db)).toEqual(live);
  });

  it('the restored project replayed to its last event is its live board', async () => {
    const ana = callerAsDemoOwner(handle.db, demo);
    const positions = await positionsOf(handle.db, demo.projectId);
    const replayed = await ana.board.get({ projectId: demo.projectId, at: { position: positions.at(-1)! } });
    expect(seen(replayed)).toEqual(seen(await ana.board.get({ projectId: demo.projectId })));
  });
});
