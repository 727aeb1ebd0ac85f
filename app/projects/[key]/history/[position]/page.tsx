import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { api, getQueryClient, HydrateClient, queryUnlessNotFound, trpc } from '../../../../_trpc/server';
import { parsePosition } from '../../_lib/links';
import { loadProject } from '../../_lib/load-project';
import { EventInspector } from './_components/event-inspector';

interface EventPageProps {
  params: Promise<{ key: string; position: string }>;
}

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const { key, position } = await params;
  return { title: `${key.toUpperCase()} event at position ${position}` };
}

export default async function EventPage({ params }: EventPageProps) {
  await connection();
  const { key, position: positionParam } = await params;
  const position = parsePosition(positionParam);
  if (!position) notFound();
  const project = await loadProject(key, `/history/${position}`);
  const input = { projectId: project.id, position };
  const inspected = await queryUnlessNotFound(trpc.history.event.queryKey(input), async () =>
    (await api()).history.event(input),
  );
  // Positions are global: one of another project is not part of this one's history, and is not found.
  if (!inspected) notFound();
  await getQueryClient().query(trpc.history.span.queryOptions({ projectId: project.id }));
  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6">
      <HydrateClient>
        <EventInspector projectId={project.id} projectKey={project.key} position={position} />
      </HydrateClient>
    </main>
  );
}
