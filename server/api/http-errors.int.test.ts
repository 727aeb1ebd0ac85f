import { randomUUID } from 'node:crypto';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../db/schema';
import type { Database, DatabaseHandle } from '../db/types';
import { insertUser } from '../queries/users';
import { closedPort } from '../tools/testing/closed-port';
import { contextAs } from '../tools/testing/commands';
import { postProcedure } from '../tools/testing/post-procedure';
import { databaseKind, executeAsOwner, openAnotherPool, openTestDatabase } from '../tools/testing/database';
import type { SignedInUser } from './trpc';

let handle: DatabaseHandle;
let user: SignedInUser;
beforeAll(async () => {
  handle = await openTestDatabase();
  user = await insertUser(handle.db, 'Ana');
});
afterAll(() => handle.close());

interface ErrorBody {
  error: { json: { message: string; code: number; data: Record<string, unknown> } };
}

async function post(db: Database, procedure: string, input: unknown) {
  const response = await postProcedure(procedure, input, () => contextAs(db, user));
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

describe(`errors as a client sees them on ${databaseKind}`, () => {
  it('invalid input names the field and the reason', async () => {
    const { status, body } = await post(handle.db, 'project.create', {
      commandId: randomUUID(),
      name: 'x'.repeat(81),
      key: 'OK',
    });
    expect(status).toBe(400);
    expect(body.error.json.message).toMatch(/^name: .*80/);
    expect(body.error.json.data).toMatchObject({ code: 'BAD_REQUEST', field: 'name' });
  });

  it('a domain refusal carries its field too', async () => {
    const { status, body } = await post(handle.db, 'project.create', {
      commandId: randomUUID(),
      name: 'Site',
      key: '9',
    });
    expect(status).toBe(400);
    expect(body.error.json.data).toMatchObject({ code: 'BAD_REQUEST', field: 'key' });
  });

  it('an internal failure tells nothing of its cause: no stack, no SQL', async () => {
    const broken = await openTestDatabase();
    try {
      // Broken by the harness: the app's own role may not drop a table.
      await executeAsOwner(broken.db, 'drop table projects_view cascade');
      const { status, body } = await post(broken.db, 'project.create', {
        commandId: randomUUID(),
        name: 'Site',
        key: 'OK',
      });
      expect(status).toBe(500);
      expect(body.error.json.message).toBe('Something went wrong on our side. Nothing was changed; please try again.');
      expect(JSON.stringify(body)).not.toMatch(/stack|select|insert|projects_view|at .*\.ts/i);
    } finally {
      await broken.close();
    }
  });

  it('a database server out of reach is a 503 that says to try again, whatever the procedure', async () => {
    const client = postgres({ host: '127.0.0.1', port: await closedPort(), max: 1, connect_timeout: 2 });
    const unreachable = drizzle({ client, schema }) as unknown as Database;
    try {
      for (const [procedure, input] of [
        ['project.create', { commandId: randomUUID(), name: 'Site', key: 'OK' }],
        ['task.rename', { commandId: randomUUID(), taskId: randomUUID(), title: 'Renamed' }],
      ] as const) {
        const { status, body } = await post(unreachable, procedure, input);
        expect(status, procedure).toBe(503);
        expect(body.error.json.message).toBe('The database cannot be reached just now. Please try again in a moment.');
        expect(body.error.json.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      }
    } finally {
      await client.end({ timeout: 0 });
    }
  });

  // The embedded database runs one statement at a time in this process: nothing there can wait on another's lock.
  if (databaseKind === 'PostgreSQL') {
    it('a command cancelled by statement_timeout is a 503 that says nothing was changed', async () => {
      const impatient = await openAnotherPool(handle.db, 2, { statement_timeout: '200' });
      const before = await handle.db.select({ value: schema.eventPosition.value }).from(schema.eventPosition);
      try {
        const { status, body } = await handle.db.transaction(async (tx) => {
          // Held as a stuck command would: every append waits for the position counter.
          await tx.select().from(schema.eventPosition).for('update');
          return post(impatient.db, 'project.create', { commandId: randomUUID(), name: 'Site', key: 'SLOW' });
        });
        expect(status).toBe(503);
        expect(body.error.json.message).toBe(
          'The database took too long to answer, so nothing was changed. Please try again in a moment.',
        );
        expect(await handle.db.select({ value: schema.eventPosition.value }).from(schema.eventPosition)).toEqual(
          before,
        );
      } finally {
        await impatient.close();
      }
    });
  }
});
