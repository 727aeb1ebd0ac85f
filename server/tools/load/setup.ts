import { eq } from 'drizzle-orm';
import { authFor } from '../../auth';
import { executeCommand } from '../../commands/execute';
import { projectsView } from '../../db/schema';
import type { Database } from '../../db/types';
import { addByInvitation, commandContext, projectCommandContext } from '../testing/commands';

export interface Account {
  readonly userId: string;
  readonly email: string;
}

export interface LoadProject {
  readonly projectId: string;
  readonly accounts: readonly Account[];
  readonly statusIds: readonly string[];
  readonly hotTaskIds: readonly string[];
}

export const PASSWORD = 'load-test-password';

/**
 * One account per client, made directly on the database (sign-up is not what is under load), a project owned by
 * the first through the command path, the others joining it by invitation, and the hot tasks the commands will
 * contend for.
 */
export async function prepareProject(db: Database, clients: number, hotTasks: number): Promise<LoadProject> {
  const auth = await authFor(db);
  const accounts = await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const email = `load-${i}@example.test`;
      const { user } = await auth.api.signUpEmail({
        body: { name: `Load client ${i}`, email, password: PASSWORD },
        headers: new Headers(),
      });
      return { userId: user.id, email };
    }),
  );
  const owner = accounts[0]!.userId;
  const { projectId } = await executeCommand(commandContext(db, owner), {
    type: 'CreateProject',
    name: 'Load',
    key: 'LOAD',
  });
  for (const { userId, email } of accounts.slice(1)) {
    await addByInvitation(db, { projectId, ownerId: owner }, { userId, email }, 'member');
  }
  const hotTaskIds: string[] = [];
  for (let i = 1; i <= hotTasks; i++) {
    const { taskId } = await executeCommand(projectCommandContext(db, owner, projectId), {
      type: 'CreateTask',
      projectId,
      title: `Hot task ${i}`,
    });
    hotTaskIds.push(taskId);
  }
  const [project] = await db.select().from(projectsView).where(eq(projectsView.id, projectId));
  return { projectId, accounts, statusIds: project!.statuses.map((s) => s.id), hotTaskIds };
}
