import { connection } from 'next/server';
import { getQueryClient, HydrateClient, trpc } from './_trpc/server';
import { CreateProjectForm } from './_components/create-project-form';
import { ProjectList } from './_components/project-list';

export default async function ProjectsPage() {
  await connection();
  await getQueryClient().query(trpc.project.list.queryOptions());
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight">Projects</h1>
      <HydrateClient>
        <ProjectList />
        <CreateProjectForm />
      </HydrateClient>
    </main>
  );
}
