import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getQueryClient, HydrateClient, trpc } from '../../../../_trpc/server';
import { loadProject } from '../../_lib/load-project';
import { TaskView } from './_components/task-view';

interface TaskPageProps {
  params: Promise<{ key: string; number: string }>;
}

export async function generateMetadata({ params }: TaskPageProps): Promise<Metadata> {
  const { key, number } = await params;
  return { title: `${key.toUpperCase()}-${number}` };
}

export default async function TaskPage({ params }: TaskPageProps) {
  await connection();
  const { key, number: numberParam } = await params;
  if (!/^[1-9]\d{0,8}$/.test(numberParam)) notFound();
  const number = Number(numberParam);
  const project = await loadProject(key, `/tasks/${number}`);
  try {
    await getQueryClient().query(trpc.task.get.queryOptions({ key: project.key, number }));
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
  return (
    <HydrateClient>
      <TaskView projectKey={project.key} number={number} />
    </HydrateClient>
  );
}
