import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processedCommands } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { callerAs } from '../tools/testing/commands';
import { countEvents, databaseKind, openTestDatabase } from '../tools/testing/database';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const eventCount = () => countEvents(handle.db);
let keys = 0;
const nextKey = () => `C${(++keys).toString().padStart(3, '0')}`;

/** Two people, each with a project of their own, and a task in each. */
async function twoPeople() {
  const ana = await callerAs(handle.db, 'Ana');
  const ben = await callerAs(handle.db, 'Ben');
  const mine = await ana.caller.project.create({ commandId: randomUUID(), name: 'Ana’s', key: nextKey() });
  const theirs = await ben.caller.project.create({ commandId: randomUUID(), name: 'Ben’s', key: nextKey() });
  const { taskId: myTask } = await ana.caller.task.create({
    commandId: randomUUID(),
    projectId: mine.projectId,
    title: 'A',
  });
  const { taskId: theirTask } = await ben.caller.task.create({
    commandId: randomUUID(),
    projectId: theirs.projectId,
    title: 'B',
  });
  return { ana: ana.caller, ben: ben.caller, mine: mine.projectId, theirs: theirs.projectId, myTask, theirTask };
}

const reused = { code: 'CONFLICT', message: expect.stringMatching(/already used for another command/) as unknown };

describe(`command ids belong to their sender on ${databaseKind}`, () => {
  it('answers the same command sent again with its first result, whatever the order of its fields', async () => {
    const { ana, mine } = await twoPeople();
    const commandId = randomUUID();
    const first = await ana.task.create({ commandId, projectId: mine, title: 'Once', priority: 'high' });
    const before = await eventCount();
    // A resend may come with another correlation id: that is tracing, not part of the command.
    const again = await ana.task.create({
      priority: 'high',
      title: 'Once',
      correlationId: randomUUID(),
      projectId: mine,
      commandId,
    });
    expect(again).toEqual(first);
    expect(await eventCount()).toBe(before);
  });

  it('refuses the id sent again with another payload or to another procedure, and writes nothing', async () => {
    const { ana, mine, myTask } = await twoPeople();
    const commandId = randomUUID();
    await ana.task.rename({ commandId, taskId: myTask, title: 'First' });
    const before = await eventCount();
    await expect(ana.task.rename({ commandId, taskId: myTask, title: 'Second' })).rejects.toMatchObject(reused);
    await expect(ana.task.describe({ commandId, taskId: myTask, description: 'First' })).rejects.toMatchObject(reused);
    await expect(ana.project.create({ commandId, name: 'Nothing', key: nextKey() })).rejects.toMatchObject(reused);
    await expect(ana.project.rename({ commandId, projectId: mine, name: 'Nothing' })).rejects.toMatchObject(reused);
    expect(await eventCount()).toBe(before);
    expect((await ana.task.get({ taskId: myTask })).task.title).toBe('First');
  });

  it("lets another person use the same id for their own command, and never shows them the first one's result", async () => {
    const { ana, ben, mine, theirs } = await twoPeople();
    const commandId = randomUUID();
    const anas = await ana.task.create({ commandId, projectId: mine, title: 'Ana’s task' });
    const bens = await ben.task.create({ commandId, projectId: theirs, title: 'Ben’s task' });
    expect(bens.taskId).not.toBe(anas.taskId);
    expect((await ben.task.get({ taskId: bens.taskId })).task.title).toBe('Ben’s task');
    // The same, with a command that would have been swallowed: Ben's rename is applied, not answered from Ana's.
    const rename = randomUUID();
    await ana.project.rename({ commandId: rename, projectId: mine, name: 'Renamed by Ana' });
    const answer = await ben.project.rename({ commandId: rename, projectId: theirs, name: 'Renamed by Ben' });
    expect(answer.position).not.toBeNull();
    expect((await ben.project.get({ projectId: theirs })).name).toBe('Renamed by Ben');
    const rows = await handle.db.select().from(processedCommands).where(eq(processedCommands.commandId, rename));
    expect(rows).toHaveLength(2);
  });

  it('applies both when two people race with one id', async () => {
    const { ana, ben, myTask, theirTask } = await twoPeople();
    const commandId = randomUUID();
    const [a, b] = await Promise.all([
      ana.task.rename({ commandId, taskId: myTask, title: 'Raced by Ana' }),
      ben.task.rename({ commandId, taskId: theirTask, title: 'Raced by Ben' }),
    ]);
    expect(a.position).not.toBeNull();
    expect(b.position).not.toBeNull();
    expect((await ana.task.get({ taskId: myTask })).task.title).toBe('Raced by Ana');
    expect((await ben.task.get({ taskId: theirTask })).task.title).toBe('Raced by Ben');
  });

  it('applies one and refuses the other when one person races one id with two payloads', async () => {
    const { ana, mine, myTask } = await twoPeople();
    const commandId = randomUUID();
    const before = await eventCount();
    const outcomes = await Promise.allSettled([
      ana.task.rename({ commandId, taskId: myTask, title: 'One' }),
      ana.project.rename({ commandId, projectId: mine, name: 'Other' }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: reused });
    expect(await eventCount()).toBe(before + 1);
  });

  it('applies once and answers both alike when one person races one id with the same command', async () => {
    const { ana, myTask } = await twoPeople();
    const command = { commandId: randomUUID(), taskId: myTask, title: 'Sent twice at once' };
    const before = await eventCount();
    const [first, second] = await Promise.all([ana.task.rename(command), ana.task.rename(command)]);
    expect(second).toEqual(first);
    expect(await eventCount()).toBe(before + 1);
  });
});

describe(`commands are kept as decided on ${databaseKind}`, () => {
  it('keeps the decided command beside its answer, without what the log keeps out', async () => {
    const { ana, mine } = await twoPeople();
    const commandId = randomUUID();
    await ana.project.invite({ commandId, projectId: mine, email: 'Someone@Example.test', role: 'member' });
    const [kept] = await handle.db.select().from(processedCommands).where(eq(processedCommands.commandId, commandId));
    expect(kept?.commandType).toBe('InviteMember');
    expect(kept?.command).toMatchObject({ type: 'InviteMember', projectId: mine, role: 'member' });
    expect(JSON.stringify(kept?.command)).not.toMatch(/example\.test/i);
  });
});
