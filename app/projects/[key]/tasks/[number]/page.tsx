import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { api, getQueryClient, HydrateClient, queryUnlessNotFound, trpc } from '../../../../_trpc/server';
import { parsePosition } from '../../_lib/links';
import { loadProject } from '../../_lib/load-project';
import { TaskNotThen } from './_components/task-not-then';
import { taskBlameInput, taskHistoryInput, taskInput } from './_components/task-query';
import { TaskView } from './_components/task-view';

interface TaskPageProps {
  params: Promise<{ key: string; number: string }>;
  searchParams: Promise<{ at?: string | string[] }>;
}

export async function generateMetadata({ params }: TaskPageProps): Promise<Metadata> {
  const { key, number } = await params;
  return { title: `${key.toUpperCase()}-${number}` };
}

export default async function TaskPage({ params, searchParams }: TaskPageProps) {
  await connection();
  const { key, number: numberParam } = await params;
  if (!/^[1-9]\d{0,8}$/.test(numberParam)) notFound();
  const number = Number(numberParam);
  const at = parsePosition((await searchParams).at);
  const project = await loadProject(key, `/tasks/${number}${at ? `?at=${at}` : ''}`);
  const input = taskInput(project.key, number, at);
  const found = await queryUnlessNotFound(trpc.task.getByNumber.queryKey(input), async () =>
    (await api()).task.getByNumber(input),
  );
  if (!found) {
    if (at) return <TaskNotThen projectKey={project.key} number={number} at={at} />;
    notFound();
  }
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.query(trpc.history.list.queryOptions(taskHistoryInput(found.project.id, found.task.id, at))),
    // Who set each field is a detail: a page without it still serves, and the browser asks again.
    queryClient.query(trpc.task.blame.queryOptions(taskBlameInput(found.task.id, at))).catch(() => undefined),
  ]);
  return (
    <HydrateClient>
      <TaskView projectKey={project.key} number={number} at={at} />
    </HydrateClient>
  );
}
