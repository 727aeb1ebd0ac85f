import 'server-only';
import { TRPCError } from '@trpc/server';
import { notFound, redirect } from 'next/navigation';
import { getQueryClient, trpc } from '../../../_trpc/server';

/**
 * The project named by the URL, with its members (every view names people), cached in the request's query client (so
 * the layout and the page share one read) and handed to the browser with it. Someone who is not a member is told
 * there is no such project. Keys are case-insensitive: a page passes its own `path` below the project so that a
 * lower-case address is brought to the canonical one.
 */
export async function loadProject(key: string, path?: string) {
  const queryClient = getQueryClient();
  let project;
  try {
    project = await queryClient.query(trpc.project.getByKey.queryOptions({ key }));
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) notFound();
    throw error;
  }
  if (project.key !== key) {
    // The components ask by the canonical key: without this they would find nothing cached and fetch while rendering.
    queryClient.setQueryData(trpc.project.getByKey.queryKey({ key: project.key }), project);
    if (path !== undefined) redirect(`/projects/${project.key}${path}`);
  }
  await queryClient.query(trpc.project.members.queryOptions({ projectId: project.id }));
  return project;
}
