import { randomUUID } from 'node:crypto';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/types';
import { callerAs, contextAs } from '../testing/commands';
import { databaseKind, openTestDatabase } from '../testing/database';
import { appRouter } from './root';
import type { SignedInUser } from './trpc';

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

/** Opens the project's live updates the way a browser's EventSource does, resuming after `lastEventId` if given. */
async function open(lastEventId?: string) {
  const input = encodeURIComponent(JSON.stringify({ json: { projectId } }));
  const stop = new AbortController();
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: new Request(`http://localhost/api/trpc/live.project?input=${input}`, {
      headers: lastEventId ? { 'last-event-id': lastEventId } : {},
      signal: stop.signal,
    }),
    router: appRouter,
    createContext: () => contextAs(handle.db, person),
  });
  expect(response.headers.get('content-type')).toBe('text/event-stream');
  const messages = readMessages(response.body!.pipeThrough(new TextDecoderStream()).getReader());
  return {
    /** The next message that carries data, skipping the stream's own (connected, ping). */
    next: async () => {
      for (;;) {
        const { value, done } = await messages.next();
        if (done) throw new Error('the stream ended');
        if (value.event) continue;
        const { json } = JSON.parse(value.data!) as { json: Change };
        return { id: value.id, ...json };
      }
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
});
