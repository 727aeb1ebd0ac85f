import { connection } from 'next/server';
import { HydrateClient } from '../../_trpc/server';
import { ProjectHeader } from './_components/header/project-header';
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
  return (
    <>
      <HydrateClient>
        <ProjectHeader projectKey={project.key} />
      </HydrateClient>
      {children}
    </>
  );
}
