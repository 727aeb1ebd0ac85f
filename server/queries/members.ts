import { and, asc, desc, eq } from 'drizzle-orm';
import type { Role } from '@/domain';
import { membersView, users } from '../db/schema';
import type { Executor } from '../db/types';

/** The role of a current member, or undefined for anyone else (including former members). */
export async function roleOf(db: Executor, projectId: string, userId: string): Promise<Role | undefined> {
  const [row] = await db
    .select({ role: membersView.role })
    .from(membersView)
    .where(and(eq(membersView.id, `${projectId}:${userId}`), eq(membersView.active, true)));
  return row?.role;
}

/**
 * Everyone who is or was a member, with the name on their account. A forgotten account has no row in `users`, so
 * it is simply missing here and the views call it "a former member".
 */
export const listMembers = (db: Executor, projectId: string) =>
  db
    .select({
      userId: membersView.userId,
      name: users.name,
      email: users.email,
      role: membersView.role,
      active: membersView.active,
      since: membersView.since,
    })
    .from(membersView)
    .innerJoin(users, eq(users.id, membersView.userId))
    .where(eq(membersView.projectId, projectId))
    .orderBy(desc(membersView.active), asc(users.name));
