import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayCheckpoints } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { readProjectHistory, type StoredEvent } from '../event-store';
import { replayInMemory } from '../read-models';
import { board } from '../read-models/board';
import { seedDemo } from '../tools/seed/demo';
import { callerAsDemoOwner, newCommand } from '../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../tools/testing/database';
import { generateProjectHistory } from '../tools/bench/generate-history';
import { recentReplays } from './recent-replays';
import { CHECKPOINT_EVERY, replayProject } from './replay-project';

let handle: DatabaseHandle;
let projectId: string;
let demo: { ownerId: string; projectId: string };
let history: StoredEvent[];
beforeAll(async () => {
  handle = await openTestDatabase();
  demo = await seedDemo(handle.db, { endAt: new Date('2026-11-01T12:00:00Z') });
  ({ projectId } = demo);
  history = await readProjectHistory(handle.db, projectId, { limit: 1_000 });
});
afterAll(() => handle.close());

const boardTables = (rows: Awaited<ReturnType<typeof replayInMemory>>) => ({
  projects: rows.rows('projects'),
  tasks: rows.rows('tasks').sort((a, b) => a.number - b.number),
});

describe(`replay on ${databaseKind}`, () => {
  it('replaying to every position of the demo history equals a fresh build from the same events', async () => {
    for (const start of ['recent replays', 'checkpoints only']) {
      for (let i = 0; i < history.length; i++) {
        if (start === 'checkpoints only') recentReplays.forget();
        const position = history[i]!.position;
        const replayed = await replayProject(handle.db, projectId, position, [board]);
        const fresh = await replayInMemory(history.slice(0, i + 1));
        expect(boardTables(replayed), `at position ${position} from ${start}`).toEqual(boardTables(fresh));
      }
    }
  });

  it('keeps a checkpoint every few hundred events of a long history, and uses them', async () => {
    const { projectId: long } = await generateProjectHistory(handle.db, {
      events: CHECKPOINT_EVERY * 2 + 50,
      tasks: 30,
    });
    const events = await readProjectHistory(handle.db, long, { limit: 1_000 });
    events.push(...(await readProjectHistory(handle.db, long, { after: events.at(-1)!.position })));
    await replayProject(handle.db, long, events.at(-1)!.position, [board]);
    const checkpoints = await handle.db.select().from(replayCheckpoints).where(eq(replayCheckpoints.projectId, long));
    expect(checkpoints.map((c) => c.position)).toEqual([
      events[CHECKPOINT_EVERY - 1]!.position,
      events[CHECKPOINT_EVERY * 2 - 1]!.position,
    ]);
    recentReplays.forget();
    const target = events[CHECKPOINT_EVERY * 2 + 10]!.position;
    expect(boardTables(await replayProject(handle.db, long, target, [board]))).toEqual(
      boardTables(await replayInMemory(events.filter((e) => e.position <= target))),
    );
  });

  it('replaying to the head equals the live tables', async () => {
    const caller = callerAsDemoOwner(handle.db, demo);
    const live = await caller.board.get({ projectId });
    const replayed = await caller.board.get({ projectId, at: { position: history.at(-1)!.position } });
    expect(replayed.columns).toEqual(live.columns);
    expect(replayed.project).toEqual(live.project);
    const head = history.at(-1)!;
    // The steps are the History's entries: a task number reserved, which it leaves out, is none.
    const steps = history.filter((event) => event.type !== 'TaskNumberReserved');
    expect(steps.length).toBeLessThan(history.length);
    expect(replayed.asOf).toMatchObject({
      position: head.position,
      step: steps.length,
      time: head.recordedAt,
      event: {
        type: head.type,
        actorId: head.metadata.actorId,
        taskId: head.streamId.startsWith('task-') ? head.streamId.slice('task-'.length) : null,
      },
      activity: { position: head.position, type: head.type },
    });
    const byStep = await caller.board.get({ projectId, at: { step: 10 } });
    expect(byStep.asOf).toMatchObject({ position: steps[9]!.position, step: 10 });
  });

  it('answers a moment with the last event at or before it', async () => {
    const caller = callerAsDemoOwner(handle.db, demo);
    const [earlier, later] = [history[40]!, history[41]!];
    const between = new Date((earlier.recordedAt.getTime() + later.recordedAt.getTime()) / 2);
    const board = await caller.board.get({ projectId, at: { time: between } });
    expect(board.asOf?.position).toBe(earlier.position);
    const exact = await caller.board.get({ projectId, at: { position: earlier.position } });
    expect(board.columns).toEqual(exact.columns);
  });

  it('shows a task moved back to its earlier column', async () => {
    const caller = callerAsDemoOwner(handle.db, demo);
    const move = history.find((e) => e.type === 'TaskMoved')!;
    const taskId = move.streamId.slice('task-'.length);
    const before = await caller.task.get({ taskId, at: { position: move.position - 1 } });
    const after = await caller.task.get({ taskId, at: { position: move.position } });
    expect(before.task.statusId).toBe(move.data.fromStatusId);
    expect(after.task.statusId).toBe(move.data.toStatusId);
  });

  it('says plainly when a point is before the project existed, or the project is unknown', async () => {
    const caller = callerAsDemoOwner(handle.db, demo);
    await expect(caller.board.get({ projectId, at: { position: history[0]!.position - 1 } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'The project did not exist yet at that point',
    });
    await expect(caller.board.get({ projectId, at: { time: new Date('2000-01-01') } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(caller.board.get({ projectId: randomUUID(), at: { position: 1 } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Project not found',
    });
  });

  it('never serves a checkpoint of older projection code', async () => {
    const head = history.at(-1)!.position;
    const good = await replayProject(handle.db, projectId, head, [board]);
    await handle.db
      .insert(replayCheckpoints)
      .values({ projectId, version: 'board@older-code', position: head, state: { bogus: true } });
    recentReplays.forget();
    expect(boardTables(await replayProject(handle.db, projectId, head, [board]))).toEqual(boardTables(good));
  });

  it('keeps up with new commands after checkpoints were taken', async () => {
    const caller = callerAsDemoOwner(handle.db, demo);
    const { position } = await caller.task.create({ ...newCommand(), projectId, title: 'After the checkpoints' });
    const replayed = await caller.board.get({ projectId, at: { position: position! } });
    expect(replayed.columns).toEqual((await caller.board.get({ projectId })).columns);
  });

  it('inspects an event: as stored, its command, its words and what it changed', async () => {
    const caller = callerAsDemoOwner(handle.db, demo);
    const created = history.find((e) => e.type === 'TaskCreated')!;
    const inspected = await caller.history.event({ projectId, position: created.position });
    expect(inspected.event).toMatchObject({ type: 'TaskCreated', schemaVersion: 1, position: created.position });
    expect(inspected.event.metadata).toEqual(created.metadata);
    expect(inspected.commandEvents.map((e) => e.type)).toEqual(['TaskNumberReserved', 'TaskCreated']);
    const index = history.findIndex((e) => e.position === created.position);
    expect([inspected.previous, inspected.next]).toEqual([history[index - 1]!.position, history[index + 1]!.position]);
    const first = await caller.history.event({ projectId, position: history[0]!.position });
    expect(first.previous).toBeNull();
    expect(inspected.activity?.details).toMatchObject({ task: 'WEB-1' });
    expect(inspected.changes.tasks).toMatchObject([{ ref: 'WEB-1', change: 'added' }]);
    await expect(caller.history.event({ projectId, position: 999_999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('diffs two points of the history', async () => {
    const caller = callerAsDemoOwner(handle.db, demo);
    const move = history.find((e) => e.type === 'TaskMoved')!;
    const { diff } = await caller.history.diff({
      projectId,
      from: { position: move.position - 1 },
      to: { position: move.position },
    });
    expect(diff.tasks).toHaveLength(1);
    expect(diff.tasks[0]!.fields.map((f) => f.field)).toEqual(['status']);
    const whole = await caller.history.diff({
      projectId,
      from: { step: 0 },
      to: { position: history.at(-1)!.position },
    });
    expect(whole.diff.tasks.every((t) => t.change === 'added')).toBe(true);
    expect(whole.diff.project).toEqual([{ field: 'created', before: null, after: 'Chronicle Website' }]);
  });

  it('filters the timeline by task, person and kind of change, and as of a point', async () => {
    const caller = callerAsDemoOwner(handle.db, demo);
    const move = history.find((e) => e.type === 'TaskMoved')!;
    const taskId = move.streamId.slice('task-'.length);
    const byTask = await caller.history.list({ projectId, taskId, limit: 100 });
    expect(byTask.items.every((i) => i.taskId === taskId)).toBe(true);
    const byActor = await caller.history.list({
      projectId,
      actorId: move.metadata.actorId,
      types: ['TaskMoved'],
      limit: 100,
    });
    expect(byActor.items.length).toBeGreaterThan(0);
    expect(byActor.items.every((i) => i.type === 'TaskMoved' && i.actorId === move.metadata.actorId)).toBe(true);
    const asOf = await caller.history.list({ projectId, at: { position: move.position }, limit: 100 });
    expect(asOf.items[0]!.position).toBe(move.position);
    const now = await readProjectHistory(handle.db, projectId, { limit: 1_000 });
    const span = await caller.history.span({ projectId });
    expect(span).toMatchObject({
      count: now.filter((event) => event.type !== 'TaskNumberReserved').length,
      first: { position: now[0]!.position },
      last: { position: now.at(-1)!.position },
    });
  });
});
