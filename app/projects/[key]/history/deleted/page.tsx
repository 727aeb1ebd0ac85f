import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getQueryClient, HydrateClient, trpc } from '../../../../_trpc/server';
import { linkStyles } from '../../../../_components/ui/styles';
import { historyHref } from '../../_lib/links';
import { loadProject } from '../../_lib/load-project';
import { DeletedTasks } from './_components/deleted-tasks';

interface DeletedPageProps {
  params: Promise<{ key: string }>;
}

export async function generateMetadata({ params }: DeletedPageProps): Promise<Metadata> {
  return { title: `${(await params).key.toUpperCase()} deleted tasks` };
}

export default async function DeletedPage({ params }: DeletedPageProps) {
  await connection();
  const project = await loadProject((await params).key, '/history/deleted');
  await getQueryClient().query(trpc.task.listDeleted.queryOptions({ projectId: project.id }));
  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6">
      <Link href={historyHref(project.key)} className={`text-sm ${linkStyles}`}>
        ← History
      </Link>
      <HydrateClient>
        <DeletedTasks projectId={project.id} projectKey={project.key} />
      </HydrateClient>
    </main>
  );
}
