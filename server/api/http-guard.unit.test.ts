import { describe, expect, it } from 'vitest';
import { guardRequest, MAX_BODY_BYTES } from './http-guard';

const url = 'http://chronicle.example/api/trpc/task.rename';
const post = (headers: Record<string, string>, body = '{"json":{}}') =>
  new Request(url, { method: 'POST', headers: { host: 'chronicle.example', ...headers }, body });

async function statusOf(req: Request) {
  const guarded = await guardRequest(req);
  return guarded instanceof Response ? guarded.status : 'passed';
}

describe('the HTTP guard in front of tRPC', () => {
  it('refuses a mutation sent by a page of another site', async () => {
    expect(await statusOf(post({ origin: 'https://evil.example' }))).toBe(403);
    expect(await statusOf(post({ 'sec-fetch-site': 'cross-site' }))).toBe(403);
    expect(await statusOf(post({ origin: 'null' }))).toBe(403);
    const refused = await guardRequest(post({ origin: 'https://evil.example' }));
    expect(await (refused as Response).json()).toMatchObject({ error: { json: { data: { code: 'FORBIDDEN' } } } });
  });

  it('lets through the same site, and clients that are not browsers, with the body intact', async () => {
    const same = await guardRequest(post({ origin: 'http://chronicle.example', 'sec-fetch-site': 'same-origin' }));
    expect(same).toBeInstanceOf(Request);
    expect(await (same as Request).text()).toBe('{"json":{}}');
    expect(await statusOf(post({}))).toBe('passed');
    expect(await statusOf(new Request(url, { headers: { origin: 'https://evil.example' } }))).toBe('passed');
  });

  it('refuses a body larger than any valid input, declared or not', async () => {
    const huge = 'x'.repeat(MAX_BODY_BYTES + 1);
    expect(await statusOf(post({}, huge))).toBe(413);
    const undeclared = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(MAX_BODY_BYTES / 2)));
        controller.close();
      },
    });
    const streamed = new Request(url, { method: 'POST', body: undeclared, duplex: 'half' } as RequestInit);
    expect(await statusOf(streamed)).toBe(413);
  });
});
