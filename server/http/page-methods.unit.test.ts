import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import { getCloneableBody } from 'next/dist/server/body-streams';
import loadConfig from 'next/dist/server/config';
import { describe, expect, it } from 'vitest';
import { isPageMethod, methodNotAllowed } from './page-methods';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Twenty megabytes, as a client would stream them (Next.js reads only the stream side of the request). */
const upload = () =>
  Readable.from(Array.from({ length: 20 }, () => Buffer.alloc(1 << 20, 'x'))) as unknown as IncomingMessage;

describe('what a page takes', () => {
  it('reads with GET and HEAD, and answers anything else with 405 and the methods it allows', () => {
    expect(['GET', 'HEAD'].filter(isPageMethod)).toEqual(['GET', 'HEAD']);
    expect(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].filter(isPageMethod)).toEqual([]);
    const refusal = methodNotAllowed();
    expect(refusal.status).toBe(405);
    expect(refusal.headers.get('allow')).toBe('GET, HEAD');
  });

  it('costs at most 1 KB of memory for the copy Next.js makes of a body before the proxy runs', async () => {
    // The configuration as `next start` reads it, and the copy it makes with it (Next.js warns of the cut once).
    const { experimental } = await loadConfig(PHASE_PRODUCTION_SERVER, root, { silent: true });
    const limit = Number(experimental.proxyClientMaxBodySize); // in bytes once Next.js has read it
    expect(limit).toBeLessThanOrEqual(1024);

    const body = getCloneableBody(upload(), limit);
    let copied = 0;
    const copy = body.cloneBodyStream();
    copy.on('data', (chunk: Buffer) => (copied += chunk.length));
    await body.finalize();
    expect(copied).toBeLessThanOrEqual(1024);
  });
});
