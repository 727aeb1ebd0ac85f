import type { Metadata } from 'next';
import { connection } from 'next/server';
import { can } from '@/domain/vocabulary';
import { getQueryClient, HydrateClient, trpc } from '../../../_trpc/server';
import { loadProject } from '../_lib/load-project';
import { MembersView } from './_components/members-view';

interface MembersPageProps {
  params: Promise<{ key: string }>;
}

export async function generateMetadata({ params }: MembersPageProps): Promise<Metadata> {
  return { title: `${(await params).key.toUpperCase()} members` };
}

export default async function MembersPage({ params }: MembersPageProps) {
  await connection();
  const project = await loadProject((await params).key, '/members');
  // Owners see the pending invitations in the first HTML; nobody else may read them.
  if (can(project.role, 'manageProject')) {
    await getQueryClient().query(trpc.project.invitations.queryOptions({ projectId: project.id }));
  }
  return (
    <main className="max-w-7xl px-4 py-6 sm:px-6">
      <HydrateClient>
        <MembersView projectId={project.id} projectKey={project.key} />
      </HydrateClient>
    </main>
  );
}
