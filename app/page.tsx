import Link from 'next/link';
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
      <p className="mt-4 text-sm text-stone-600">
        Have a project&rsquo;s history file?{' '}
        <Link href="/import" className="rounded underline underline-offset-4 hover:text-stone-900">
          Import a project
        </Link>
      </p>
      <footer className="mt-10 border-t border-stone-200 pt-4 text-sm text-stone-500">
        <Link
          href="/projections"
          className="inline-flex min-h-10 items-center rounded underline underline-offset-4 hover:text-stone-900"
        >
          Projections
        </Link>
      </footer>
    </main>
  );
}
