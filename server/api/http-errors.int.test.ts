import { randomUUID } from 'node:crypto';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../db/types';
import { insertUser } from '../queries/users';
import { contextAs } from '../testing/commands';
import { databaseKind, openTestDatabase } from '../testing/database';
import { appRouter } from './root';
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
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: new Request(`http://localhost/api/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: input }),
    }),
    router: appRouter,
    createContext: () => contextAs(db, user),
  });
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
    await broken.close();
    const { status, body } = await post(broken.db, 'project.create', {
      commandId: randomUUID(),
      name: 'Site',
      key: 'OK',
    });
    expect(status).toBe(500);
    expect(body.error.json.message).toBe('Something went wrong on our side. Nothing was changed; please try again.');
    expect(JSON.stringify(body)).not.toMatch(/stack|select|insert|at .*\.ts/i);
  });
});
