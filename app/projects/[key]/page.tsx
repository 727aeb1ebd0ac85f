import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getQueryClient, HydrateClient, trpc } from '../../_trpc/server';
import { Board } from './_components/board';
import { loadProject } from './_lib/load-project';

interface BoardPageProps {
  params: Promise<{ key: string }>;
}

export async function generateMetadata({ params }: BoardPageProps): Promise<Metadata> {
  return { title: `${(await params).key.toUpperCase()} board` };
}

export default async function BoardPage({ params }: BoardPageProps) {
  await connection();
  const project = await loadProject((await params).key, '');
  await getQueryClient().query(trpc.board.get.queryOptions({ projectId: project.id }));
  return (
    <main className="pt-4">
      <h2 className="sr-only">Board</h2>
      <HydrateClient>
        <Board projectId={project.id} />
      </HydrateClient>
    </main>
  );
}
