import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/types';
import { readAll } from '../event-store';
import { insertUser } from '../queries/users';
import { rebuildReadModels } from '../read-models/rebuild';
import { contextAs, joinByInvitation, newCommand, uniqueKey } from '../tools/testing/commands';
import { countEvents, databaseKind, openTestDatabase } from '../tools/testing/database';
import { liveReadModel } from '../tools/testing/read-model';
import { createCaller } from './root';
import type { SignedInUser } from './trpc';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const as = (user: SignedInUser) => createCaller(contextAs(handle.db, user));
const code = (call: Promise<unknown>) =>
  call.then(
    () => 'ok',
    (error: unknown) => (error as { code?: string }).code ?? String(error),
  );

/** A project with two tasks made by its owner, a member and a viewer; and another project of a stranger's. */
async function projects() {
  const [owner, member, viewer, stranger] = await Promise.all(
    ['Olga', 'Max', 'Vera', 'Sam'].map((name) => insertUser(handle.db, name)),
  );
  const { projectId } = await as(owner!).project.create({ ...newCommand(), name: 'Points', key: uniqueKey('P') });
  await joinByInvitation(handle.db, as(owner!), projectId, member!, 'member');
  await joinByInvitation(handle.db, as(owner!), projectId, viewer!, 'viewer');
  const first = await as(owner!).task.create({ ...newCommand(), projectId, title: 'First' });
  const second = await as(owner!).task.create({ ...newCommand(), projectId, title: 'Second' });
  const theirs = await as(stranger!).project.create({ ...newCommand(), name: 'Theirs', key: uniqueKey('T') });
  return {
    owner: owner!,
    member: member!,
    viewer: viewer!,
    stranger: stranger!,
    projectId,
    positions: { first: first.position!, second: second.position! },
    theirs: { projectId: theirs.projectId, position: theirs.position! },
  };
}

/** Everything a refused call must leave as it was: the log and every read table. */
const written = async () => ({ events: await countEvents(handle.db), rows: await liveReadModel(handle.db) });

describe(`named points on ${databaseKind}`, () => {
  it('names points of the history, lists them in its order with their slider steps, and takes names away', async () => {
    const fx = await projects();
    // Each task's creation was one step (its number reserved is bookkeeping, no step), the second one's last of all.
    const { count } = await as(fx.viewer).history.span({ projectId: fx.projectId });
    const { pointId: later } = await as(fx.member).project.namePoint({
      ...newCommand(),
      projectId: fx.projectId,
      position: fx.positions.second,
      name: '  Sprint 3 start ',
    });
    const { position } = await as(fx.owner).project.namePoint({
      ...newCommand(),
      projectId: fx.projectId,
      position: fx.positions.first,
      name: 'Kick-off',
    });
    const [recorded] = await readAll(handle.db, { after: position! - 1, limit: 1 });
    expect(recorded).toMatchObject({ type: 'PointNamed', data: { position: fx.positions.first, name: 'Kick-off' } });

    const points = await as(fx.viewer).project.namedPoints({ projectId: fx.projectId });
    expect(points.map(({ name, position, step, namedBy }) => ({ name, position, step, namedBy }))).toEqual([
      { name: 'Kick-off', position: fx.positions.first, step: count - 1, namedBy: fx.owner.id },
      { name: 'Sprint 3 start', position: fx.positions.second, step: count, namedBy: fx.member.id },
    ]);

    await as(fx.owner).project.unnamePoint({ ...newCommand(), projectId: fx.projectId, pointId: later });
    expect((await as(fx.owner).project.namedPoints({ projectId: fx.projectId })).map((p) => p.name)).toEqual([
      'Kick-off',
    ]);
  });

  it('refuses a duplicate name, whatever its case, and writes nothing', async () => {
    const fx = await projects();
    const name = (n: string, position: number) =>
      as(fx.owner).project.namePoint({ ...newCommand(), projectId: fx.projectId, position, name: n });
    await name('Release', fx.positions.first);
    const before = await written();
    await expect(name('release', fx.positions.second)).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'A point is already named "Release"',
    });
    expect(await written()).toEqual(before);
  });

  it("refuses a position of another project's history, or past every history, with a 400 that writes nothing", async () => {
    const fx = await projects();
    const before = await written();
    for (const position of [fx.theirs.position, fx.theirs.position + 1_000_000]) {
      const refused = as(fx.owner).project.namePoint({ ...newCommand(), projectId: fx.projectId, position, name: 'X' });
      await expect(refused).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect(await written()).toEqual(before);
  });

  it('lets no one outside the project name, see or unname its points, and no viewer change them', async () => {
    const fx = await projects();
    const { pointId } = await as(fx.owner).project.namePoint({
      ...newCommand(),
      projectId: fx.projectId,
      position: fx.positions.first,
      name: 'Ours',
    });
    const before = await written();
    const input = { projectId: fx.projectId, position: fx.positions.first, name: 'Mine' };
    expect(await code(as(fx.stranger).project.namePoint({ ...newCommand(), ...input }))).toBe('NOT_FOUND');
    expect(await code(as(fx.stranger).project.namedPoints({ projectId: fx.projectId }))).toBe('NOT_FOUND');
    expect(await code(as(fx.stranger).project.unnamePoint({ ...newCommand(), projectId: fx.projectId, pointId }))).toBe(
      'NOT_FOUND',
    );
    expect(await code(as(fx.viewer).project.namePoint({ ...newCommand(), ...input }))).toBe('FORBIDDEN');
    expect(await code(as(fx.viewer).project.unnamePoint({ ...newCommand(), projectId: fx.projectId, pointId }))).toBe(
      'FORBIDDEN',
    );
    // A point of this project named through another project is not found there: each project knows only its own.
    const theirs = { ...newCommand(), projectId: fx.theirs.projectId, pointId };
    expect(await code(as(fx.stranger).project.unnamePoint(theirs))).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
  });

  it('rebuilds the named points from the log exactly as they are kept live', async () => {
    const fx = await projects();
    const { pointId } = await as(fx.owner).project.namePoint({
      ...newCommand(),
      projectId: fx.projectId,
      position: fx.positions.first,
      name: 'Gone',
    });
    await as(fx.owner).project.unnamePoint({ ...newCommand(), projectId: fx.projectId, pointId });
    await as(fx.owner).project.namePoint({
      ...newCommand(),
      projectId: fx.projectId,
      position: fx.positions.second,
      name: 'Kept',
    });
    const live = await liveReadModel(handle.db);
    await rebuildReadModels(handle.db);
    expect(await liveReadModel(handle.db)).toEqual(live);
    expect(live.namedPoints.filter((p) => p.projectId === fx.projectId).map((p) => p.name)).toEqual(['Kept']);
  });
});
