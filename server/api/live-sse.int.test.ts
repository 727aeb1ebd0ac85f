import { randomUUID } from 'node:crypto';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/types';
import { insertUser } from '../queries/users';
import { callerAs, contextAs, joinByInvitation } from '../tools/testing/commands';
import { visitorCaller } from '../tools/testing/visitor';
import { requestContext } from './request-context';
import { databaseKind, openTestDatabase } from '../tools/testing/database';
import { appRouter, createCaller } from './root';
import type { SignedInUser, TRPCContext } from './trpc';

let handle: DatabaseHandle;
let caller: Awaited<ReturnType<typeof callerAs>>['caller'];
let person: SignedInUser;
let projectId: string;
beforeAll(async () => {
  handle = await openTestDatabase();
  ({ caller, person } = await callerAs(handle.db, 'Ana'));
  ({ projectId } = await caller.project.create({ commandId: randomUUID(), name: 'Live', key: 'LIVE' }));
});
afterAll(() => handle.close());

interface Message {
  id?: string;
  event?: string;
  data?: string;
}

/**
 * Opens the project's live updates the way a browser's EventSource does, resuming after `lastEventId` if given, as
 * the project's owner or with the request context given.
 */
async function open(lastEventId?: string, context: () => TRPCContext = () => contextAs(handle.db, person)) {
  const input = encodeURIComponent(JSON.stringify({ json: { projectId } }));
  const stop = new AbortController();
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: new Request(`http://localhost/api/trpc/live.project?input=${input}`, {
      headers: lastEventId ? { 'last-event-id': lastEventId } : {},
      signal: stop.signal,
    }),
    router: appRouter,
    createContext: context,
  });
  expect(response.headers.get('content-type')).toBe('text/event-stream');
  const messages = readMessages(response.body!.pipeThrough(new TextDecoderStream()).getReader());
  const nextChange = async () => {
    for (;;) {
      const { value, done } = await messages.next();
      // The server's "return" message says the subscription is over; the stream closes after it.
      if (done || value.event === 'return') return undefined;
      if (value.event) continue;
      const { json } = JSON.parse(value.data!) as { json: Change };
      return { id: value.id, ...json };
    }
  };
  return {
    /** The next message that carries data, skipping the stream's own (connected, ping). */
    next: async () => {
      const change = await nextChange();
      if (!change) throw new Error('the stream ended');
      return change;
    },
    /** What the stream still delivers until it ends: nothing at all, once access is gone. */
    rest: async () => {
      const delivered: Change[] = [];
      for (let change = await nextChange(); change; change = await nextChange()) delivered.push(change);
      return delivered;
    },
    close: () => {
      stop.abort();
    },
  };
}

interface Change {
  position: number;
  events: { position: number; type: string; actorId: string }[];
}

async function* readMessages(reader: ReadableStreamDefaultReader<string>): AsyncGenerator<Message, void> {
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      yield Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
      );
    }
  }
}

const rename = (name: string) => caller.project.rename({ commandId: randomUUID(), projectId, name });

describe(`a project's live updates over server-sent events on ${databaseKind}`, () => {
  it('says where the project stands, then sends each change with its last position as the event id', async () => {
    const stream = await open();
    const start = await stream.next();
    expect(start).toEqual({ id: String(start.position), position: start.position, events: [] });

    await rename('Live one');
    const change = await stream.next();
    expect(change.position).toBeGreaterThan(start.position);
    expect(change).toMatchObject({
      id: String(change.position),
      events: [{ position: change.position, type: 'ProjectRenamed', actorId: person.id }],
    });
    stream.close();
  });

  it('resumes after the last event id it was given: what was missed, once, and nothing before it', async () => {
    const first = await open();
    const seen = await first.next();
    first.close();

    await rename('While away');
    await rename('Still away');
    const resumed = await open(seen.id);
    const missed = await resumed.next();
    expect(missed.events.map((e) => e.type)).toEqual(['ProjectRenamed', 'ProjectRenamed']);
    expect(missed.events[0]!.position).toBeGreaterThan(seen.position);

    await rename('Back');
    const next = await resumed.next();
    expect(next.events).toHaveLength(1);
    expect(next.events[0]!.position).toBeGreaterThan(missed.position);
    resumed.close();
  });

  it('ends once the person is removed from the project, delivering neither the removal nor anything after', async () => {
    const max = await insertUser(handle.db, 'Max');
    await joinByInvitation(handle.db, caller, projectId, max, 'member');
    const stream = await open(undefined, () => contextAs(handle.db, max));
    await stream.next();
    await rename('Seen by Max');
    expect((await stream.next()).events.map((e) => e.type)).toEqual(['ProjectRenamed']);

    await caller.project.removeMember({ commandId: randomUUID(), projectId, userId: max.id });
    await rename('Not for Max');
    expect(await stream.rest()).toEqual([]);
  });

  it('ends once the person signs out, delivering nothing more', async () => {
    const visitor = visitorCaller(handle.db);
    const { id } = await visitor.caller.account.signUp({
      name: 'Sia',
      email: 'sia@live.test',
      password: 'long enough',
    });
    const cookie = visitor.resHeaders
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const signedIn = () => requestContext(handle.db, new Headers({ cookie }));
    await joinByInvitation(handle.db, caller, projectId, { id, name: 'Sia', email: 'sia@live.test' }, 'viewer');
    const stream = await open(undefined, signedIn);
    await stream.next();
    await rename('Seen by Sia');
    expect((await stream.next()).events.map((e) => e.type)).toEqual(['ProjectRenamed']);

    await createCaller(signedIn()).account.signOut();
    await rename('Not for Sia');
    expect(await stream.rest()).toEqual([]);
  });
});
