import type { Metadata } from 'next';
import { connection } from 'next/server';
import { HowThisWorks } from '../../../_components/how-this-works';
import { api, getQueryClient, HydrateClient, queryUnlessNotFound, trpc } from '../../../_trpc/server';
import { Board } from '../_components/board/board';
import { parsePosition } from '../_lib/links';
import { loadProject } from '../_lib/load-project';

interface BoardPageProps {
  params: Promise<{ key: string }>;
  searchParams: Promise<{ at?: string | string[] }>;
}

export async function generateMetadata({ params }: BoardPageProps): Promise<Metadata> {
  return { title: `${(await params).key.toUpperCase()} board` };
}

export default async function BoardPage({ params, searchParams }: BoardPageProps) {
  await connection();
  const at = parsePosition((await searchParams).at);
  const project = await loadProject((await params).key, at ? `?at=${at}` : '');
  const queryClient = getQueryClient();
  const past = at ? { projectId: project.id, at: { position: at } } : null;
  // The live board comes along with a past one, so that "Back to live" shows it at once. A point before the project
  // existed is not found, and the board says so.
  await Promise.all([
    queryClient.query(trpc.board.get.queryOptions({ projectId: project.id })),
    queryClient.query(trpc.history.span.queryOptions({ projectId: project.id })),
    past && queryUnlessNotFound(trpc.board.get.queryKey(past), async () => (await api()).board.get(past)),
  ]);
  return (
    <main className="pt-4">
      <h2 className="sr-only">Board</h2>
      <HowThisWorks className="mx-4 mb-3 max-w-3xl sm:mx-6" />
      <HydrateClient>
        <Board projectId={project.id} projectKey={project.key} />
      </HydrateClient>
    </main>
  );
}
