import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../api/root';
import type { DatabaseHandle } from '../db/types';
import { forgetPerson } from '../people/forget-person';
import { insertUser } from '../queries/users';
import { callerAs, contextAs, joinByInvitation, newCommand, uniqueKey } from '../tools/testing/commands';
import { databaseKind, openTestDatabase } from '../tools/testing/database';
import { findTextInFile } from '../tools/testing/find-text';
import { exportedText, linesOfText, openOtherDatabase } from '../tools/testing/log-file';
import { importProjectLog } from './import';

let source: DatabaseHandle;
let target: DatabaseHandle;
beforeAll(async () => {
  source = await openTestDatabase();
  target = await openOtherDatabase();
});
afterAll(async () => {
  await source.close();
  await target.close();
});

describe(`an export made after someone was forgotten, on ${databaseKind}`, () => {
  it('holds none of their name, address or comments, and imports with their comments removed', async () => {
    const { caller: ana } = await callerAs(source.db, 'Ana');
    const email = `ravi-${randomUUID()}@forgotten.test`;
    const ravi = await insertUser(source.db, 'Ravi Quill', email);
    const { projectId } = await ana.project.create({ ...newCommand(), name: 'Shared', key: uniqueKey('F') });
    await joinByInvitation(source.db, ana, projectId, ravi, 'member');
    const { taskId } = await ana.task.create({ ...newCommand(), projectId, title: 'Launch' });
    const asRavi = createCaller(contextAs(source.db, ravi));
    await asRavi.task.comment({ ...newCommand(), taskId, body: 'Ravi thinks the zeppelin plan is wrong' });
    await ana.task.comment({ ...newCommand(), taskId, body: 'Ana keeps her own words' });
    const { comments } = await ana.task.get({ taskId });
    const his = comments.find((c) => c.authorId === ravi.id)!;
    await asRavi.task.editComment({ ...newCommand(), taskId, commentId: his.id, body: 'Ravi edited: zeppelin' });
    await forgetPerson(source.db, { userId: ravi.id, actorId: ravi.id, commandId: randomUUID(), now: new Date() });

    const file = await exportedText(source.db, projectId);
    expect(findTextInFile('export', file, ['Ravi Quill', email, 'zeppelin'])).toEqual([]);
    expect(file).toContain('Ana keeps her own words');

    const importer = await insertUser(target.db, 'Ida');
    const imported = await importProjectLog(target.db, linesOfText(file), { ownerId: importer.id });
    const there = createCaller(contextAs(target.db, importer));
    const task = await there.task.getByNumber({ key: imported.key, number: 1 });
    expect(task.comments.map((c) => c.body)).toEqual(['', 'Ana keeps her own words']);
    // And out again: the removed comment stays removed, the other keeps its text.
    const again = await exportedText(target.db, imported.projectId);
    expect(findTextInFile('export', again, ['zeppelin'])).toEqual([]);
    expect(again).toContain('Ana keeps her own words');
  });
});
