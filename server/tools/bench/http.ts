import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { authFor } from '../../auth';
import { projectsView, tasksView } from '../../db/schema';
import { addByInvitation } from '../testing/commands';
import { startAppServer } from './app-server';
import { generateProjectHistory } from './generate-history';
import { timeConcurrently, timeEach, type Timing } from './replay';
import type { BenchTarget } from './targets';

const EMAIL = 'bench@example.test';
const PASSWORD = 'bench-password';

/**
 * What a person waits for, through the whole stack: `next start` on a database holding a project of 1,000 tasks,
 * driven over HTTP with a session cookie. The floors are the cheapest request of each kind in the same run.
 */
export async function httpBenchmarks(target: BenchTarget, port: number, history: number): Promise<Timing[]> {
  const shared = await target.openShared();
  try {
    const { key, taskIds } = await prepare(shared.handle, history);
    await shared.handle.close();
    const server = await startAppServer(port, shared.env);
    try {
      const cookie = await signIn(server.url);
      const get = async (path: string) => {
        const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
        if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
        await response.text();
      };
      const mutate = async (path: string, input: unknown) => {
        const response = await fetch(`${server.url}/api/trpc/${path}`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ json: input }),
        });
        if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      };
      const query = `/api/trpc/account.me?input=${encodeURIComponent(JSON.stringify({ json: null }))}`;
      const boardPage = `/projects/${key}`;
      for (let i = 0; i < 5; i++) await Promise.all([get(query), get('/sign-in'), get(boardPage)]);
      return [
        await timeEach('HTTP floor: account.me query', 100, () => get(query)),
        await timeEach('task.rename command through HTTP', 100, (i) =>
          mutate('task.rename', { commandId: randomUUID(), taskId: taskIds[i % taskIds.length], title: `Bench ${i}` }),
        ),
        // Eight people at once, each on tasks of their own: the goal is on this p99.
        await timeConcurrently('task.rename through HTTP, 8 clients at once', 8, 50, (client, i) =>
          mutate('task.rename', {
            commandId: randomUUID(),
            taskId: taskIds[(client * 50 + i) % taskIds.length],
            title: `Bench ${client}-${i}`,
          }),
        ),
        await timeEach('page floor: /sign-in rendered', 30, () => get('/sign-in')),
        await timeEach('board page rendered, 1,000 tasks', 30, () => get(boardPage)),
      ];
    } finally {
      await server.stop();
    }
  } finally {
    await shared.drop();
  }
}

/** A generated project, with an account that can sign in and owns it. */
async function prepare(handle: Awaited<ReturnType<BenchTarget['openShared']>>['handle'], history: number) {
  const { projectId, ownerId } = await generateProjectHistory(handle.db, { events: history, tasks: 1_000 });
  const auth = await authFor(handle.db);
  const { user } = await auth.api.signUpEmail({
    body: { name: 'Bench', email: EMAIL, password: PASSWORD },
    headers: new Headers(),
  });
  await addByInvitation(handle.db, { projectId, ownerId }, { userId: user.id, email: EMAIL }, 'owner');
  const [project] = await handle.db.select().from(projectsView).where(eq(projectsView.id, projectId));
  const tasks = await handle.db.select({ id: tasksView.id }).from(tasksView).where(eq(tasksView.projectId, projectId));
  return { key: project!.key, taskIds: tasks.map((t) => t.id) };
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/trpc/account.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { email: EMAIL, password: PASSWORD } }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
