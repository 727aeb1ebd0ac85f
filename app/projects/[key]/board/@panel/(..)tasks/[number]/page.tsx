import { connection } from 'next/server';
import { getQueryClient, HydrateClient, trpc } from '../../../../../../_trpc/server';
import { TaskPanel } from '../../../../_components/task-panel/task-panel';
import { taskInput } from '../../../../tasks/[number]/_components/task-query';
import { parsePosition } from '../../../../_lib/links';
import { loadProject } from '../../../../_lib/load-project';

/**
 * A task opened from within the project (a soft navigation) shows beside the page it was opened on, at the task's own
 * address; a reload of that address shows the full task page (`tasks/[number]/page.tsx`).
 */
interface TaskPanelPageProps {
  params: Promise<{ key: string; number: string }>;
  searchParams: Promise<{ at?: string | string[] }>;
}

export default async function TaskPanelPage({ params, searchParams }: TaskPanelPageProps) {
  await connection();
  const { key, number: numberParam } = await params;
  const at = parsePosition((await searchParams).at);
  if (!/^[1-9]\d{0,8}$/.test(numberParam)) return null;
  const number = Number(numberParam);
  const project = await loadProject(key);
  // A task not found shows as a refusal in the panel, from the browser's own read.
  await getQueryClient()
    .query(trpc.task.getByNumber.queryOptions(taskInput(project.key, number, at)))
    .catch(() => undefined);
  return (
    <HydrateClient>
      <TaskPanel projectId={project.id} projectKey={project.key} number={number} at={at} />
    </HydrateClient>
  );
}
