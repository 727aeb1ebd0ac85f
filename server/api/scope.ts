import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { notFound, type Role } from '@/domain';
import { rowsOf } from '../db/rows';
import { executePrepared } from '../db/prepared';
import { membersView, projectsView, tasksView } from '../db/schema';
import type { Database, Executor } from '../db/types';
import { invitationLinksFor } from '../invitations';
import { requireInvitee } from '../invitations/invitee';
import { openInvitation } from '../queries/invitations';
import { projectKey } from './input';

/**
 * The fields by which a procedure may name the project it is about. Every project procedure declares exactly one of
 * them; the builder adds that field to its input with the schema below, and the access check reads only that field
 * of the parsed input. Any other id in the input is checked against the project found here, where it is used.
 */
export const SCOPES = {
  projectId: {
    schema: z.uuid(),
    notFound: 'Project not found',
    // The role lookup finds no membership in a project that does not exist: nothing else to read.
    projectOf: (projectId: string) => sql`${projectId}::uuid`,
  },
  taskId: {
    schema: z.uuid(),
    notFound: 'Task not found',
    projectOf: (taskId: string) =>
      sql`(select ${tasksView.projectId} from ${tasksView} where ${tasksView.id} = ${taskId})`,
  },
  key: {
    schema: projectKey,
    notFound: 'Project not found',
    projectOf: (key: string) =>
      sql`(select ${projectsView.id} from ${projectsView} where ${projectsView.key} = ${key})`,
  },
} as const;

export type ScopeField = keyof typeof SCOPES;
export type ScopeValue<F extends ScopeField> = z.infer<(typeof SCOPES)[F]['schema']>;

/**
 * The project a scope field names and the caller's role in it, in one statement; undefined when they are not a
 * current member. Remembered for the request in `memo` (a board page asks it of several procedures).
 */
export function scopedProject<F extends ScopeField>(
  db: Executor,
  field: F,
  value: ScopeValue<F>,
  userId: string,
  memo?: Map<string, Promise<ScopedProject | undefined>>,
): Promise<ScopedProject | undefined> {
  const key = JSON.stringify([field, value, userId]);
  const held = memo?.get(key);
  if (held) return held;
  const found = lookUp(db, SCOPES[field].projectOf(value), userId);
  memo?.set(key, found);
  return found;
}

export interface ScopedProject {
  readonly id: string;
  readonly role: Role;
}

async function lookUp(db: Executor, projectOf: SQL, userId: string): Promise<ScopedProject | undefined> {
  const result: unknown = await executePrepared(
    db,
    sql`
    select s.project_id as id, m.role from (select ${projectOf} as project_id) as s
    join ${membersView} as m on m.id = s.project_id::text || ':' || ${userId} and m.active`,
  );
  const [row] = rowsOf<{ id: string; role: Role }>(result);
  return row && { id: row.id, role: row.role };
}

/**
 * The invitation an invitation link's token names, for its invitee, who is not a member yet and so has no role to
 * look up: the token must be one this app made, its invitation still open, and the signed-in account's address the
 * one invited. The project is the invitation's, read from its row, never from the input.
 */
export async function invitationOfToken(db: Database, token: string, user: { email: string }) {
  const invitationId = (await invitationLinksFor(db)).invitationOf(token);
  if (!invitationId) throw notFound('This invitation link is not valid: check that it was copied whole.');
  const invitation = await openInvitation(db, invitationId);
  requireInvitee(invitation, user.email);
  return invitation;
}
