import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lockDataFolder } from '../db/folder-lock';
import { temporaryDataDir } from '../tools/testing/data-folder';

// The app's background projection runners are no part of this, and would race the close at the end.
vi.mock('../read-models/async', async (original) => ({
  ...(await original<object>()),
  startProjectionRunners: () => () => {},
}));

// The app's own database, as `next start` on PGlite opens it, whatever database the test run was given.
const folder = temporaryDataDir();
vi.stubEnv('DATABASE_URL', '');
vi.stubEnv('CHRONICLE_DATA_DIR', folder.dataDir);
const { runtime } = await import('../runtime');
const { databaseRefusal } = await import('../runtime/availability');
const { createRequestContext } = await import('./request-context');
const { appRouter } = await import('./root');

afterAll(async () => {
  await (await runtime()).close();
  folder.remove();
  vi.unstubAllEnvs();
});

/** A request through the tRPC handler exactly as `app/api/trpc/[trpc]/route.ts` hands it on. */
async function get(procedures: string) {
  const batch = procedures.includes(',');
  const input = batch ? `?batch=1&input=${encodeURIComponent('{}')}` : '';
  const req = new Request(`http://localhost/api/trpc/${procedures}${input}`);
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => createRequestContext(req.headers, resHeaders),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const sentence =
  'The database is in use by another process on the server, so this one cannot open it. ' +
  'Please try again once that process has stopped.';

describe('the app while another process holds its embedded database', () => {
  it('answers 503 with a sentence, and recovers by itself once the folder is free', async () => {
    const otherProcess = await lockDataFolder(folder.dataDir);

    const refused = await get('account.me');
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({
      error: { json: { message: sentence, data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 } } },
    });
    expect(JSON.stringify(refused.body)).not.toContain(folder.dataDir);
    const batch = await get('account.me,account.me');
    expect(batch.status).toBe(503);
    expect(batch.body).toMatchObject([
      { error: { json: { message: sentence } } },
      { error: { json: { message: sentence } } },
    ]);
    expect(await databaseRefusal()).toBe(sentence);

    await otherProcess();
    const served = await get('account.me');
    expect(served).toEqual({ status: 200, body: { result: { data: { json: null } } } });
    expect(await databaseRefusal()).toBeUndefined();
  });
});
