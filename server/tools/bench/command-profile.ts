import { executeCommand } from '../../commands/execute';
import { insertUser } from '../../queries/users';
import { commandContext, projectCommandContext } from '../testing/commands';
import { openFreshPostgres } from '../testing/fresh-postgres';

/**
 * The hottest path, alone, for a CPU profile: task commands on a project of TASKS tasks (docs/performance.md).
 *   node --cpu-prof --cpu-prof-dir=.data/prof --import tsx --conditions=react-server server/tools/bench/command-profile.ts
 */
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const taskCount = Number(process.env.TASKS ?? 1_000);
const n = Number(process.env.N ?? 1_000);

const handle = await openFreshPostgres(serverUrl, 'chronicle_profile', 4);
try {
  const { db } = handle;
  const person = await insertUser(db, 'Profiler');
  const { projectId } = await executeCommand(commandContext(db, person.id), {
    type: 'CreateProject',
    name: 'Profile',
    key: 'PROF',
  });
  const inTheProject = () => projectCommandContext(db, person.id, projectId);
  const tasks: string[] = [];
  for (let i = 0; i < taskCount; i++)
    tasks.push((await executeCommand(inTheProject(), { type: 'CreateTask', projectId, title: `Task ${i}` })).taskId);
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    await executeCommand(inTheProject(), { type: 'RenameTask', taskId: tasks[i % tasks.length]!, title: `Title ${i}` });
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(`${n} task commands on a project of ${taskCount} tasks: ${(n / seconds).toFixed(0)} commands/s`);
} finally {
  await handle.close();
}
