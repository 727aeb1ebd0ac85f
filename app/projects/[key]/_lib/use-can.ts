import { useSuspenseQuery } from '@tanstack/react-query';
import { can, type Permission } from '@/domain/vocabulary';
import { useTRPC } from '../../../_trpc/client';

/**
 * Whether the signed-in person's role in the project allows something, so that a view offers only what the server
 * would accept. The server checks again on every command; this only spares a person a refusal.
 */
export function useCan(projectKey: string, permission: Permission): boolean {
  const trpc = useTRPC();
  const { data: project } = useSuspenseQuery(trpc.project.getByKey.queryOptions({ key: projectKey }));
  return can(project.role, permission);
}
