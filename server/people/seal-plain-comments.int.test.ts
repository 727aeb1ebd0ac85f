import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '../db/schema';
import type { DatabaseHandle } from '../db/types';
import { readAll } from '../event-store';
import { connectAs, databaseKind, openTestDatabase } from '../tools/testing/database';
import { findTextInDatabase } from '../tools/testing/find-text';
import { forgetPerson } from './forget-person';
import { sealAllPlainComments } from './operator';
import { loadV1Fixture, v1Fixture } from '../event-store/fixtures/v1-fixture';

async function asOwnerInOneTransaction(statements: readonly string[]) {
  if (databaseKind === 'PGlite') {
    await handle.db.transaction(async (tx) => {
      for (const statement of statements) await tx.execute(sql.raw(statement));
    });
    return;
  }
  const owner = await connectAs('owner', handle.db);
  try {
    await owner.begin(async (tx) => {
      for (const statement of statements) await tx.unsafe(statement);
    });
  } finally {
    await owner.end();
  }
}

/** The history recorded before any schema changed (server/event-store/fixtures), whose comments hold plain text. */
const ben = v1Fixture.people[1]!;
const plainTexts = ['First sketches are up.', 'First sketches are up, see Figma.'];

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await loadV1Fixture(handle.db);
});
afterAll(() => handle.close());

const stored = () => handle.db.select().from(events).orderBy(asc(events.position));

describe(`the one-off sealing of plain comments on ${databaseKind}`, () => {
  it('seals the v1 comments of the old history in place, changing nothing else, and records it', async () => {
    const before = await stored();
    const readBefore = await readAll(handle.db);
    expect(await sealAllPlainComments(handle.db)).toBe(2);

    const after = await stored();
    const comments = new Set(['CommentAdded', 'CommentEdited']);
    expect(after.slice(0, before.length).filter((e) => !comments.has(e.type))).toEqual(
      before.filter((e) => !comments.has(e.type)),
    );
    const sealed = after.filter((e) => comments.has(e.type));
    expect(sealed.map((e) => [e.position, e.type, e.schemaVersion])).toEqual([
      [26, 'CommentAdded', 2],
      [27, 'CommentEdited', 2],
    ]);
    for (const e of sealed) {
      expect(e.data).not.toHaveProperty('body');
      expect(e.data).toMatchObject({ sealed: { by: ben.id } });
    }
    expect(after.slice(before.length).map((e) => [e.type, e.data])).toEqual([
      ['PlainCommentsSealed', { rows: 2, upTo: 27 }],
    ]);
    const inEvents = (await findTextInDatabase(handle.db, plainTexts)).filter((f) => f.where.includes('"events"'));
    expect(inEvents).toEqual([]);

    // Read back, the history is what it was: the same bodies, now from sealed rows.
    const readAfter = await readAll(handle.db, { upTo: before.at(-1)!.position });
    const withoutVersions = (list: typeof readBefore) => list.map(({ schemaVersion: _, ...e }) => e);
    expect(withoutVersions(readAfter)).toEqual(withoutVersions(readBefore));
    expect(await sealAllPlainComments(handle.db)).toBe(0);
  });

  it('still refuses every other change of the log, even from inside the sealing', async () => {
    // As the tables' owner, who alone may try (the app's role holds no UPDATE or DELETE on the log at all).
    const refused = async (...statements: string[]) => {
      const error = await asOwnerInOneTransaction(statements).then(
        () => undefined,
        (e: unknown) => e as Error & { cause?: Error },
      );
      expect(`${error?.message} ${error?.cause?.message}`).toMatch(/append-only: (UPDATE|DELETE) is not allowed/);
    };
    await refused(`update events set data = '{}' where position = 1`);
    await refused(`delete from events where position = 26`);
    // The setting the function uses opens the log to nothing but sealing a v1 comment in place.
    await refused(
      `select set_config('chronicle.sealing_plain_comment', '1', true)`,
      `update events set data = '{}' where position = 1`,
    );
    await refused(
      `select set_config('chronicle.sealing_plain_comment', '26', true)`,
      `update events set schema_version = 1, data = data || '{"body": "x"}' where position = 26`,
    );
    const [row] = await handle.db.select().from(events).where(eq(events.position, 26));
    const again = await handle.db.execute(
      sql`select chronicle_seal_plain_comment(26, ${JSON.stringify({ ...(row!.data as object), body: 'x' })}::jsonb) as ok`,
    );
    expect(JSON.stringify(again)).toContain('false');
  });

  it('forgets the writer of old comments: their text no longer reads anywhere', async () => {
    expect(
      await forgetPerson(handle.db, { userId: ben.id, actorId: ben.id, commandId: randomUUID(), now: new Date() }),
    ).toEqual({ comments: 0 });
    const read = await readAll(handle.db);
    expect(read.filter((e) => e.type === 'CommentAdded' || e.type === 'CommentEdited').map((e) => e.data)).toEqual([
      expect.objectContaining({ body: '' }),
      expect.objectContaining({ body: '' }),
    ]);
    expect(await findTextInDatabase(handle.db, [...plainTexts, `${ben.id}@v1Fixture.test`, ben.name])).toEqual([]);
  });
});
