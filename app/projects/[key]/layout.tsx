import { connection } from 'next/server';
import { HydrateClient } from '../../_trpc/server';
import { UndoToasts } from './_components/acts/undo-toasts';
import { BoardKeysProvider } from './_components/keys/board-keys';
import { ProjectHeader } from './_components/header/project-header';
import { LiveProjectProvider } from './_lib/live/live-project';
import { loadProject } from './_lib/load-project';

export default async function ProjectLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ key: string }>;
}) {
  await connection();
  const project = await loadProject((await params).key);
  // Every page of the project follows its changes through one live stream, which its commands wait on too.
  return (
    <LiveProjectProvider projectId={project.id}>
      <HydrateClient>
        <ProjectHeader projectKey={project.key} />
        <UndoToasts projectId={project.id} projectKey={project.key} />
      </HydrateClient>
      <BoardKeysProvider projectId={project.id} projectKey={project.key}>
        {children}
      </BoardKeysProvider>
    </LiveProjectProvider>
  );
}
